import type {
  ProposalPage,
  ProposalView,
  RpcEnvelope,
  RpcPattern,
  RpcRequestOf,
  UnmaskedApplicationContactView,
} from '@civic/contracts';
import { RpcErrorFilter, RpcHandler } from '@civic/platform/rpc';
import { Controller, UseFilters } from '@nestjs/common';
import { ProposalContactUnmaskService } from './contact-unmask.service';
import { ProposalsQueries } from './proposals.queries';
import { ProposalsService } from './proposals.service';

type Req<P extends RpcPattern> = RpcEnvelope<RpcRequestOf<P>>;

/**
 * RPC entry points of proposals (R17) and the audited unmasking of their contacts (R30); thin: the
 * services authorize and decide.
 */
@Controller()
@UseFilters(RpcErrorFilter)
export class ProposalsRpcController {
  constructor(
    private readonly proposals: ProposalsService,
    private readonly queries: ProposalsQueries,
    private readonly contacts: ProposalContactUnmaskService,
  ) {}

  @RpcHandler('venture.proposals.create')
  createProposal({ data, actor }: RpcEnvelope<unknown>): Promise<ProposalView> {
    return this.proposals.create(data, actor);
  }

  @RpcHandler('venture.proposals.update')
  updateProposal({ data, actor }: Req<'venture.proposals.update'>): Promise<ProposalView> {
    return this.proposals.update(data?.id, data?.content, actor);
  }

  @RpcHandler('venture.proposals.submit')
  submitProposal({ data, actor }: Req<'venture.proposals.submit'>): Promise<ProposalView> {
    return this.proposals.submit(data?.id, actor);
  }

  @RpcHandler('venture.proposals.discard')
  discardProposal({ data, actor }: Req<'venture.proposals.discard'>): Promise<{ id: string }> {
    return this.proposals.discard(data?.id, actor);
  }

  @RpcHandler('venture.proposals.list')
  listProposals({ data, actor }: RpcEnvelope<unknown>): Promise<ProposalPage> {
    return this.queries.list(data, actor);
  }

  @RpcHandler('venture.proposals.get')
  getProposal({ data, actor }: Req<'venture.proposals.get'>): Promise<ProposalView> {
    return this.queries.get(data?.id, actor);
  }

  @RpcHandler('venture.proposals.unmask-contact')
  unmaskContact({
    data,
    actor,
  }: Req<'venture.proposals.unmask-contact'>): Promise<UnmaskedApplicationContactView> {
    return this.contacts.unmask(data?.id, actor);
  }
}
