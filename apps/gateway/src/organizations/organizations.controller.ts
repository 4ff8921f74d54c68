import {
  ListOrganizationsQuery,
  OrganizationStatsQuery,
  OrganizationPageView,
  OrganizationStatsView,
  OrganizationView,
  UnmaskedOrganizationContactView,
  UnmaskedResidentIdView,
  type Page,
  RegisterOrganizationDto,
  RepublishedView,
  ResidentIdLookupDto,
  type RpcActor,
  UpdateOrganizationDto,
  ErrorView,
} from '@civic/contracts';
import { Permission, rolesWith } from '@civic/domain/access';
import { RpcClient } from '@civic/platform/rpc';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiResponse,
  ApiCreatedResponse,
} from '@nestjs/swagger';
import { Roles } from '../auth/access.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ApiIntParam, intParam } from '../http/int-param.pipe';
import { uuidParam } from '../http/uuid-param.pipe';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { ApiExport, ListExporter } from '../exports';
import { ORGANIZATIONS_EXPORT, OrganizationsExportQuery } from './organizations.export-columns';

/** The registry of community social organizations (R1–R5, R10, R29). */
@ApiTags('organizations')
@ApiResponse({ status: '4XX', type: ErrorView, description: 'Refused; nothing changed' })
@ApiBearerAuth()
@Controller('v1/organizations')
export class OrganizationsController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly exports: ListExporter,
  ) {}

  @Post()
  @Idempotent()
  @Roles(...rolesWith(Permission.ORGANIZATION_REGISTER))
  @ApiCreatedResponse({ type: OrganizationView })
  @ApiOperation({ summary: 'Register an organization; its tier (R5) is decided with reasons' })
  register(
    @Body() body: RegisterOrganizationDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<OrganizationView> {
    return this.rpc.call('organizations.register', body, actor);
  }

  @Get()
  @Roles(...rolesWith(Permission.ORGANIZATION_READ))
  @ApiOkResponse({ type: OrganizationPageView })
  @ApiOperation({ summary: 'List organizations, filtered by county, tier, category, urban/rural' })
  list(
    @Query() query: ListOrganizationsQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<Page<OrganizationView>> {
    return this.rpc.call('organizations.list', query, actor);
  }

  @Get('export.xlsx')
  @Roles(...rolesWith(Permission.ORGANIZATION_READ))
  @ApiExport('Export the organizations the filters find as Excel (a street officer: its street)')
  exportList(
    @Query() query: OrganizationsExportQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<StreamableFile> {
    return this.exports.stream(ORGANIZATIONS_EXPORT, query, (page) =>
      this.rpc.call('organizations.list', page, actor),
    );
  }

  @Get('stats')
  @Roles(...rolesWith(Permission.ORGANIZATION_STATS))
  @ApiOkResponse({ type: OrganizationStatsView })
  @ApiOperation({ summary: 'Counts by tier and urban/rural, and the Party-led share (R10)' })
  stats(
    @Query() query: OrganizationStatsQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<OrganizationStatsView> {
    return this.rpc.call('organizations.stats', query, actor);
  }

  @Post('lookup-by-resident-id')
  @Roles(...rolesWith(Permission.ORGANIZATION_READ))
  @HttpCode(200)
  @ApiOkResponse({ type: [OrganizationView] })
  @ApiOperation({
    summary:
      'Organizations (in your scope) led by a person, found by the keyed hash of their resident ID number (R30); audited',
  })
  findByResidentId(
    @Body() body: ResidentIdLookupDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<OrganizationView[]> {
    return this.rpc.call('organizations.find-by-resident-id', body, actor);
  }

  @Post('snapshots/republish')
  @Roles(...rolesWith(Permission.ORGANIZATION_REPUBLISH))
  @HttpCode(200)
  @ApiOkResponse({ type: RepublishedView })
  @ApiOperation({
    summary:
      'Publish every organization’s snapshot again, for a service that started consuming them late; consumers keep only newer versions',
  })
  republishSnapshots(@CurrentActor() actor: RpcActor): Promise<RepublishedView> {
    return this.rpc.call('organizations.republish-snapshots', {}, actor);
  }

  @Get(':id')
  @Roles(...rolesWith(Permission.ORGANIZATION_READ))
  @ApiOkResponse({ type: OrganizationView })
  @ApiOperation({ summary: 'One organization, with its tier decision and reasons' })
  get(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: RpcActor,
  ): Promise<OrganizationView> {
    return this.rpc.call('organizations.get', { id }, actor);
  }

  @Patch(':id')
  @Roles(...rolesWith(Permission.ORGANIZATION_UPDATE))
  @ApiOkResponse({ type: OrganizationView })
  @ApiOperation({ summary: 'Change an organization; its tier is decided again' })
  update(
    @Param('id', uuidParam()) id: string,
    @Body() changes: UpdateOrganizationDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<OrganizationView> {
    return this.rpc.call('organizations.update', { id, changes }, actor);
  }

  @Post(':id/leaders/:index/resident-id')
  @ApiIntParam('index', 0, 99)
  @Roles(...rolesWith(Permission.PERSONAL_DATA_UNMASK))
  @HttpCode(200)
  @ApiOkResponse({ type: UnmaskedResidentIdView })
  @ApiOperation({
    summary: "Show a leader's full resident ID number (R30); needs a permission and is audited",
  })
  unmaskResidentId(
    @Param('id', uuidParam()) id: string,
    @Param('index', intParam('index', 0, 99)) index: number,
    @CurrentActor() actor: RpcActor,
  ): Promise<UnmaskedResidentIdView> {
    return this.rpc.call('organizations.unmask-resident-id', { id, index }, actor);
  }

  @Post(':id/contact/unmask')
  @Roles(...rolesWith(Permission.CONTACT_UNMASK))
  @HttpCode(200)
  @ApiOkResponse({ type: UnmaskedOrganizationContactView })
  @ApiOperation({
    summary:
      "Show an organization's contact phone and custodian account number in full (R30): officers and finance staff only; audited (R31)",
  })
  unmaskContact(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: RpcActor,
  ): Promise<UnmaskedOrganizationContactView> {
    return this.rpc.call('organizations.unmask-contact', { id }, actor);
  }
}
