import {
  ListOrganizationsQuery,
  OrganizationStatsQuery,
  type OrganizationStatsView,
  type OrganizationView,
  type Page,
  RegisterOrganizationDto,
  type RpcActor,
  UpdateOrganizationDto,
} from '@civic/contracts';
import { RpcClient } from '@civic/platform/rpc';
import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../auth/current-actor.decorator';
import { uuidParam } from '../http/uuid-param.pipe';

/** The registry of community social organizations (R1–R5, R10, R29). */
@ApiTags('organizations')
@Controller('v1/organizations')
export class OrganizationsController {
  constructor(private readonly rpc: RpcClient) {}

  @Post()
  @ApiOperation({ summary: 'Register an organization; its tier (R5) is decided with reasons' })
  register(
    @Body() body: RegisterOrganizationDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<OrganizationView> {
    return this.rpc.call('organizations.register', body, actor);
  }

  @Get()
  @ApiOperation({ summary: 'List organizations, filtered by county, tier, category, urban/rural' })
  list(
    @Query() query: ListOrganizationsQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<Page<OrganizationView>> {
    return this.rpc.call('organizations.list', query, actor);
  }

  @Get('stats')
  @ApiOperation({ summary: 'Counts by tier and urban/rural, and the Party-led share (R10)' })
  stats(
    @Query() query: OrganizationStatsQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<OrganizationStatsView> {
    return this.rpc.call('organizations.stats', query, actor);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One organization, with its tier decision and reasons' })
  get(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: RpcActor,
  ): Promise<OrganizationView> {
    return this.rpc.call('organizations.get', { id }, actor);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change an organization; its tier is decided again' })
  update(
    @Param('id', uuidParam()) id: string,
    @Body() changes: UpdateOrganizationDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<OrganizationView> {
    return this.rpc.call('organizations.update', { id, changes }, actor);
  }
}
