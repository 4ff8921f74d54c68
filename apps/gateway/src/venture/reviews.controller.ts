import {
  AwardPage,
  AwardsQuery,
  AwardView,
  ErrorView,
  MilestoneReportDto,
  MilestoneReviewDto,
  OpenClawbackDto,
  ReviewTaskPage,
  ReviewTasksQuery,
  ReviewTaskView,
  type RpcActor,
  ScoreSheetDto,
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
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ApiIntParam, intParam } from '../http/int-param.pipe';
import { uuidParam } from '../http/uuid-param.pipe';
import { ApiExport, ListExporter } from '../exports';
import {
  AWARDS_EXPORT,
  AwardsExportQuery,
  REVIEWS_EXPORT,
  ReviewTasksExportQuery,
  TRANCHES_EXPORT,
} from './reviews.export-columns';

const OFFICERS = rolesWith(Permission.VENTURE_MANAGE);
const APPLICANTS = rolesWith(Permission.VENTURE_APPLY);

/** Blind review and scoring (R17, R18); awards' tranches and milestones (R19). */
@ApiTags('venture')
@ApiResponse({ status: '4XX', type: ErrorView, description: 'Refused; nothing changed' })
@ApiBearerAuth()
@Controller('v1/venture')
export class VentureReviewsController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly exports: ListExporter,
  ) {}

  @Get('reviews')
  @Roles(...rolesWith(Permission.VENTURE_REVIEW))
  @ApiOperation({ summary: 'My assigned proposals, blind to the applicant (R18), with my scores' })
  @ApiOkResponse({ type: ReviewTaskPage })
  tasks(
    @Query() query: ReviewTasksQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<ReviewTaskPage> {
    return this.rpc.call('venture.reviews.tasks', query, actor);
  }

  @Get('reviews/export.xlsx')
  @Roles(...rolesWith(Permission.VENTURE_REVIEW))
  @ApiExport('Export my assigned proposals and my scores as Excel, blind to the applicant (R18)')
  exportTasks(
    @Query() query: ReviewTasksExportQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<StreamableFile> {
    return this.exports.stream(REVIEWS_EXPORT, query, (page) =>
      this.rpc.call('venture.reviews.tasks', page, actor),
    );
  }

  @Post('reviews/:proposalId/scores')
  @HttpCode(200)
  @Roles(...rolesWith(Permission.VENTURE_REVIEW))
  @ApiOperation({ summary: 'Score every criterion of the rubric on its scale (R17)' })
  @ApiOkResponse({ type: ReviewTaskView })
  score(
    @Param('proposalId', uuidParam()) proposalId: string,
    @Body() sheet: ScoreSheetDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<ReviewTaskView> {
    return this.rpc.call('venture.reviews.score', { proposalId, sheet }, actor);
  }

  @Get('awards')
  @Roles(...new Set([...OFFICERS, ...APPLICANTS]))
  @ApiOperation({
    summary: 'Awards and their tranches, by rank: officers see all, an organization its own',
  })
  @ApiOkResponse({ type: AwardPage })
  awards(@Query() query: AwardsQuery, @CurrentActor() actor: RpcActor): Promise<AwardPage> {
    return this.rpc.call('venture.awards.list', query, actor);
  }

  @Get('awards/export.xlsx')
  @Roles(...new Set([...OFFICERS, ...APPLICANTS]))
  @ApiExport(
    'Export the awards as Excel, with what they paid: officers all, an organization its own',
  )
  exportAwards(
    @Query() query: AwardsExportQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<StreamableFile> {
    return this.exports.stream(AWARDS_EXPORT, query, (page) =>
      this.rpc.call('venture.awards.list', page, actor),
    );
  }

  @Get('awards/tranches/export.xlsx')
  @Roles(...new Set([...OFFICERS, ...APPLICANTS]))
  @ApiExport("Export the awards' tranches as Excel, one row a tranche (R19): milestone and payment")
  exportTranches(
    @Query() query: AwardsExportQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<StreamableFile> {
    return this.exports.stream(TRANCHES_EXPORT, query, (page) =>
      this.rpc.call('venture.awards.list', page, actor),
    );
  }

  @Post('awards/:id/sign')
  @HttpCode(200)
  @Roles(...OFFICERS)
  @ApiOperation({
    summary: 'The agreement is signed: the first tranche is released once committed (R19)',
  })
  @ApiOkResponse({ type: AwardView })
  sign(@Param('id', uuidParam()) id: string, @CurrentActor() actor: RpcActor): Promise<AwardView> {
    return this.rpc.call('venture.awards.sign', { id }, actor);
  }

  @Post('awards/:id/tranches/:position/report')
  @ApiIntParam('position', 0, 99)
  @HttpCode(200)
  @Roles(...APPLICANTS)
  @ApiOperation({ summary: 'Report a milestone (mid-term review, final evaluation) (R19)' })
  @ApiOkResponse({ type: AwardView })
  report(
    @Param('id', uuidParam()) id: string,
    @Param('position', intParam('position', 0, 99)) position: number,
    @Body() report: MilestoneReportDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<AwardView> {
    return this.rpc.call('venture.awards.report', { id, position, report }, actor);
  }

  @Post('awards/:id/tranches/:position/review')
  @ApiIntParam('position', 0, 99)
  @HttpCode(200)
  @Roles(...OFFICERS)
  @ApiOperation({
    summary:
      'Approve a milestone (its tranche is released) or fail it (the next tranche is held) (R19)',
  })
  @ApiOkResponse({ type: AwardView })
  review(
    @Param('id', uuidParam()) id: string,
    @Param('position', intParam('position', 0, 99)) position: number,
    @Body() review: MilestoneReviewDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<AwardView> {
    return this.rpc.call('venture.awards.review', { id, position, review }, actor);
  }

  @Post('awards/:id/clawback')
  @HttpCode(200)
  @Roles(...OFFICERS)
  @ApiOperation({
    summary:
      'After a failed final evaluation, open a clawback of up to what was paid; recorded at finance (R19)',
  })
  @ApiOkResponse({ type: AwardView })
  clawback(
    @Param('id', uuidParam()) id: string,
    @Body() clawback: OpenClawbackDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<AwardView> {
    return this.rpc.call('venture.awards.clawback', { id, clawback }, actor);
  }
}
