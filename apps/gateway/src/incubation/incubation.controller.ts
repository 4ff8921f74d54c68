import {
  AdmissionAssessmentDto,
  AdmissionPage,
  AdmissionRankingView,
  AdmissionsQuery,
  AdmissionView,
  BasePage,
  BasesQuery,
  BaseView,
  CohortPage,
  CohortsQuery,
  CohortView,
  CreateBaseDto,
  CreateCohortDto,
  CreateVenueDto,
  ErrorView,
  type RpcActor,
  SetFormDto,
  SubmitAdmissionDto,
  UnmaskedPhoneView,
  VenueView,
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
  Put,
  Query,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiResponse,
  ApiTags,
  ApiCreatedResponse,
} from '@nestjs/swagger';
import { Roles } from '../auth/access.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { uuidParam } from '../http/uuid-param.pipe';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { ApiExport, ListExporter } from '../exports';
import {
  ADMISSIONS_EXPORT,
  AdmissionsExportQuery,
  BASES_EXPORT,
  BasesExportQuery,
  COHORTS_EXPORT,
  CohortsExportQuery,
} from './incubation.export-columns';

const union = (...permissions: Permission[]) => [
  ...new Set(permissions.flatMap((p) => rolesWith(p))),
];
/** Applicants choose a cohort; staff and officers run and oversee them. */
const COHORT_READERS = union(Permission.INCUBATION_READ, Permission.INCUBATION_APPLY);
/** Applicants apply; staff enter a founding group's paper application. */
const ADMISSION_SUBMITTERS = union(Permission.INCUBATION_APPLY, Permission.INCUBATION_RUN);

