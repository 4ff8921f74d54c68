import {
  AnswerPurchaseObjectionDto,
  BidPage,
  BidsQuery,
  BidView,
  CreateReviewerDto,
  ErrorView,
  PanelTaskPage,
  PanelTasksQuery,
  PanelTaskView,
  PanelView,
  PurchaseObjectionPage,
  PurchaseObjectionsQuery,
  PurchaseObjectionView,
  PurchaseProjectView,
  PurchaseResultPage,
  PurchaseResultsQuery,
  RaisePurchaseObjectionDto,
  ReviewerPage,
  ReviewersQuery,
  ReviewerView,
  type RpcActor,
  ScoreBidDto,
  SubmitBidDto,
} from '@civic/contracts';
import { Permission, rolesWith } from '@civic/domain/access';
import { RpcClient } from '@civic/platform/rpc';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Public, Roles } from '../auth/access.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { uuidParam } from '../http/uuid-param.pipe';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { KnownUsers } from '../users/known-users';
import { ApiExport, ListExporter } from '../exports';
import { RateLimited } from '../http/rate-limits';
import {
  BIDS_EXPORT,
  BidsExportQuery,
  EXPERTS_EXPORT,
  ExpertsExportQuery,
  MY_BIDS_EXPORT,
  OBJECTIONS_EXPORT,
  ObjectionsExportQuery,
  PANEL_TASKS_EXPORT,
  PanelTasksExportQuery,
  RESULTS_EXPORT,
  ResultsExportQuery,
} from './evaluation.export-columns';

const BUYERS = rolesWith(Permission.PROCUREMENT_PURCHASE_MANAGE);
const UNDERTAKERS = rolesWith(Permission.PROCUREMENT_APPLY);
const EXPERTS = rolesWith(Permission.PROCUREMENT_EVALUATE);
const PUBLIC: RpcActor = { userId: 'public', roles: [] };

/**
 * Government purchase from bids to the award (R24, R25, R18, R12): bids until the deadline,
 * opening, the panel drawn from the expert pool, scores, the ranked award with its objection
 * window, objections answered, and the published results.
 */
