import {
  CohortDashboardView,
  DashboardQuery,
  ErrorView,
  FundingDashboardView,
  ProgrammeDashboardQuery,
  RegistryDashboardView,
  type RpcActor,
  TimelinessDashboardView,
} from '@civic/contracts';
import { Permission, rolesWith } from '@civic/domain/access';
import { RpcClient } from '@civic/platform/rpc';
import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtraModels,
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
import { namedCohorts, namedRegistry } from './named-views';
import { registryWorkbook } from './registry-export';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const WORKBOOK = { description: 'An Excel workbook', schema: { type: 'string', format: 'binary' } };

/**
 * Dashboards (issue #18), each read by the owning service from its tallies (never its raw rows),
 * with the divisions named here, and an Excel export under each. Services scope them: a street
 * officer sees its street, base staff their base. The funding and timeliness views are described
 * (extra models) for clients to build against before their routes exist.
 */
@ApiTags('dashboards')
@ApiExtraModels(FundingDashboardView, TimelinessDashboardView, ProgrammeDashboardQuery)
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