/** Incubation bases, cohorts and ranked admission (R4, R13–R16). */
@ApiTags('incubation')
@ApiResponse({ status: '4XX', type: ErrorView, description: 'Refused; nothing changed' })
@ApiBearerAuth()
@Controller('v1/incubation')
export class IncubationController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly exports: ListExporter,
  ) {}

  @Post('bases')
  @Idempotent()
  @Roles(...rolesWith(Permission.INCUBATION_BASE_MANAGE))
  @ApiOperation({ summary: 'Set up an incubation base (R15)' })
  @ApiCreatedResponse({ type: BaseView })
  createBase(@Body() body: CreateBaseDto, @CurrentActor() actor: RpcActor): Promise<BaseView> {
    return this.rpc.call('incubation.bases.create', body, actor);
  }

  @Get('bases')
  @Roles(...COHORT_READERS)
  @ApiOperation({ summary: 'Bases with their venues; staff see their own' })
  @ApiOkResponse({ type: BasePage })
  listBases(@Query() query: BasesQuery, @CurrentActor() actor: RpcActor): Promise<BasePage> {
    return this.rpc.call('incubation.bases.list', query, actor);
  }

  @Get('bases/export.xlsx')
  @Roles(...COHORT_READERS)
  @ApiExport('Export the bases as Excel, with their venues; staff export their own')
  exportBases(
    @Query() query: BasesExportQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<StreamableFile> {
    return this.exports.stream(BASES_EXPORT, query, (page) =>
      this.rpc.call('incubation.bases.list', page, actor),
    );
  }

  @Post('bases/:id/venues')
  @Idempotent()
  @Roles(...union(Permission.INCUBATION_BASE_MANAGE, Permission.INCUBATION_RUN))
  @ApiOperation({ summary: 'Add a venue to a base; a shared one hosts several organizations (R4)' })
  @ApiCreatedResponse({ type: VenueView })
  addVenue(
    @Param('id', uuidParam()) baseId: string,
    @Body() venue: CreateVenueDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<VenueView> {
    return this.rpc.call('incubation.venues.create', { baseId, venue }, actor);
  }

  @Post('cohorts')
  @Idempotent()
  @Roles(...rolesWith(Permission.INCUBATION_RUN))
  @ApiOperation({
    summary: 'Open a cohort: capacity, window, term, support package, graduation criteria (R16)',
  })
  @ApiOkResponse({ type: CohortView })
  createCohort(
    @Body() body: CreateCohortDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<CohortView> {
    return this.rpc.call('incubation.cohorts.create', body, actor);
  }

  @Get('cohorts')
  @Roles(...COHORT_READERS)
  @ApiOperation({ summary: 'Cohorts with their phase, answer deadline (R16) and counts' })
  @ApiOkResponse({ type: CohortPage })
  listCohorts(@Query() query: CohortsQuery, @CurrentActor() actor: RpcActor): Promise<CohortPage> {
    return this.rpc.call('incubation.cohorts.list', query, actor);
  }

  @Get('cohorts/export.xlsx')
  @Roles(...COHORT_READERS)
  @ApiExport('Export the cohorts as Excel: phase, window, seats, support and counts (R16)')
  exportCohorts(
    @Query() query: CohortsExportQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<StreamableFile> {
    return this.exports.stream(COHORTS_EXPORT, query, (page) =>
      this.rpc.call('incubation.cohorts.list', page, actor),
    );
  }

  @Get('cohorts/:id')
  @Roles(...COHORT_READERS)
  @ApiOperation({
    summary: 'One cohort: the board (capacity, admitted, waitlisted, in-kind value)',
  })
  @ApiOkResponse({ type: CohortView })
  getCohort(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: RpcActor,
  ): Promise<CohortView> {
    return this.rpc.call('incubation.cohorts.get', { id }, actor);
  }

  @Post('cohorts/:id/close')
  @HttpCode(200)
  @Roles(...rolesWith(Permission.INCUBATION_RUN))
  @ApiOperation({ summary: 'Close the application window early; answers are due from today (R16)' })
  @ApiOkResponse({ type: CohortView })
  closeCohort(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: RpcActor,
  ): Promise<CohortView> {
    return this.rpc.call('incubation.cohorts.close', { id }, actor);
  }

  @Put('cohorts/:id/form')
  @Roles(...rolesWith(Permission.INCUBATION_RUN))
  @ApiOperation({
    summary:
      "Replace a cohort's added questions (issue #17); refused once it has an application (R16)",
  })
  @ApiOkResponse({ type: CohortView })
  setCohortForm(
    @Param('id', uuidParam()) id: string,
    @Body() form: SetFormDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<CohortView> {
    return this.rpc.call('incubation.cohorts.set-form', { id, form }, actor);
  }

  @Get('cohorts/:id/ranking')
  @Roles(...rolesWith(Permission.INCUBATION_READ))
  @ApiOperation({
    summary:
      'Applicants ranked by merit × (1 + bonus/100) with the rural reserve, each with its outcome and reasons (R13, R14, R16)',
  })
  @ApiOkResponse({ type: AdmissionRankingView })
  ranking(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: RpcActor,
  ): Promise<AdmissionRankingView> {
    return this.rpc.call('incubation.cohorts.ranking', { id }, actor);
  }

  @Post('cohorts/:id/decide')
  @HttpCode(200)
  @Roles(...rolesWith(Permission.INCUBATION_RUN))
  @ApiOperation({
    summary: 'Answer every applicant: admitted, waitlisted or rejected, in ranked order (R16)',
  })
  @ApiOkResponse({ type: AdmissionRankingView })
  decide(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: RpcActor,
  ): Promise<AdmissionRankingView> {
    return this.rpc.call('incubation.cohorts.decide', { id }, actor);
  }

  @Post('admissions')
  @Idempotent()
  @Roles(...ADMISSION_SUBMITTERS)
  @ApiOperation({
    summary: 'Apply to a cohort, as an organization or a founding group; screened at once (R16)',
  })
  @ApiOkResponse({ type: AdmissionView })
  submit(
    @Body() body: SubmitAdmissionDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<AdmissionView> {
    return this.rpc.call('incubation.admissions.submit', body, actor);
  }

  @Get('admissions')
  @Roles(...COHORT_READERS)
  @ApiOperation({ summary: 'Admission applications in scope, highest priority first' })
  @ApiOkResponse({ type: AdmissionPage })
  list(@Query() query: AdmissionsQuery, @CurrentActor() actor: RpcActor): Promise<AdmissionPage> {
    return this.rpc.call('incubation.admissions.list', query, actor);
  }

  @Get('admissions/export.xlsx')
  @Roles(...COHORT_READERS)
  @ApiExport(
    'Export the admission applications in scope as Excel, with priority reasons and outcomes',
  )
  exportAdmissions(
    @Query() query: AdmissionsExportQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<StreamableFile> {
    return this.exports.stream(ADMISSIONS_EXPORT, query, (page) =>
      this.rpc.call('incubation.admissions.list', page, actor),
    );
  }

  @Get('admissions/:id')
  @Roles(...COHORT_READERS)
  @ApiOperation({ summary: 'One admission application, in scope: its screening and outcome' })
  @ApiOkResponse({ type: AdmissionView })
  get(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: RpcActor,
  ): Promise<AdmissionView> {
    return this.rpc.call('incubation.admissions.get', { id }, actor);
  }

  @Post('admissions/:id/contact/unmask')
  @HttpCode(200)
  @Roles(...rolesWith(Permission.CONTACT_UNMASK))
  @ApiOperation({
    summary:
      "Show an admission application's contact phone in full (R30): officers and finance staff only; audited (R31)",
  })
  @ApiOkResponse({ type: UnmaskedPhoneView })
  unmaskContact(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: RpcActor,
  ): Promise<UnmaskedPhoneView> {
    return this.rpc.call('incubation.admissions.unmask-contact', { id }, actor);
  }

  @Post('admissions/:id/assessment')
  @HttpCode(200)
  @Roles(...rolesWith(Permission.INCUBATION_RUN))
  @ApiOperation({ summary: "Assess an applicant's merit, 0–100 (R16); audited" })
  @ApiOkResponse({ type: AdmissionView })
  assess(
    @Param('id', uuidParam()) id: string,
    @Body() assessment: AdmissionAssessmentDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<AdmissionView> {
    return this.rpc.call('incubation.admissions.assess', { id, assessment }, actor);
  }
}
