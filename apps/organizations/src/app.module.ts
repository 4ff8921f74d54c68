import { AuditRpcModule } from '@civic/platform/audit';
import { serviceImports } from '@civic/platform/observability';
import { PiiModule } from '@civic/platform/pii';
import { type DynamicModule, Module } from '@nestjs/common';
import { ORGANIZATIONS_DATABASE } from './database';
import { DashboardModule } from './dashboard/dashboard.module';
import { GraduationModule } from './graduation/graduation.module';
import type { OrganizationsEnv } from './organizations.env';
import { OrganizationsHealthRpcController } from './organizations-health.rpc-controller';
import { OrganizationsInbox } from './organizations.inbox';
import { OrganizationsModule } from './organizations/organizations.module';
import { PolicyModule } from './policy/policy.module';
import { OrganizationsWorkQueueModule } from './work-queue/work-queue.module';

/**
 * The organization registry: the platform (database, messaging with the inbox, health, audit),
 * the cipher for personal data (R30), and one module per feature: organizations, policy,
 * graduation.
 */
@Module({})
export class AppModule {
  static forRoot(env: OrganizationsEnv): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...serviceImports('organizations', env, ORGANIZATIONS_DATABASE, {
          provider: OrganizationsInbox,
          imports: [GraduationModule],
        }),
        PiiModule.forRoot({ key: env.PII_KEY, keyId: env.PII_KEY_ID }),
        AuditRpcModule.forService('organizations'),
        OrganizationsModule,
        PolicyModule,
        GraduationModule,
        OrganizationsWorkQueueModule,
        DashboardModule,
      ],
      controllers: [OrganizationsHealthRpcController],
    };
  }
}
