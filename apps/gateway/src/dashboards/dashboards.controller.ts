import {
  CohortDashboardView,
  DashboardQuery,
  ErrorView,
  FundingDashboardView,
  ProgrammeDashboardQuery,
  PROGRAMMES,
  type ProgrammeName,
  RegistryDashboardView,
  type RpcActor,
  TimelinessDashboardQuery,
  TimelinessDashboardView,
  type TimelinessHistograms,
} from '@civic/contracts';
import { Permission, rolesWith } from '@civic/domain/access';
import { RpcClient } from '@civic/platform/rpc';
import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '../auth/access.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { cohortWorkbook } from './cohort-export';
import { DivisionNames } from './division-names';
import { fundingWorkbook } from './funding-export';
import { namedCohorts, namedFunding, namedRegistry, namedTimeliness } from './named-views';
import { registryWorkbook } from './registry-export';
import { timelinessWorkbook } from './timeliness-export';
import { mergedTimeliness } from './timeliness-merge';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const WORKBOOK = { description: 'An Excel workbook', schema: { type: 'string', format: 'binary' } };

/**
 * Dashboards (issue #18), each read by the owning service from its tallies (never its raw rows),
 * with the divisions named here, and an Excel export under each. Services scope them: a street
 * officer sees its street, base staff their base. Funding is finance's; timeliness is each
 * programme's day histograms, merged here. Both are for those who read finance (officers,
 * administrators, finance staff).
 */
@ApiTags('dashboards')
@ApiResponse({ status: '4XX', type: ErrorView, description: 'Refused; nothing changed' })
@ApiBearerAuth()
@Controller('v1/dashboards')
export class DashboardsController {
  private readonly names = new DivisionNames();

  constructor(private readonly rpc: RpcClient) {}

  @Get('registry')
  @Roles(...rolesWith(Permission.ORGANIZATION_STATS))
  @ApiOkResponse({ type: RegistryDashboardView })
  @ApiOperation({
    summary:
      'Organizations of an area and its children one level down: by tier (R5), urban/rural, category, the Party-led share (R10), tiers by county',
  })
  registry(
    @Query() query: DashboardQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<RegistryDashboardView> {
    return this.registryView(query, actor);
  }

  @Get('registry.xlsx')
  @Roles(...rolesWith(Permission.ORGANIZATION_STATS))
  @ApiProduces(XLSX)
  @ApiOkResponse(WORKBOOK)
  @ApiOperation({ summary: 'The registry dashboard as Excel, headed by its filter and time' })
  async registryXlsx(
    @Query() query: DashboardQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<StreamableFile> {
    const view = await this.registryView(query, actor);
    return workbookFile(await registryWorkbook(view, new Date()), `registry-${view.area.code}`);
  }

  @Get('cohorts')
  @Roles(...rolesWith(Permission.INCUBATION_READ))
  @ApiOkResponse({ type: CohortDashboardView })
  @ApiOperation({
    summary:
      'Incubation cohort outcomes (R16) per base and cohort and by area: applied, admitted, waitlisted, rejected, active, graduated, exited',
  })
  cohorts(
    @Query() query: DashboardQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<CohortDashboardView> {
    return this.cohortView(query, actor);
  }

  @Get('cohorts.xlsx')
  @Roles(...rolesWith(Permission.INCUBATION_READ))
  @ApiProduces(XLSX)
  @ApiOkResponse(WORKBOOK)
  @ApiOperation({
    summary: 'The cohort outcomes dashboard as Excel, headed by its filter and time',
  })
  async cohortsXlsx(
    @Query() query: DashboardQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<StreamableFile> {
    const view = await this.cohortView(query, actor);
    return workbookFile(await cohortWorkbook(view, new Date()), `cohorts-${view.area.code}`);
  }

  @Get('funding')
  @Roles(...rolesWith(Permission.FINANCE_READ))
  @ApiOkResponse({ type: FundingDashboardView })
  @ApiOperation({
    summary:
      'Funding by programme, fund and area (recipients’ streets) for a fiscal year: committed, in a batch, paid, released; rural (R14), public-welfare (R12), Party-led (R10) and eldercare (R21) shares against their targets',
  })
  funding(
    @Query() query: ProgrammeDashboardQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<FundingDashboardView> {
    return this.fundingView(query, actor);
  }

  @Get('funding.xlsx')
  @Roles(...rolesWith(Permission.FINANCE_READ))
  @ApiProduces(XLSX)
  @ApiOkResponse(WORKBOOK)
  @ApiOperation({
    summary: 'The funding dashboard as Excel (money in yuan), headed by its filter and time',
  })
  async fundingXlsx(
    @Query() query: ProgrammeDashboardQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<StreamableFile> {
    const view = await this.fundingView(query, actor);
    const bytes = await fundingWorkbook(view, this.names, new Date());
    return workbookFile(bytes, `funding-${view.area.code}`);
  }

  @Get('timeliness')
  @Roles(...rolesWith(Permission.FINANCE_READ))
  @ApiOkResponse({ type: TimelinessDashboardView })
  @ApiOperation({
    summary:
      'Days from application to decision (R16) and to first payment (R28) per programme and area: count, median and 90th percentile',
  })
  timeliness(
    @Query() query: TimelinessDashboardQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<TimelinessDashboardView> {
    return this.timelinessView(query, actor);
  }

  @Get('timeliness.xlsx')
  @Roles(...rolesWith(Permission.FINANCE_READ))
  @ApiProduces(XLSX)
  @ApiOkResponse(WORKBOOK)
  @ApiOperation({ summary: 'The timeliness dashboard as Excel, headed by its filter and time' })
  async timelinessXlsx(
    @Query() query: TimelinessDashboardQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<StreamableFile> {
    const view = await this.timelinessView(query, actor);
    return workbookFile(await timelinessWorkbook(view, new Date()), `timeliness-${view.area.code}`);
  }

  private async fundingView(query: ProgrammeDashboardQuery, actor: RpcActor) {
    const view = await this.rpc.call('finance.dashboard.funding', query, actor);
    return namedFunding(view, this.names);
  }

  /**
   * Each programme asked for its histograms (all four, or the one filtered), at once; merged and
   * summarized here (mergedTimeliness).
   */
  private async timelinessView(query: TimelinessDashboardQuery, actor: RpcActor) {
    const { programme, ...filter } = query;
    const programmes: readonly ProgrammeName[] = programme ? [programme] : PROGRAMMES;
    const answers: TimelinessHistograms[] = await Promise.all(
      programmes.map((p) => this.rpc.call(`${p}.dashboard.timeliness`, filter, actor)),
    );
    return namedTimeliness(mergedTimeliness(answers, query), this.names);
  }

  private async registryView(query: DashboardQuery, actor: RpcActor) {
    return namedRegistry(await this.rpc.call('organizations.dashboard', query, actor), this.names);
  }

  private async cohortView(query: DashboardQuery, actor: RpcActor) {
    const view = await this.rpc.call('incubation.dashboard.cohorts', query, actor);
    return namedCohorts(view, this.names);
  }
}

function workbookFile(bytes: Buffer, name: string): StreamableFile {
  return new StreamableFile(bytes, {
    type: XLSX,
    disposition: `attachment; filename="${name}.xlsx"`,
  });
}
