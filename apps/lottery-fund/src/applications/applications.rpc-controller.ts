import type {
  ApplicantOutcomeView,
  ApplicationPage,
  ApplicationView,
  RankingView,
  RpcEnvelope,
  RpcRequestOf,
  UnmaskedApplicationContactView,
} from '@civic/contracts';
import { RpcErrorFilter, RpcHandler } from '@civic/platform/rpc';
import { Controller, UseFilters } from '@nestjs/common';
import { ApplicationOutcomeService } from './application-outcome.service';
import { ApplicationsQueries } from './applications.queries';
import { ApplicationsService } from './applications.service';
import { ApprovalsService } from './approvals.service';
import { ContactUnmaskService } from './contact-unmask.service';
import { RankingService } from './ranking.service';

type Decision = RpcEnvelope<RpcRequestOf<'lottery-fund.applications.approve'>>;

/**
 * RPC entry points for applications: submission, reads, the audited unmasking of contacts (R30),
 * assessment, the programme's ranking of its applications (R13/R14), decisions and withdrawals;
 * thin: the services authorize and decide.
 */
@Controller()
@UseFilters(RpcErrorFilter)
export class ApplicationsRpcController {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly queries: ApplicationsQueries,
    private readonly approvals: ApprovalsService,
    private readonly ranking: RankingService,
    private readonly contacts: ContactUnmaskService,
    private readonly outcomes: ApplicationOutcomeService,
  ) {}

  @RpcHandler('lottery-fund.applications.submit')
  submit({ data, actor }: RpcEnvelope<unknown>): Promise<ApplicationView> {
    return this.applications.submit(data, actor);
  }

  @RpcHandler('lottery-fund.applications.list')
  list({ data, actor }: RpcEnvelope<unknown>): Promise<ApplicationPage> {
    return this.queries.list(data, actor);
  }

  @RpcHandler('lottery-fund.applications.get')
  get({ data, actor }: RpcEnvelope<{ id: string }>): Promise<ApplicationView> {
    return this.queries.get(data?.id, actor);
  }

  /** What the applicant is told of its own application's place once decided (issue #18). */
  @RpcHandler('lottery-fund.applications.outcome')
  outcome({ data, actor }: RpcEnvelope<{ id: string }>): Promise<ApplicantOutcomeView> {
    return this.outcomes.outcome(data?.id, actor);
  }

  @RpcHandler('lottery-fund.applications.unmask-contact')
  unmaskContact({
    data,
    actor,
  }: RpcEnvelope<{ id: string }>): Promise<UnmaskedApplicationContactView> {
    return this.contacts.unmask(data?.id, actor);
  }

  @RpcHandler('lottery-fund.applications.assess')
  assess({
    data,
    actor,
  }: RpcEnvelope<RpcRequestOf<'lottery-fund.applications.assess'>>): Promise<ApplicationView> {
    return this.ranking.assess(data?.id, data?.assessment, actor);
  }

  @RpcHandler('lottery-fund.programmes.ranking')
  rank({ data, actor }: RpcEnvelope<{ id: string }>): Promise<RankingView> {
    return this.ranking.ranking(data?.id, actor);
  }

  @RpcHandler('lottery-fund.applications.approve')
  approve({ data, actor }: Decision): Promise<ApplicationView> {
    return this.approvals.approve(data?.id, data?.decision, actor);
  }

  @RpcHandler('lottery-fund.applications.reject')
  reject({ data, actor }: Decision): Promise<ApplicationView> {
    return this.approvals.reject(data?.id, data?.decision, actor);
  }

  @RpcHandler('lottery-fund.applications.withdraw')
  withdraw({
    data,
    actor,
  }: RpcEnvelope<RpcRequestOf<'lottery-fund.applications.withdraw'>>): Promise<ApplicationView> {
    return this.approvals.withdraw(data?.id, data?.withdrawal, actor);
  }
}
