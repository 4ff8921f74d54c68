import { AuditReader } from '@civic/platform/audit';
import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { AuditSources } from './audit-sources';

/** The administrators' audit trail (R31): the gateway's own chain read here, the others by RPC. */
@Module({
  controllers: [AuditController],
  providers: [AuditReader, AuditSources],
})
export class GatewayAuditModule {}
