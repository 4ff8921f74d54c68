import type {
  ApplicantOutcomeView,
  AwardPage,
  AwardView,
  CallView,
  RpcEnvelope,
  RpcPattern,
  RpcRequestOf,
  VentureRankingView,
} from '@civic/contracts';
import { RpcErrorFilter, RpcHandler } from '@civic/platform/rpc';
import { Controller, UseFilters } from '@nestjs/common';
import { AwardsService } from './awards.service';
import { ClawbacksService } from './clawbacks.service';
import { MilestonesService } from './milestones.service';
import { ProposalOutcomeService } from './proposal-outcome.service';
import { RoundConclusionService } from './round-conclusion.service';

type Req<P extends RpcPattern> = RpcEnvelope<RpcRequestOf<P>>;

/**
 * RPC entry points of awards (R19): a call's ranking, the award, the round's conclusion, its milestones and clawbacks,
 * and what an applicant is told of its proposal's place (issue #18); thin: the services authorize
 * and decide.
 */
@Controller()
@UseFilters(RpcErrorFilter)
export class AwardsRpcController {
  constructor(
    private readonly awards: AwardsService,
    private readonly milestones: MilestonesService,
    private readonly clawbacks: ClawbacksService,
    private readonly outcomes: ProposalOutcomeService,
    private readonly rounds: RoundConclusionService,
  ) {}

  @RpcHandler('venture.calls.ranking')
  ranking({ data, actor }: Req<'venture.calls.ranking'>): Promise<VentureRankingView> {
    return this.awards.ranking(data?.id, actor);
  }

  @RpcHandler('venture.calls.conclude')
  conclude({ data, actor }: Req<'venture.calls.conclude'>): Promise<CallView> {
    return this.rounds.conclude(data?.id, actor);
  }

  @RpcHandler('venture.proposals.outcome')
  outcome({ data, actor }: Req<'venture.proposals.outcome'>): Promise<ApplicantOutcomeView> {
    return this.outcomes.outcome(data?.id, actor);
  }

  @RpcHandler('venture.proposals.award')
  award({ data, actor }: Req<'venture.proposals.award'>): Promise<AwardView> {
    return this.awards.award(data?.id, data?.decision, actor);
  }

  @RpcHandler('venture.awards.list')
  listAwards({ data, actor }: Req<'venture.awards.list'>): Promise<AwardPage> {
    return this.awards.list(data, actor);
  }

  @RpcHandler('venture.awards.sign')
  sign({ data, actor }: Req<'venture.awards.sign'>): Promise<AwardView> {
    return this.milestones.sign(data?.id, actor);
  }

  @RpcHandler('venture.awards.report')
  report({ data, actor }: Req<'venture.awards.report'>): Promise<AwardView> {
    return this.milestones.report(data?.id, data?.position, data?.report, actor);
  }

  @RpcHandler('venture.awards.review')
  review({ data, actor }: Req<'venture.awards.review'>): Promise<AwardView> {
    return this.milestones.review(data?.id, data?.position, data?.review, actor);
  }

  @RpcHandler('venture.awards.clawback')
  clawback({ data, actor }: Req<'venture.awards.clawback'>): Promise<AwardView> {
    return this.clawbacks.open(data?.id, data?.clawback, actor);
  }
}
