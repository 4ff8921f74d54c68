import {
  AUDITED_SERVICES,
  type AuditedService,
  AuditEntryPage,
  AuditFilterQuery,
  AuditSearchQuery,
  AuditVerificationView,
  ErrorView,
  type RpcActor,
} from '@civic/contracts';
import { Permission, rolesWith } from '@civic/domain/access';
import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '../auth/access.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { beijingTimeText } from './audit-export-sheet';
import { EXPORT_PAGE_SIZE, streamAuditWorkbook } from './audit-export';
import { AuditServicePipe } from './audit-service.pipe';
import { AuditSources } from './audit-sources';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const ServiceParam = () =>
  ApiParam({
    name: 'service',
    enum: AUDITED_SERVICES,
    enumName: 'AuditedService',
    description: 'Whose audit chain: the gateway (users, sign-in) or a domain service',
  });

/**
 * The audit trail for administrators (R31): each service's chain searched by subject, actor,
 * action and days, each entry with its before and after (personal data masked, R30), the chain's
 * verification, and an Excel export with the same filters. Read-only.
 */
@ApiTags('audit')
@ApiResponse({ status: '4XX', type: ErrorView, description: 'Refused; nothing changed' })
@ApiBearerAuth()
@Controller('v1/audit')
export class AuditController {
  constructor(private readonly sources: AuditSources) {}

  @Get(':service/entries')
  @Roles(...rolesWith(Permission.AUDIT_READ))
  @ServiceParam()
  @ApiOkResponse({ type: AuditEntryPage })
  @ApiOperation({
    summary:
      "A page of a service's audit entries, newest first, by subject, actor, action and days (Beijing time); personal data masked (R30, R31)",
  })
  entries(
    @Param('service', AuditServicePipe) service: AuditedService,
    @Query() query: AuditSearchQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<AuditEntryPage> {
    return this.sources.search(service, query, actor);
  }

  @Get(':service/verification')
  @Roles(...rolesWith(Permission.AUDIT_READ))
  @ServiceParam()
  @ApiOkResponse({ type: AuditVerificationView })
  @ApiOperation({
    summary:
      "Verify a service's whole audit chain: intact up to seq N, or the first broken entry and why (R31)",
  })
  verification(
    @Param('service', AuditServicePipe) service: AuditedService,
    @CurrentActor() actor: RpcActor,
  ): Promise<AuditVerificationView> {
    return this.sources.verify(service, actor);
  }

  @Get(':service/entries.xlsx')
  @Roles(...rolesWith(Permission.AUDIT_READ))
  @ServiceParam()
  @ApiProduces(XLSX)
  @ApiOkResponse({ description: 'An Excel workbook', schema: { type: 'string', format: 'binary' } })
  @ApiOperation({
    summary:
      "Export a service's audit entries with the same filters as Excel, streamed: the filters and the time of export (Beijing time) above Chinese headers (R31)",
  })
  async export(
    @Param('service', AuditServicePipe) service: AuditedService,
    @Query() filter: AuditFilterQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<StreamableFile> {
    const page = (beforeSeq?: number) =>
      this.sources.search(service, { ...filter, pageSize: EXPORT_PAGE_SIZE, beforeSeq }, actor);
    const first = await page();
    const stamp = beijingTimeText(new Date()).replace(/\D/g, '').slice(0, 12);
    return new StreamableFile(streamAuditWorkbook(service, filter, first, page), {
      type: XLSX,
      disposition: `attachment; filename="audit-${service}-${stamp}.xlsx"`,
    });
  }
}
