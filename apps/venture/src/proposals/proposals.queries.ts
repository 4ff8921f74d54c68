import {
  IdRef,
  pageWindow,
  sortOf,
  type ProposalPage,
  ProposalsQuery,
  type ProposalView,
  type RpcActor,
  validatePlain,
} from '@civic/contracts';
import { hasPermission, Permission } from '@civic/domain/access';
import { PersonalDataCipher } from '@civic/platform/pii';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import { VentureCall } from '../calls/call.entity';
import { Proposal } from './proposal.entity';
import { proposalView, shownContact } from './proposal.mapper';

/**
 * Proposals with who proposes them, a page at a time: officers see every one, an organization its
 * own.
 */
@Injectable()
export class ProposalsQueries {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: PersonalDataCipher,
  ) {}

  async list(input: unknown, actor: RpcActor): Promise<ProposalPage> {
    const officer = this.authorizeReader(actor);
    const query = validatePlain(ProposalsQuery, input ?? {}, 'query');
    const { callId } = query;
    const { page, pageSize, skip, take } = pageWindow(query);
    const { field, order } = sortOf(query.sort, 'createdAt');
    const where = {
      ...(callId ? { callId } : {}),
      ...(officer
        ? {}
        : { organizationId: actor.organizationId ?? '00000000-0000-0000-0000-000000000000' }),
    };
    const [rows, total] = await this.dataSource.manager.findAndCount(Proposal, {
      where,
      order: { [field]: order, id: 'ASC' },
      skip,
      take,
    });
    const calls = await this.dataSource.manager.findBy(VentureCall, {
      id: In([...new Set(rows.map((r) => r.callId))]),
    });
    return {
      items: rows.map((r) =>
        proposalView(
          r,
          calls.find((c) => c.id === r.callId)?.name ?? '',
          shownContact(r, actor, this.cipher),
        ),
      ),
      total,
      page,
      pageSize,
    };
  }

  async get(id: string, actor: RpcActor): Promise<ProposalView> {
    const officer = this.authorizeReader(actor);
    validatePlain(IdRef, { id }, 'proposal');
    const proposal = await this.dataSource.manager.findOneBy(Proposal, { id });
    if (!proposal) throw ServiceError.notFound('proposal', id);
    if (!officer && proposal.organizationId !== actor.organizationId) {
      throw ServiceError.notVisible('proposal', id);
    }
    const call = await this.dataSource.manager.findOneByOrFail(VentureCall, {
      id: proposal.callId,
    });
    return proposalView(proposal, call.name, shownContact(proposal, actor, this.cipher));
  }

  /** Officers read all; applicants their organization's. */
  private authorizeReader(actor: RpcActor): boolean {
    if (hasPermission(actor.roles, Permission.VENTURE_MANAGE)) return true;
    authorize(actor, Permission.VENTURE_APPLY);
    return false;
  }
}
