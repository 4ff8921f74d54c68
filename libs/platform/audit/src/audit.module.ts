import { type DynamicModule, Global, Module } from '@nestjs/common';
import { AuditTrail } from './audit-trail';

/**
 * Gives every provider of a service the `AuditTrail` (rule R31): import `AuditModule` (or
 * `AuditModule.forService()`) once in the app module. Add `AUDIT_ENTITIES` to the service's
 * entities and generate a migration for its `audit_entry` table.
 */
@Global()
@Module({ providers: [AuditTrail], exports: [AuditTrail] })
export class AuditModule {
  static forService(): DynamicModule {
    return { module: AuditModule, global: true, providers: [AuditTrail], exports: [AuditTrail] };
  }
}
