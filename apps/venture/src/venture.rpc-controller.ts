import type {
  AwardPage,
  AwardView,
  CallPage,
  CallView,
  DrawView,
  ProposalPage,
  ProposalView,
  ReviewerPage,
  ReviewerView,
  ReviewTaskPage,
  ReviewTaskView,
  ScoreSheetsView,
  RpcEnvelope,
  RpcPattern,
  RpcRequestOf,
  VentureRankingView,
} from '@civic/contracts';
import { RpcErrorFilter, RpcHandler } from '@civic/platform/rpc';
import { Controller, UseFilters } from '@nestjs/common';
import { AwardsService } from './awards/awards.service';
import { CallsService } from './calls/calls.service';
import { ProposalQueries } from './proposals/proposal-queries';
import { ProposalsService } from './proposals/proposals.service';
import { DrawService } from './reviews/draw.service';
import { ReviewersService } from './reviews/reviewers.service';
import { ScoringService } from './reviews/scoring.service';

type Req<P extends RpcPattern> = RpcEnvelope<RpcRequestOf<P>>;

/** RPC entry points of venture philanthropy; thin: the services authorize and decide. */
@Controller()
@UseFilters(RpcErrorFilter)
export class VentureRpcController {
  constructor(
    private readonly calls: CallsService,
    private readonly proposals: ProposalsService,
    private readonly proposalQueries: ProposalQueries,
    private readonly reviewers: ReviewersService,
    private readonly draws: DrawService,
    private readonly scoring: ScoringService,
    private readonly awards: AwardsService,
  ) {}

  @RpcHandler('venture.calls.create')
  createCall({ data, actor }: RpcEnvelope<unknown>): Promise<CallView> {
    return this.calls.create(data, actor);
  }

  @RpcHandler('venture.calls.list')
  listCalls({ data, actor }: Req<'venture.calls.list'>): Promise<CallPage> {
    return this.calls.list(data, actor);
  }

  @RpcHandler('venture.calls.get')
  getCall({ data, actor }: Req<'venture.calls.get'>): Promise<CallView> {
    return this.calls.get(data?.id, actor);
  }

  @RpcHandler('venture.calls.draw')
  draw({ data, actor }: Req<'venture.calls.draw'>): Promise<DrawView> {
    return this.draws.draw(data?.id, actor);
  }

  @RpcHandler('venture.calls.draw-view')
  drawView({ data, actor }: Req<'venture.calls.draw-view'>): Promise<DrawView> {
    return this.draws.view(data?.id, actor);
  }

  @RpcHandler('venture.calls.ranking')
  ranking({ data, actor }: Req<'venture.calls.ranking'>): Promise<VentureRankingView> {
    return this.awards.ranking(data?.id, actor);
  }

  @RpcHandler('venture.calls.score-sheets')
  scoreSheets({ data, actor }: Req<'venture.calls.score-sheets'>): Promise<ScoreSheetsView> {
    return this.scoring.sheets(data?.id, actor);
  }

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
    return this.proposalQueries.list(data, actor);
  }

  @RpcHandler('venture.proposals.get')
  getProposal({ data, actor }: Req<'venture.proposals.get'>): Promise<ProposalView> {
    return this.proposalQueries.get(data?.id, actor);
  }

  @RpcHandler('venture.proposals.award')
  award({ data, actor }: Req<'venture.proposals.award'>): Promise<AwardView> {
    return this.awards.award(data?.id, data?.decision, actor);
  }

  @RpcHandler('venture.reviewers.create')
  createReviewer({ data, actor }: RpcEnvelope<unknown>): Promise<ReviewerView> {
    return this.reviewers.create(data, actor);
  }

  @RpcHandler('venture.reviewers.update')
  updateReviewer({ data, actor }: Req<'venture.reviewers.update'>): Promise<ReviewerView> {
    return this.reviewers.update(data?.id, data?.changes, actor);
  }

  @RpcHandler('venture.reviewers.list')
  listReviewers({ data, actor }: Req<'venture.reviewers.list'>): Promise<ReviewerPage> {
    return this.reviewers.list(data, actor);
  }

  @RpcHandler('venture.reviews.tasks')
  tasks({ data, actor }: Req<'venture.reviews.tasks'>): Promise<ReviewTaskPage> {
    return this.scoring.tasks(data, actor);
  }

  @RpcHandler('venture.reviews.score')
  score({ data, actor }: Req<'venture.reviews.score'>): Promise<ReviewTaskView> {
    return this.scoring.score(data?.proposalId, data?.sheet, actor);
  }

  @RpcHandler('venture.awards.list')
  listAwards({ data, actor }: Req<'venture.awards.list'>): Promise<AwardPage> {
    return this.awards.list(data, actor);
  }

  @RpcHandler('venture.awards.sign')
  sign({ data, actor }: Req<'venture.awards.sign'>): Promise<AwardView> {
    return this.awards.sign(data?.id, actor);
  }

  @RpcHandler('venture.awards.report')
  report({ data, actor }: Req<'venture.awards.report'>): Promise<AwardView> {
    return this.awards.report(data?.id, data?.position, data?.report, actor);
  }

  @RpcHandler('venture.awards.review')
  review({ data, actor }: Req<'venture.awards.review'>): Promise<AwardView> {
    return this.awards.review(data?.id, data?.position, data?.review, actor);
  }

  @RpcHandler('venture.awards.clawback')
  clawback({ data, actor }: Req<'venture.awards.clawback'>): Promise<AwardView> {
    return this.awards.openClawback(data?.id, data?.clawback, actor);
  }
}
