import {
  ApplicantOutcomeView,
  AwardDecisionDto,
  AwardView,
  CallPage,
  CallsQuery,
  CallView,
  CreateCallDto,
  SetFormDto,
  CreateProposalDto,
  CreateReviewerDto,
  DrawView,
  ErrorView,
  ProposalContentDto,
  ProposalPage,
  ProposalsQuery,
  ProposalView,
  ReviewerPage,
  ReviewersQuery,
  ReviewerView,
  type RpcActor,
  ScoreSheetsView,
  UnmaskedApplicationContactView,
  UpdateReviewerDto,
  VentureRankingView,
} from '@civic/contracts';
import { Permission, rolesWith } from '@civic/domain/access';
import { RpcClient } from '@civic/platform/rpc';
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '../auth/access.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { uuidParam } from '../http/uuid-param.pipe';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { KnownUsers } from '../users/known-users';
import { ApiExport, ListExporter } from '../exports';
import {
  CALLS_EXPORT,
  CallsExportQuery,
  PROPOSALS_EXPORT,
  ProposalsExportQuery,
  REVIEWERS_EXPORT,
  ReviewersExportQuery,
} from './venture.export-columns';

const OFFICERS = rolesWith(Permission.VENTURE_MANAGE);
const APPLICANTS = rolesWith(Permission.VENTURE_APPLY);
const CALL_READERS = [
  ...new Set([...OFFICERS, ...APPLICANTS, ...rolesWith(Permission.VENTURE_REVIEW)]),
];
const PROPOSAL_READERS = [...new Set([...OFFICERS, ...APPLICANTS])];

