import {
  DecidePolicyDto,
  ErrorView,
  ListPoliciesQuery,
  type Page,
  PoliciesInForceView,
  PolicyDocumentView,
  PolicyInForceQuery,
  PolicyPageView,
  ProposePolicyDto,
  type RpcActor,
} from '@civic/contracts';
import { Permission, rolesWith } from '@civic/domain/access';
import type { PolicyChangeEvent } from '@civic/domain/policy';
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
import { ApiExport, ListExporter } from '../exports';
import { POLICIES_EXPORT, PoliciesExportQuery } from './policies.export-columns';

/**
 * Policy as data (issue #17): every [policy] number of domain.md as versioned documents, changed
 * four eyes (R28) and seen by everyone who decides with them.
 */
@ApiTags('policies')
@ApiResponse({ status: '4XX', type: ErrorView, description: 'Refused; nothing changed' })
@ApiBearerAuth()
@Controller('v1/policies')
export class PoliciesController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly exports: ListExporter,
  ) {}

  @Get()
  @Roles(...rolesWith(Permission.POLICY_READ))
  @ApiOkResponse({ type: PolicyPageView })
  @ApiOperation({ summary: 'Policy versions, newest proposal first, by kind, region and status' })
  list(
    @Query() query: ListPoliciesQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<Page<PolicyDocumentView>> {
    return this.rpc.call('organizations.policies.list', query, actor);
  }

  @Get('export.xlsx')
  @Roles(...rolesWith(Permission.POLICY_READ))
  @ApiExport('Export the policy versions (by kind, region and status) as Excel')
  exportList(
    @Query() query: PoliciesExportQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<StreamableFile> {
    return this.exports.stream(POLICIES_EXPORT, query, (page) =>
      this.rpc.call('organizations.policies.list', page, actor),
    );
  }

  @Get('in-force')
  @Roles(...rolesWith(Permission.POLICY_READ))
  @ApiOkResponse({ type: PoliciesInForceView })
  @ApiOperation({
    summary:
      'The version of every kind in force for a region on a day (a county’s over its city’s over the province’s)',
  })
  inForce(
    @Query() query: PolicyInForceQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<PoliciesInForceView> {
    return this.rpc.call('organizations.policies.in-force', query, actor);
  }

  @Get(':id')
  @Roles(...rolesWith(Permission.POLICY_READ))
  @ApiOkResponse({ type: PolicyDocumentView })
  @ApiOperation({ summary: 'One policy version, with who proposed and decided it' })
  get(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: RpcActor,
  ): Promise<PolicyDocumentView> {
    return this.rpc.call('organizations.policies.get', { id }, actor);
  }

  @Post()
  @Idempotent()
  @Roles(...rolesWith(Permission.POLICY_PROPOSE))
  @ApiCreatedResponse({ type: PolicyDocumentView })
  @ApiOperation({
    summary:
      'Propose a new version of a policy with a reason and an effective date; its body is checked against its kind (400 naming the field); a second administrator approves it (R28)',
  })
  propose(
    @Body() body: ProposePolicyDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<PolicyDocumentView> {
    return this.rpc.call('organizations.policies.propose', body, actor);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Roles(...rolesWith(Permission.POLICY_APPROVE))
  @ApiOkResponse({ type: PolicyDocumentView })
  @ApiOperation({
    summary:
      'Approve a proposed version: another administrator than its proposer (R28); every service receives it; it applies from its effective date',
  })
  approve(
    @Param('id', uuidParam()) id: string,
    @Body() body: DecidePolicyDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<PolicyDocumentView> {
    return this.decide(id, 'APPROVE', body, actor);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Roles(...rolesWith(Permission.POLICY_APPROVE))
  @ApiOkResponse({ type: PolicyDocumentView })
  @ApiOperation({ summary: 'Reject a proposed version: another administrator than its proposer' })
  reject(
    @Param('id', uuidParam()) id: string,
    @Body() body: DecidePolicyDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<PolicyDocumentView> {
    return this.decide(id, 'REJECT', body, actor);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Roles(...rolesWith(Permission.POLICY_PROPOSE))
  @ApiOkResponse({ type: PolicyDocumentView })
  @ApiOperation({ summary: 'Withdraw one’s own proposed version while it waits' })
  withdraw(
    @Param('id', uuidParam()) id: string,
    @Body() body: DecidePolicyDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<PolicyDocumentView> {
    return this.decide(id, 'WITHDRAW', body, actor);
  }

  private decide(id: string, event: PolicyChangeEvent, body: DecidePolicyDto, actor: RpcActor) {
    return this.rpc.call(
      'organizations.policies.decide',
      { id, event, ...(body?.note ? { note: body.note } : {}) },
      actor,
    );
  }
}

/** The public rules page (issue #17): how ranking works, before anyone applies; no names. */
@ApiTags('policies')
@ApiResponse({ status: '4XX', type: ErrorView, description: 'Refused; nothing changed' })
@Controller('v1')
export class PublicPoliciesController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly exports: ListExporter,
  ) {}

  @Get('public/policies')
  @Public()
  @ApiOkResponse({ type: PoliciesInForceView })
  @ApiOperation({
    summary:
      'No login: the priority bonuses (R13), the rural reserve (R14) and the eldercare floor (R21) in force for a region',
  })
  inForce(@Query() query: PolicyInForceQuery): Promise<PoliciesInForceView> {
    return this.rpc.call(
      'organizations.policies.in-force',
      { ...query, public: true },
      { userId: 'public', roles: [] },
    );
  }
}
