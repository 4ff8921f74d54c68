import { AuditModule } from '@civic/platform/audit';
import { DatabaseModule } from '@civic/platform/database';
import { HealthModule, loggingModule, MetricsModule } from '@civic/platform/observability';
import { type DynamicModule, Module } from '@nestjs/common';
import { GatewayAuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { GATEWAY_DATABASE } from './database';
import { DashboardsController } from './dashboards/dashboards.controller';
import { DivisionsController, PublicDivisionsController } from './divisions/divisions.controller';
import { ExportsModule } from './exports/exports.module';
import { FormDraftsModule } from './drafts/form-drafts.module';
import { BatchesController } from './finance/batches.controller';
import { ClawbacksController } from './finance/clawbacks.controller';
import { FinanceController } from './finance/finance.controller';
import { PaymentsController } from './finance/payments.controller';
import { IncubateesController } from './incubation/incubatees.controller';
import { VentureReviewsController } from './venture/reviews.controller';
import { VentureController } from './venture/venture.controller';
import { ProcurementCatalogueController } from './procurement/catalogue.controller';
import { ProcurementContractsController } from './procurement/contracts.controller';
import { ProcurementDirectoryController } from './procurement/directory.controller';
import { ProcurementEvaluationController } from './procurement/evaluation.controller';
import { ProcurementProjectsController } from './procurement/projects.controller';
import { IncubationController } from './incubation/incubation.controller';
import { DisclosureController } from './lottery/disclosure.controller';
import { LotteryController } from './lottery/lottery.controller';
import type { GatewayEnv } from './gateway.env';
import { GatewayHealthController } from './health/gateway-health.controller';
import { GatewayMetricsController } from './health/gateway-metrics.controller';
import { QueueDashboardModule } from './queues/queue-dashboard.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OrganizationsController } from './organizations/organizations.controller';
import { OrganizationImporter } from './organizations/import/organization-importer';
import { OrganizationsImportController } from './organizations/organizations-import.controller';
import { PoliciesController, PublicPoliciesController } from './policies/policies.controller';
import { RateLimitModule } from './http/rate-limits';
import { GatewayRedisModule } from './redis/gateway-redis.module';
import { RpcModule } from './rpc/rpc.module';
import { KnownUsers } from './users/known-users';
import { UsersModule } from './users/users.module';
import { WorkController } from './work/work.controller';

@Module({})
export class AppModule {
  static forRoot(env: GatewayEnv): DynamicModule {
    const auth = AuthModule.forRoot(env);
    return {
      module: AppModule,
      imports: [
        loggingModule('gateway', env.LOG_LEVEL),
        DatabaseModule.forService({
          database: GATEWAY_DATABASE,
          url: env.DATABASE_URL,
          poolSize: env.DB_POOL_SIZE,
        }),
        GatewayRedisModule.forRoot(env.REDIS_URL, env.CIVIC_PREFIX),
        RpcModule.forRoot({
          redisUrl: env.REDIS_URL,
          prefix: env.CIVIC_PREFIX,
          timeoutMs: env.RPC_TIMEOUT_MS,
        }),
        HealthModule.redisOnly(env.REDIS_URL),
        MetricsModule.forGateway({ redisUrl: env.REDIS_URL, prefix: env.CIVIC_PREFIX }),
        AuditModule,
        RateLimitModule.forRoot(env),
        auth,
        UsersModule.forRoot(auth, env.DEMO_USERS === 'true'),
        GatewayAuditModule,
        NotificationsModule.forRoot(env), // issue #18: the gateway's inbox and /v1/me notices
        ExportsModule.forRoot(env.EXPORT_PAGE_SIZE),
        FormDraftsModule, // issue #18: autosaved drafts of the applicant forms, under /v1/me
        QueueDashboardModule.forRoot(env, auth), // issue #20: bull-board for administrators
      ],
      controllers: [
        OrganizationsController,
        OrganizationsImportController, // issue #18: import from Excel
        FinanceController,
        ClawbacksController,
        BatchesController,
        PaymentsController,
        LotteryController,
        DisclosureController,
        IncubationController,
        IncubateesController,
        VentureController,
        VentureReviewsController,
        ProcurementCatalogueController,
        ProcurementContractsController,
        ProcurementDirectoryController,
        ProcurementProjectsController,
        ProcurementEvaluationController,
        DashboardsController,
        DivisionsController,
        PublicDivisionsController,
        PoliciesController,
        PublicPoliciesController,
        GatewayHealthController,
        GatewayMetricsController, // issue #20: GET /metrics
        WorkController,
      ],
      // The users a request names for a service to keep, checked before the call (R18).
      providers: [KnownUsers, OrganizationImporter],
    };
  }
}