@ApiTags('procurement')
@ApiResponse({ status: '4XX', type: ErrorView, description: 'Refused; nothing changed' })
@ApiBearerAuth()
@Controller('v1')
export class ProcurementEvaluationController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly users: KnownUsers,
    private readonly exports: ListExporter,
  ) {}

  @Post('procurement/projects/:id/bids')
  @Idempotent()
  @Roles(...new Set([...UNDERTAKERS, ...BUYERS]))
  @ApiOperation({
    summary:
      'Bid on an announced project until its deadline (database clock): a listed undertaker for itself, an officer for a paper bid (R24, R25, R12)',
  })
  @ApiCreatedResponse({ type: BidView })
  submit(
    @Param('id', uuidParam()) id: string,
    @Body() body: SubmitBidDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<BidView> {
    return this.rpc.call('procurement.bids.submit', { id, body }, actor);
  }

  @Get('procurement/projects/:id/bids')
  @Roles(...BUYERS)
  @ApiOperation({
    summary: "A project's bids, sealed (409) until the deadline, ranked once scored",
  })
  @ApiOkResponse({ type: BidPage })
  bids(
    @Param('id', uuidParam()) id: string,
    @Query() query: BidsQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<BidPage> {
    return this.rpc.call('procurement.bids.list', { id, query }, actor);
  }

  @Get('procurement/projects/:id/bids/export.xlsx')
  @Roles(...BUYERS)
  @ApiExport(
    "Export a project's bids as Excel once opened (sealed, 409, until the deadline), ranked once scored",
  )
  exportBids(
    @Param('id', uuidParam()) id: string,
    @Query() query: BidsExportQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<StreamableFile> {
    return this.exports.stream(BIDS_EXPORT, query, (page) =>
      this.rpc.call('procurement.bids.list', { id, query: page }, actor),
    );
  }

  @Get('procurement/bids/mine')
  @Roles(...UNDERTAKERS)
  @ApiOperation({ summary: "An undertaker's own bids, newest first" })
  @ApiOkResponse({ type: BidPage })
  myBids(@Query() query: BidsQuery, @CurrentActor() actor: RpcActor): Promise<BidPage> {
    return this.rpc.call('procurement.bids.mine', query, actor);
  }

  @Get('procurement/bids/mine/export.xlsx')
  @Roles(...UNDERTAKERS)
  @ApiExport("Export an undertaker's own bids as Excel (R25)")
  exportMyBids(
    @Query() query: BidsExportQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<StreamableFile> {
    return this.exports.stream(MY_BIDS_EXPORT, query, (page) =>
      this.rpc.call('procurement.bids.mine', page, actor),
    );
  }

  @Post('procurement/bids/:id/withdraw')
  @HttpCode(200)
  @Roles(...new Set([...UNDERTAKERS, ...BUYERS]))
  @ApiOperation({ summary: 'Withdraw a bid before the deadline (R25)' })
  @ApiOkResponse({ type: BidView })
  withdraw(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: RpcActor,
  ): Promise<BidView> {
    return this.rpc.call('procurement.bids.withdraw', { id }, actor);
  }

  @Post('procurement/experts')
  @Idempotent()
  @Roles(...BUYERS)
  @ApiOperation({
    summary:
      'Add an expert to the pool with their fields and declared ties (R18); 422 naming userId for a user that does not exist',
  })
  @ApiCreatedResponse({ type: ReviewerView })
  async addExpert(
    @Body() body: CreateReviewerDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<ReviewerView> {
    await this.users.assertExists(body.userId);
    return this.rpc.call('procurement.experts.add', body, actor);
  }

  @Get('procurement/experts')
  @Roles(...BUYERS)
  @ApiOperation({ summary: 'The expert pool of government purchase' })
  @ApiOkResponse({ type: ReviewerPage })
  experts(@Query() query: ReviewersQuery, @CurrentActor() actor: RpcActor): Promise<ReviewerPage> {
    return this.rpc.call('procurement.experts.list', query, actor);
  }

  @Get('procurement/experts/export.xlsx')
  @Roles(...BUYERS)
  @ApiExport('Export the expert pool as Excel (R18)')
  exportExperts(
    @Query() query: ExpertsExportQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<StreamableFile> {
    return this.exports.stream(EXPERTS_EXPORT, query, (page) =>
      this.rpc.call('procurement.experts.list', page, actor),
    );
  }

  @Post('procurement/projects/:id/close')
  @HttpCode(200)
  @Roles(...BUYERS)
  @ApiOperation({
    summary:
      'Open the bids once the deadline has passed; with too few valid bids for the method the purchase fails (R25)',
  })
  @ApiOkResponse({ type: PurchaseProjectView })
  close(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: RpcActor,
  ): Promise<PurchaseProjectView> {
    return this.rpc.call('procurement.projects.close', { id }, actor);
  }

  @Post('procurement/projects/:id/panel')
  @HttpCode(200)
  @Roles(...BUYERS)
  @ApiOperation({
    summary:
      'Draw the evaluation panel from the expert pool, never an expert tied to a bidder; every recusal logged (R18)',
  })
  @ApiOkResponse({ type: PanelView })
  draw(@Param('id', uuidParam()) id: string, @CurrentActor() actor: RpcActor): Promise<PanelView> {
    return this.rpc.call('procurement.panel.draw', { id }, actor);
  }

  @Get('procurement/projects/:id/panel')
  @Roles(...BUYERS)
  @ApiOperation({ summary: "A project's panel: members, their progress, recusals, the seed" })
  @ApiOkResponse({ type: PanelView })
  panel(@Param('id', uuidParam()) id: string, @CurrentActor() actor: RpcActor): Promise<PanelView> {
    return this.rpc.call('procurement.panel.get', { id }, actor);
  }

  @Get('procurement/panel/tasks')
  @Roles(...EXPERTS)
  @ApiOperation({ summary: 'The bids a panel member scores, with their own sheets' })
  @ApiOkResponse({ type: PanelTaskPage })
  tasks(@Query() query: PanelTasksQuery, @CurrentActor() actor: RpcActor): Promise<PanelTaskPage> {
    return this.rpc.call('procurement.panel.tasks', query, actor);
  }

  @Get('procurement/panel/tasks/export.xlsx')
  @Roles(...EXPERTS)
  @ApiExport('Export the bids I score as Excel, with my totals (R18, R25)')
  exportTasks(
    @Query() query: PanelTasksExportQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<StreamableFile> {
    return this.exports.stream(PANEL_TASKS_EXPORT, query, (page) =>
      this.rpc.call('procurement.panel.tasks', page, actor),
    );
  }

  @Post('procurement/bids/:id/scores')
  @HttpCode(200)
  @Roles(...EXPERTS)
  @ApiOperation({
    summary: 'A panel member scores a bid on the criteria announced, once (R25, R18)',
  })
  @ApiOkResponse({ type: PanelTaskView })
  score(
    @Param('id', uuidParam()) id: string,
    @Body() body: ScoreBidDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<PanelTaskView> {
    return this.rpc.call('procurement.panel.score', { id, body }, actor);
  }

  @Post('procurement/projects/:id/award')
  @HttpCode(200)
  @Roles(...BUYERS)
  @ApiOperation({
    summary:
      'Rank the bids on the announced criteria and award the first; the result is published with its objection window (R25)',
  })
  @ApiOkResponse({ type: PurchaseProjectView })
  award(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: RpcActor,
  ): Promise<PurchaseProjectView> {
    return this.rpc.call('procurement.projects.award', { id }, actor);
  }

  @Post('procurement/projects/:id/objections')
  @Idempotent()
  @Roles(...UNDERTAKERS)
  @ApiOperation({ summary: 'A bidder objects to the published result within its window (R25)' })
  @ApiCreatedResponse({ type: PurchaseObjectionView })
  object(
    @Param('id', uuidParam()) id: string,
    @Body() body: RaisePurchaseObjectionDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<PurchaseObjectionView> {
    return this.rpc.call('procurement.objections.raise', { id, body }, actor);
  }

  @Get('procurement/projects/:id/objections')
  @Roles(...BUYERS)
  @ApiOperation({ summary: "A project's objections and their answers" })
  @ApiOkResponse({ type: PurchaseObjectionPage })
  objections(
    @Param('id', uuidParam()) id: string,
    @Query() query: PurchaseObjectionsQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<PurchaseObjectionPage> {
    return this.rpc.call('procurement.objections.list', { id, query }, actor);
  }

  @Get('procurement/projects/:id/objections/export.xlsx')
  @Roles(...BUYERS)
  @ApiExport("Export a project's objections and their answers as Excel (R25)")
  exportObjections(
    @Param('id', uuidParam()) id: string,
    @Query() query: ObjectionsExportQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<StreamableFile> {
    return this.exports.stream(OBJECTIONS_EXPORT, query, (page) =>
      this.rpc.call('procurement.objections.list', { id, query: page }, actor),
    );
  }

  @Post('procurement/objections/:id/answer')
  @HttpCode(200)
  @Roles(...BUYERS)
  @ApiOperation({
    summary: 'Answer an objection: upheld, the award passes to the next bid in rank (R25)',
  })
  @ApiOkResponse({ type: PurchaseObjectionView })
  answer(
    @Param('id', uuidParam()) id: string,
    @Body() body: AnswerPurchaseObjectionDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<PurchaseObjectionView> {
    return this.rpc.call('procurement.objections.answer', { id, body }, actor);
  }

  @Get('public/procurement/results')
  @Public()
  @ApiOperation({ summary: 'Published results (成交结果公告) with their ranking, no login' })
  @ApiOkResponse({ type: PurchaseResultPage })
  results(@Query() query: PurchaseResultsQuery): Promise<PurchaseResultPage> {
    return this.rpc.call('procurement.results.public', query, PUBLIC);
  }

  @Get('public/procurement/results/export.xlsx')
  @Public()
  @RateLimited()
  @ApiExport('Export the published results as Excel, no login (R25); rate-limited per address')
  exportResults(@Query() query: ResultsExportQuery): Promise<StreamableFile> {
    return this.exports.stream(RESULTS_EXPORT, query, (page) =>
      this.rpc.call('procurement.results.public', page, PUBLIC),
    );
  }
}
