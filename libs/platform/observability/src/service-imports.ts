import { AuditModule } from '@civic/platform/audit';
import type { ServiceEnv } from '@civic/platform/config';
import { DatabaseModule, type ServiceDatabase } from '@civic/platform/database';
import {
  type InboxBindingProvider,
  MessagingModule,
  messagingSettingsFrom,
} from '@civic/platform/messaging';
import type { DynamicModule, Type } from '@nestjs/common';
import { HealthModule } from './health.module';
import { loggingModule } from './logging.module';
import { MetricsModule } from './metrics';

/**
 * What every service's root module imports: logging under its name, its own schema, the outbox
 * and its inbox (with the modules its handlers need), health, metrics and the audit trail.
 */
export function serviceImports(
  name: string,
  env: ServiceEnv,
  database: ServiceDatabase,
  inbox?: { provider: Type<InboxBindingProvider>; imports?: DynamicModule['imports'] },
): NonNullable<DynamicModule['imports']> {
  return [
    loggingModule(name, env.LOG_LEVEL),
    DatabaseModule.forService({ database, url: env.DATABASE_URL, poolSize: env.DB_POOL_SIZE }),
    MessagingModule.forService(messagingSettingsFrom(name, env), inbox),
    HealthModule.forService(env.REDIS_URL),
    MetricsModule.forService({ service: name, redisUrl: env.REDIS_URL, prefix: env.CIVIC_PREFIX }),
    AuditModule,
  ];
}
