import {
  AssignVenueDto,
  AttendanceDto,
  CreateTrainingDto,
  ErrorView,
  ExitDto,
  GraduateDto,
  IncubateePage,
  IncubateesQuery,
  IncubateeView,
  LinkOrganizationDto,
  RecordActivityDto,
  RequestSubsidyDto,
  type RpcActor,
  TrainingPage,
  TrainingsQuery,
  TrainingView,
  UnmaskedAccountView,
  WithdrawFundingDto,
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
  INCUBATEES_EXPORT,
  IncubateesExportQuery,
  TRAININGS_EXPORT,
  TrainingsExportQuery,
} from './incubatees.export-columns';

const STAFF = rolesWith(Permission.INCUBATION_RUN);
const READERS = [
  ...new Set([...rolesWith(Permission.INCUBATION_READ), ...rolesWith(Permission.INCUBATION_APPLY)]),
];

/** Incubation records: venues, in-kind support, training, start-up subsidies, graduation (R4, R11, R15, R16). */
@ApiTags('incubation')
@ApiResponse({ status: '4XX', type: ErrorView, description: 'Refused; nothing changed' })
@ApiBearerAuth()
@Controller('v1/incubation')
export class IncubateesController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly exports: ListExporter,
  ) {}

  @Get('incubatees')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'Incubation records in scope (an applicant sees its own), a page at a time',
  })
  @ApiOkResponse({ type: IncubateePage })
  list(@Query() query: IncubateesQuery, @CurrentActor() actor: RpcActor): Promise<IncubateePage> {
    return this.rpc.call('incubation.incubatees.list', query, actor);
  }

  @Get('incubatees/export.xlsx')
  @Roles(...READERS)
  @ApiExport(
    'Export the incubation records in scope as Excel (an applicant: its own), with subsidies',
  )
  exportIncubatees(
    @Query() query: IncubateesExportQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<StreamableFile> {
    return this.exports.stream(INCUBATEES_EXPORT, query, (page) =>
      this.rpc.call('incubation.incubatees.list', page, actor),
    );
  }

  @Get('incubatees/:id')
  @Roles(...READERS)
  @ApiOperation({ summary: 'One incubation record, with its start-up subsidy payment' })
  @ApiOkResponse({ type: IncubateeView })
  get(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: RpcActor,
  ): Promise<IncubateeView> {
    return this.rpc.call('incubation.incubatees.get', { id }, actor);
  }

  @Post('incubatees/:id/subsidy/account/unmask')
  @HttpCode(200)
  @Roles(...rolesWith(Permission.CONTACT_UNMASK))
  @ApiOperation({
    summary:
      "Show the payee account number of an incubatee's start-up subsidy in full (R15, R30): officers and finance staff only; audited (R31)",
  })
  @ApiOkResponse({ type: UnmaskedAccountView })
  unmaskSubsidyAccount(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: RpcActor,
  ): Promise<UnmaskedAccountView> {
    return this.rpc.call('incubation.incubatees.unmask-subsidy-account', { id }, actor);
  }

  @Post('incubatees/:id/venue')
  @HttpCode(200)
  @Roles(...STAFF)
  @ApiOperation({
    summary:
      'Give a place in a venue (shared sites allowed, R4); free space and waived fees recorded as in-kind support',
  })
  @ApiOkResponse({ type: IncubateeView })
  assignVenue(
    @Param('id', uuidParam()) id: string,
    @Body() assignment: AssignVenueDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<IncubateeView> {
    return this.rpc.call('incubation.incubatees.assign-venue', { id, assignment }, actor);
  }

  @Post('incubatees/:id/space-returned')
  @HttpCode(200)
  @Roles(...STAFF)
  @ApiOperation({
    summary: 'Record the space handed back (due within 15 working days of leaving, R16)',
  })
  @ApiOkResponse({ type: IncubateeView })
  spaceReturned(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: RpcActor,
  ): Promise<IncubateeView> {
    return this.rpc.call('incubation.incubatees.space-returned', { id }, actor);
  }

  @Post('incubatees/:id/organization')
  @HttpCode(200)
  @Roles(...STAFF)
  @ApiOperation({ summary: 'Link the organization a founding group registered as' })
  @ApiOkResponse({ type: IncubateeView })
  link(
    @Param('id', uuidParam()) id: string,
    @Body() link: LinkOrganizationDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<IncubateeView> {
    return this.rpc.call('incubation.incubatees.link-organization', { id, link }, actor);
  }

  @Post('incubatees/:id/activities')
  @HttpCode(200)
  @Roles(...STAFF)
  @ApiOperation({ summary: 'Record an activity the incubatee held (a graduation criterion, R16)' })
  @ApiOkResponse({ type: IncubateeView })
  activity(
    @Param('id', uuidParam()) id: string,
    @Body() activity: RecordActivityDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<IncubateeView> {
    return this.rpc.call('incubation.incubatees.activity', { id, activity }, actor);
  }

  @Post('incubatees/:id/startup-subsidy')
  @HttpCode(200)
  @Roles(...STAFF)
  @ApiOperation({
    summary: "Ask finance for the cohort's start-up subsidy from the incubation fund (R15, R27)",
  })
  @ApiOkResponse({ type: IncubateeView })
  subsidy(
    @Param('id', uuidParam()) id: string,
    @Body() subsidy: RequestSubsidyDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<IncubateeView> {
    return this.rpc.call('incubation.incubatees.subsidy', { id, subsidy }, actor);
  }

  @Post('incubatees/:id/subsidy/withdrawal')
  @HttpCode(200)
  @Roles(...STAFF)
  @ApiOperation({
    summary:
      'Withdraw the start-up subsidy finance holds and has not paid; the money is released (R27)',
  })
  @ApiOkResponse({ type: IncubateeView })
  withdrawSubsidy(
    @Param('id', uuidParam()) id: string,
    @Body() withdrawal: WithdrawFundingDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<IncubateeView> {
    return this.rpc.call('incubation.incubatees.withdraw-subsidy', { id, withdrawal }, actor);
  }

  @Post('incubatees/:id/graduate')
  @HttpCode(200)
  @Roles(...STAFF)
  @ApiOperation({
    summary:
      "Graduate (出壳) against the cohort's recorded criteria; each unmet one refuses it (R16)",
  })
  @ApiOkResponse({ type: IncubateeView })
  graduate(
    @Param('id', uuidParam()) id: string,
    @Body() graduation: GraduateDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<IncubateeView> {
    return this.rpc.call('incubation.incubatees.graduate', { id, graduation }, actor);
  }

  @Post('incubatees/:id/exit')
  @HttpCode(200)
  @Roles(...STAFF)
  @ApiOperation({ summary: 'Record leaving without graduating, with the reason (R16)' })
  @ApiOkResponse({ type: IncubateeView })
  exit(
    @Param('id', uuidParam()) id: string,
    @Body() exit: ExitDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<IncubateeView> {
    return this.rpc.call('incubation.incubatees.exit', { id, exit }, actor);
  }

  @Post('cohorts/:id/trainings')
  @Idempotent()
  @Roles(...STAFF)
  @ApiOperation({ summary: 'Record a training session for a cohort (R11)' })
  @ApiCreatedResponse({ type: TrainingView })
  createTraining(
    @Param('id', uuidParam()) cohortId: string,
    @Body() training: CreateTrainingDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<TrainingView> {
    return this.rpc.call('incubation.trainings.create', { cohortId, training }, actor);
  }

  @Get('cohorts/:id/trainings')
  @Roles(...rolesWith(Permission.INCUBATION_READ))
  @ApiOperation({ summary: "A cohort's training sessions and who attended (R11)" })
  @ApiOkResponse({ type: TrainingPage })
  trainings(
    @Param('id', uuidParam()) cohortId: string,
    @Query() query: TrainingsQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<TrainingPage> {
    return this.rpc.call('incubation.trainings.list', { ...query, cohortId }, actor);
  }

  @Get('cohorts/:id/trainings/export.xlsx')
  @Roles(...rolesWith(Permission.INCUBATION_READ))
  @ApiExport("Export a cohort's training sessions as Excel, with how many attended (R11)")
  exportTrainings(
    @Param('id', uuidParam()) cohortId: string,
    @Query() query: TrainingsExportQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<StreamableFile> {
    return this.exports.stream(TRAININGS_EXPORT, query, (page) =>
      this.rpc.call('incubation.trainings.list', { ...page, cohortId }, actor),
    );
  }

  @Post('trainings/:id/attendance')
  @HttpCode(200)
  @Roles(...STAFF)
  @ApiOperation({ summary: 'Record who attended a session (R11)' })
  @ApiOkResponse({ type: TrainingView })
  attend(
    @Param('id', uuidParam()) id: string,
    @Body() attendance: AttendanceDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<TrainingView> {
    return this.rpc.call('incubation.trainings.attend', { id, attendance }, actor);
  }
}
