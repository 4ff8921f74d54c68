import {
  ApplicantOutcomeView,
  ApplicationDecisionDto,
  ApplicationPage,
  ApplicationsQuery,
  ApplicationView,
  AssessmentDto,
  CreateSubsidyProgrammeDto,
  ErrorView,
  LotteryYearView,
  NoticeView,
  ProgrammesQuery,
  PublishAnnualReportDto,
  RankingView,
  type RpcActor,
  SetFormDto,
  SubmitApplicationDto,
  SubsidyProgrammePage,
  SubsidyProgrammeView,
  UnmaskedApplicationContactView,
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
import { ApiFiscalYearParam, fiscalYearParam } from '../http/int-param.pipe';
import { uuidParam } from '../http/uuid-param.pipe';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { ApiExport, ListExporter } from '../exports';
import {
  APPLICATIONS_EXPORT,
  ApplicationsExportQuery,
  PROGRAMMES_EXPORT,
  ProgrammesExportQuery,
} from './lottery.export-columns';

/** Applicants and programme officers both read programmes and (their own) applications. */
const SUBSIDY_READERS = [
  ...new Set([...rolesWith(Permission.SUBSIDY_APPLY), ...rolesWith(Permission.SUBSIDY_REVIEW)]),
];

/** Lottery welfare fund subsidy programmes and applications (R7, R13, R20, R22). */
@ApiTags('lottery-fund')
@ApiResponse({ status: '4XX', type: ErrorView, description: 'Refused; nothing changed' })
@ApiBearerAuth()
@Controller('v1/lottery')
export class LotteryController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly exports: ListExporter,
  ) {}

  @Post('programmes')
  @Idempotent()
  @Roles(...rolesWith(Permission.SUBSIDY_PROGRAMME_MANAGE))
  @ApiOperation({ summary: 'Create a subsidy programme for a year and purpose (R20); audited' })
  @ApiCreatedResponse({ type: SubsidyProgrammeView })
  createProgramme(
    @Body() body: CreateSubsidyProgrammeDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<SubsidyProgrammeView> {
    return this.rpc.call('lottery-fund.programmes.create', body, actor);
  }

  @Get('programmes')
  @Roles(...SUBSIDY_READERS)
  @ApiOperation({ summary: 'Subsidy programmes, with how many applications each has' })
  @ApiOkResponse({ type: SubsidyProgrammePage })
  programmes(
    @Query() query: ProgrammesQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<SubsidyProgrammePage> {
    return this.rpc.call('lottery-fund.programmes.list', query, actor);
  }

  @Get('programmes/export.xlsx')
  @Roles(...SUBSIDY_READERS)
  @ApiExport('Export the subsidy programmes (by year) as Excel, with what was asked of each')
  exportProgrammes(
    @Query() query: ProgrammesExportQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<StreamableFile> {
    return this.exports.stream(PROGRAMMES_EXPORT, query, (page) =>
      this.rpc.call('lottery-fund.programmes.list', page, actor),
    );
  }

  @Put('programmes/:id/form')
  @Roles(...rolesWith(Permission.SUBSIDY_PROGRAMME_MANAGE))
  @ApiOperation({
    summary:
      "Replace a programme's added questions (issue #17); refused once it has an application",
  })
  @ApiOkResponse({ type: SubsidyProgrammeView })
  setProgrammeForm(
    @Param('id', uuidParam()) id: string,
    @Body() form: SetFormDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<SubsidyProgrammeView> {
    return this.rpc.call('lottery-fund.programmes.set-form', { id, form }, actor);
  }

  @Get('years/:fiscalYear')
  @ApiFiscalYearParam()
  @Roles(...rolesWith(Permission.SUBSIDY_REVIEW))
  @ApiOperation({
    summary:
      "A programme year: approved and paid, the eldercare share against its floor (R21), the annual disclosure's deadline (R23)",
  })
  @ApiOkResponse({ type: LotteryYearView })
  year(
    @Param('fiscalYear', fiscalYearParam()) fiscalYear: number,
    @CurrentActor() actor: RpcActor,
  ): Promise<LotteryYearView> {
    return this.rpc.call('lottery-fund.years.get', { fiscalYear }, actor);
  }

  @Post('years/:fiscalYear/annual-report')
  @ApiFiscalYearParam()
  @Roles(...rolesWith(Permission.SUBSIDY_PROGRAMME_MANAGE))
  @ApiOperation({
    summary:
      "Generate and publish a finished year's annual report (scale, projects, execution, results); again, with a reason, to correct it (R23)",
  })
  @ApiOkResponse({ type: NoticeView })
  publishAnnualReport(
    @Param('fiscalYear', fiscalYearParam()) fiscalYear: number,
    @Body() report: PublishAnnualReportDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<NoticeView> {
    return this.rpc.call('lottery-fund.years.annual-report', { fiscalYear, report }, actor);
  }

  @Post('applications')
  @Idempotent()
  @Roles(...rolesWith(Permission.SUBSIDY_APPLY))
  @ApiOperation({
    summary: 'Apply for a subsidy; a banned budget line (R22) is refused with its reason',
  })
  @ApiOkResponse({ type: ApplicationView })
  submit(
    @Body() body: SubmitApplicationDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<ApplicationView> {
    return this.rpc.call('lottery-fund.applications.submit', body, actor);
  }

  @Get('applications')
  @Roles(...SUBSIDY_READERS)
  @ApiOperation({
    summary: 'Applications by priority with reasons (R13); an applicant sees its own',
  })
  @ApiOkResponse({ type: ApplicationPage })
  applications(
    @Query() query: ApplicationsQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<ApplicationPage> {
    return this.rpc.call('lottery-fund.applications.list', query, actor);
  }

  @Get('applications/export.xlsx')
  @Roles(...SUBSIDY_READERS)
  @ApiExport(
    'Export the applications as Excel, by priority with reasons (R13); an applicant exports its own',
  )
  exportApplications(
    @Query() query: ApplicationsExportQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<StreamableFile> {
    return this.exports.stream(APPLICATIONS_EXPORT, query, (page) =>
      this.rpc.call('lottery-fund.applications.list', page, actor),
    );
  }

  @Post('applications/:id/approve')
  @HttpCode(200)
  @Roles(...rolesWith(Permission.SUBSIDY_REVIEW))
  @ApiOperation({
    summary:
      'Approve with a comment: within the programme budget, warning below the eldercare floor (R21); asks finance to commit',
  })
  @ApiOkResponse({ type: ApplicationView })
  approve(
    @Param('id', uuidParam()) id: string,
    @Body() decision: ApplicationDecisionDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<ApplicationView> {
    return this.rpc.call('lottery-fund.applications.approve', { id, decision }, actor);
  }

  @Post('applications/:id/reject')
  @HttpCode(200)
  @Roles(...rolesWith(Permission.SUBSIDY_REVIEW))
  @ApiOperation({ summary: 'Reject with a comment the applicant sees' })
  @ApiOkResponse({ type: ApplicationView })
  reject(
    @Param('id', uuidParam()) id: string,
    @Body() decision: ApplicationDecisionDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<ApplicationView> {
    return this.rpc.call('lottery-fund.applications.reject', { id, decision }, actor);
  }

  @Post('applications/:id/withdrawal')
  @HttpCode(200)
  @Roles(...rolesWith(Permission.SUBSIDY_REVIEW))
  @ApiOperation({
    summary:
      'Withdraw a subsidy finance holds and has not paid: the money is released (R27) and the publicity notice retracted by a correction (R23)',
  })
  @ApiOkResponse({ type: ApplicationView })
  withdraw(
    @Param('id', uuidParam()) id: string,
    @Body() withdrawal: WithdrawFundingDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<ApplicationView> {
    return this.rpc.call('lottery-fund.applications.withdraw', { id, withdrawal }, actor);
  }

  @Post('applications/:id/assessment')
  @HttpCode(200)
  @Roles(...rolesWith(Permission.SUBSIDY_REVIEW))
  @ApiOperation({ summary: "An officer's merit assessment, 0–100 (R13); audited" })
  @ApiOkResponse({ type: ApplicationView })
  assess(
    @Param('id', uuidParam()) id: string,
    @Body() assessment: AssessmentDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<ApplicationView> {
    return this.rpc.call('lottery-fund.applications.assess', { id, assessment }, actor);
  }

  @Post('applications/:id/contact/unmask')
  @HttpCode(200)
  @Roles(...rolesWith(Permission.CONTACT_UNMASK))
  @ApiOperation({
    summary:
      "Show an application's phone and payee account number in full (R30): officers and finance staff only; audited (R31)",
  })
  @ApiOkResponse({ type: UnmaskedApplicationContactView })
  unmaskContact(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: RpcActor,
  ): Promise<UnmaskedApplicationContactView> {
    return this.rpc.call('lottery-fund.applications.unmask-contact', { id }, actor);
  }

  @Get('programmes/:id/ranking')
  @Roles(...rolesWith(Permission.SUBSIDY_REVIEW))
  @ApiOperation({
    summary:
      'Assessed applications ranked by merit × (1 + bonus/100) (R13) and allocated within the budget and rural reserve (R14), with reasons',
  })
  @ApiOkResponse({ type: RankingView })
  ranking(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: RpcActor,
  ): Promise<RankingView> {
    return this.rpc.call('lottery-fund.programmes.ranking', { id }, actor);
  }

  @Get('applications/:id/outcome')
  @Roles(...rolesWith(Permission.SUBSIDY_APPLY))
  @ApiOperation({
    summary:
      "An organization's own application once decided: its rank of how many, merit and priority reasons (R13), and funded, or not and why (R14, R27), or refused with its rule",
  })
  @ApiOkResponse({ type: ApplicantOutcomeView })
  applicationOutcome(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: RpcActor,
  ): Promise<ApplicantOutcomeView> {
    return this.rpc.call('lottery-fund.applications.outcome', { id }, actor);
  }

  @Get('applications/:id')
  @Roles(...SUBSIDY_READERS)
  @ApiOperation({ summary: 'One application, with its status and priority reasons' })
  @ApiOkResponse({ type: ApplicationView })
  application(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: RpcActor,
  ): Promise<ApplicationView> {
    return this.rpc.call('lottery-fund.applications.get', { id }, actor);
  }
}