/** Venture philanthropy: calls, proposals, the reviewer pool and draw, ranking and awards (R17–R19). */
@ApiTags('venture')
@ApiResponse({ status: '4XX', type: ErrorView, description: 'Refused; nothing changed' })
@ApiBearerAuth()
@Controller('v1/venture')
export class VentureController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly users: KnownUsers,
    private readonly exports: ListExporter,
  ) {}

  @Post('calls')
  @Idempotent()
  @Roles(...OFFICERS)
  @ApiOperation({
    summary: 'Open a call: budget, funding range, focus groups, rubric, deadline (R17)',
  })
  @ApiCreatedResponse({ type: CallView })
  createCall(@Body() body: CreateCallDto, @CurrentActor() actor: RpcActor): Promise<CallView> {
    return this.rpc.call('venture.calls.create', body, actor);
  }

  @Get('calls')
  @Roles(...CALL_READERS)
  @ApiOperation({ summary: 'Calls, the latest deadline first, a page at a time' })
  @ApiOkResponse({ type: CallPage })
  listCalls(@Query() query: CallsQuery, @CurrentActor() actor: RpcActor): Promise<CallPage> {
    return this.rpc.call('venture.calls.list', query, actor);
  }

  @Get('calls/export.xlsx')
  @Roles(...CALL_READERS)
  @ApiExport('Export the calls as Excel: budget, range, focus groups, deadline and phase (R17)')
  exportCalls(
    @Query() query: CallsExportQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<StreamableFile> {
    return this.exports.stream(CALLS_EXPORT, query, (page) =>
      this.rpc.call('venture.calls.list', page, actor),
    );
  }

  @Get('calls/:id')
  @Roles(...CALL_READERS)
  @ApiOperation({ summary: 'One call with its rubric and phase' })
  @ApiOkResponse({ type: CallView })
  getCall(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: RpcActor,
  ): Promise<CallView> {
    return this.rpc.call('venture.calls.get', { id }, actor);
  }

  @Post('calls/:id/draw')
  @HttpCode(200)
  @Roles(...OFFICERS)
  @ApiOperation({
    summary:
      'Draw at least 3 reviewers per proposal at random, none in conflict; recusals logged (R18)',
  })
  @ApiOkResponse({ type: DrawView })
  draw(@Param('id', uuidParam()) id: string, @CurrentActor() actor: RpcActor): Promise<DrawView> {
    return this.rpc.call('venture.calls.draw', { id }, actor);
  }

  @Get('calls/:id/draw')
  @Roles(...OFFICERS)
  @ApiOperation({ summary: 'The draw: who reviews what, and every recusal with its clause (R18)' })
  @ApiOkResponse({ type: DrawView })
  drawView(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: RpcActor,
  ): Promise<DrawView> {
    return this.rpc.call('venture.calls.draw-view', { id }, actor);
  }

  @Get('calls/:id/score-sheets')
  @Roles(...OFFICERS)
  @ApiOperation({
    summary: "Every reviewer's score sheet in the call, per proposal and criterion (R17, R18)",
  })
  @ApiOkResponse({ type: ScoreSheetsView })
  scoreSheets(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: RpcActor,
  ): Promise<ScoreSheetsView> {
    return this.rpc.call('venture.calls.score-sheets', { id }, actor);
  }

  @Get('calls/:id/ranking')
  @Roles(...OFFICERS)
  @ApiOperation({
    summary:
      'Proposals ranked by merit × (1 + bonus/100), funded within the budget and rural reserve, with every reason (R13, R14, R19)',
  })
  @ApiOkResponse({ type: VentureRankingView })
  ranking(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: RpcActor,
  ): Promise<VentureRankingView> {
    return this.rpc.call('venture.calls.ranking', { id }, actor);
  }

  @Put('calls/:id/form')
  @Roles(...OFFICERS)
  @ApiOperation({
    summary: "Replace a call's added questions (issue #17); refused once it has a proposal",
  })
  @ApiOkResponse({ type: CallView })
  setCallForm(
    @Param('id', uuidParam()) id: string,
    @Body() form: SetFormDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<CallView> {
    return this.rpc.call('venture.calls.set-form', { id, form }, actor);
  }

  @Post('proposals')
  @Idempotent()
  @Roles(...APPLICANTS)
  @ApiOperation({ summary: "Write a proposal for one's organization, as a draft (R17)" })
  @ApiCreatedResponse({ type: ProposalView })
  createProposal(
    @Body() body: CreateProposalDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<ProposalView> {
    return this.rpc.call('venture.proposals.create', body, actor);
  }

  @Put('proposals/:id')
  @Roles(...APPLICANTS)
  @ApiOperation({ summary: 'Replace a draft’s content; a submitted proposal is frozen (R17)' })
  @ApiOkResponse({ type: ProposalView })
  updateProposal(
    @Param('id', uuidParam()) id: string,
    @Body() content: ProposalContentDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<ProposalView> {
    return this.rpc.call('venture.proposals.update', { id, content }, actor);
  }

  @Post('proposals/:id/submit')
  @HttpCode(200)
  @Roles(...APPLICANTS)
  @ApiOperation({
    summary:
      'Submit before the deadline: budget lines add up, amount within the range; then frozen (R17)',
  })
  @ApiOkResponse({ type: ProposalView })
  submit(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: RpcActor,
  ): Promise<ProposalView> {
    return this.rpc.call('venture.proposals.submit', { id }, actor);
  }

  @Delete('proposals/:id')
  @HttpCode(204)
  @Roles(...APPLICANTS)
  @ApiOperation({ summary: 'Delete a draft; a submitted proposal is frozen and stays (R17)' })
  @ApiNoContentResponse({ description: 'The draft is deleted' })
  async discardProposal(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: RpcActor,
  ): Promise<void> {
    await this.rpc.call('venture.proposals.discard', { id }, actor);
  }

  @Get('proposals')
  @Roles(...PROPOSAL_READERS)
  @ApiOperation({ summary: 'Proposals: officers see all, an organization its own' })
  @ApiOkResponse({ type: ProposalPage })
  listProposals(
    @Query() query: ProposalsQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<ProposalPage> {
    return this.rpc.call('venture.proposals.list', query, actor);
  }

  @Get('proposals/export.xlsx')
  @Roles(...PROPOSAL_READERS)
  @ApiExport(
    'Export the proposals as Excel, with priority reasons: officers all, an organization its own',
  )
  exportProposals(
    @Query() query: ProposalsExportQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<StreamableFile> {
    return this.exports.stream(PROPOSALS_EXPORT, query, (page) =>
      this.rpc.call('venture.proposals.list', page, actor),
    );
  }

  @Get('proposals/:id')
  @Roles(...PROPOSAL_READERS)
  @ApiOperation({ summary: 'One proposal, in scope' })
  @ApiOkResponse({ type: ProposalView })
  getProposal(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: RpcActor,
  ): Promise<ProposalView> {
    return this.rpc.call('venture.proposals.get', { id }, actor);
  }

  @Get('proposals/:id/outcome')
  @Roles(...APPLICANTS)
  @ApiOperation({
    summary:
      "An organization's own proposal once awards begin: its rank of how many, merit and priority reasons (R13), and funded, or not and why (R14, R27)",
  })
  @ApiOkResponse({ type: ApplicantOutcomeView })
  proposalOutcome(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: RpcActor,
  ): Promise<ApplicantOutcomeView> {
    return this.rpc.call('venture.proposals.outcome', { id }, actor);
  }

  @Post('proposals/:id/contact/unmask')
  @HttpCode(200)
  @Roles(...rolesWith(Permission.CONTACT_UNMASK))
  @ApiOperation({
    summary:
      "Show a proposal's phone and payee account number in full (R30): officers and finance staff only; audited (R31)",
  })
  @ApiOkResponse({ type: UnmaskedApplicationContactView })
  unmaskContact(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: RpcActor,
  ): Promise<UnmaskedApplicationContactView> {
    return this.rpc.call('venture.proposals.unmask-contact', { id }, actor);
  }

  @Post('calls/:id/conclude')
  @HttpCode(200)
  @Roles(...OFFICERS)
  @ApiOperation({
    summary:
      'Conclude the round once every proposal the ranking funds is awarded: the rest become NOT_AWARDED and are told why; no award after (R19)',
  })
  @ApiOkResponse({ type: CallView })
  conclude(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: RpcActor,
  ): Promise<CallView> {
    return this.rpc.call('venture.calls.conclude', { id }, actor);
  }

  @Post('proposals/:id/award')
  @HttpCode(200)
  @Roles(...OFFICERS)
  @ApiOperation({
    summary:
      'Award a proposal the ranking funds, once every review is in; committed at finance, split into tranches (R19)',
  })
  @ApiOkResponse({ type: AwardView })
  award(
    @Param('id', uuidParam()) id: string,
    @Body() decision: AwardDecisionDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<AwardView> {
    return this.rpc.call('venture.proposals.award', { id, decision }, actor);
  }

  @Post('reviewers')
  @Idempotent()
  @Roles(...OFFICERS)
  @ApiOperation({
    summary:
      'Add an expert to the pool with fields and declared relations (R18); 422 naming userId for a user that does not exist',
  })
  @ApiCreatedResponse({ type: ReviewerView })
  async createReviewer(
    @Body() body: CreateReviewerDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<ReviewerView> {
    await this.users.assertExists(body.userId);
    return this.rpc.call('venture.reviewers.create', body, actor);
  }

  @Put('reviewers/:id')
  @Roles(...OFFICERS)
  @ApiOperation({
    summary:
      "Replace a reviewer's entry: relations as now declared count from the next draw; inactive ones are drawn no more (R18)",
  })
  @ApiOkResponse({ type: ReviewerView })
  updateReviewer(
    @Param('id', uuidParam()) id: string,
    @Body() changes: UpdateReviewerDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<ReviewerView> {
    return this.rpc.call('venture.reviewers.update', { id, changes }, actor);
  }

  @Get('reviewers')
  @Roles(...OFFICERS)
  @ApiOperation({ summary: 'The reviewer pool, by name, a page at a time' })
  @ApiOkResponse({ type: ReviewerPage })
  listReviewers(
    @Query() query: ReviewersQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<ReviewerPage> {
    return this.rpc.call('venture.reviewers.list', query, actor);
  }

  @Get('reviewers/export.xlsx')
  @Roles(...OFFICERS)
  @ApiExport('Export the reviewer pool as Excel (R18)')
  exportReviewers(
    @Query() query: ReviewersExportQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<StreamableFile> {
    return this.exports.stream(REVIEWERS_EXPORT, query, (page) =>
      this.rpc.call('venture.reviewers.list', page, actor),
    );
  }
}
