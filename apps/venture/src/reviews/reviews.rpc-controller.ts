import type {
  DrawView,
  ReviewerPage,
  ReviewerView,
  ReviewTaskPage,
  ReviewTaskView,
  RpcEnvelope,
  RpcPattern,
  RpcRequestOf,
  ScoreSheetsView,
} from '@civic/contracts';
import { RpcErrorFilter, RpcHandler } from '@civic/platform/rpc';
import { Controller, UseFilters } from '@nestjs/common';
import { DrawService } from './draw.service';
import { ReviewersService } from './reviewers.service';
import { ScoringService } from './scoring.service';

type Req<P extends RpcPattern> = RpcEnvelope<RpcRequestOf<P>>;

/**
 * RPC entry points of review (R17, R18): the reviewer pool, a call's draw and score sheets, and a
 * reviewer's tasks; thin: the services authorize and decide.
 */
@Controller()
@UseFilters(RpcErrorFilter)
export class ReviewsRpcController {
  constructor(
    private readonly reviewers: ReviewersService,
    private readonly draws: DrawService,
    private readonly scoring: ScoringService,
  ) {}

  @RpcHandler('venture.calls.draw')
  draw({ data, actor }: Req<'venture.calls.draw'>): Promise<DrawView> {
    return this.draws.draw(data?.id, actor);
  }

  @RpcHandler('venture.calls.draw-view')
  drawView({ data, actor }: Req<'venture.calls.draw-view'>): Promise<DrawView> {
    return this.draws.view(data?.id, actor);
  }

  @RpcHandler('venture.calls.score-sheets')
  scoreSheets({ data, actor }: Req<'venture.calls.score-sheets'>): Promise<ScoreSheetsView> {
    return this.scoring.sheets(data?.id, actor);
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
}
