import { AuditRpcModule } from '@civic/platform/audit';
import { serviceImports } from '@civic/platform/observability';
import { PiiModule } from '@civic/platform/pii';
import { type DynamicModule, Module } from '@nestjs/common';
import { AwardsModule } from './awards/awards.module';
import { VentureFundingModule } from './awards/venture-funding.module';
import { CallsModule } from './calls/calls.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { VENTURE_DATABASE } from './database';
import { ProposalsModule } from './proposals/proposals.module';
import { ReviewsModule } from './reviews/reviews.module';
import { VentureWorkQueueModule } from './work-queue/work-queue.module';
import type { VentureEnv } from './venture.env';
import { VentureHealthRpcController } from './venture-health.rpc-controller';
import { VentureInbox } from './venture.inbox';

/**
 * Venture philanthropy (R17–R19): the platform (database, messaging with the inbox, health,
 * audit), the programme kit's funding module, and one module per feature: calls, proposals,
 * reviews (the pool, the draw, scores), awards (with their tranches).
 */
@Module({})
export class AppModule {
  static forRoot(env: VentureEnv): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...serviceImports('venture', env, VENTURE_DATABASE, {
          provider: VentureInbox,
          imports: [VentureFundingModule],
        }),
        PiiModule.forRoot({ key: env.PII_KEY, keyId: env.PII_KEY_ID }),
        AuditRpcModule.forService('venture'),
        VentureFundingModule,
        CallsModule,
        ProposalsModule.forRoot(env),
        ReviewsModule,
        AwardsModule,
        VentureWorkQueueModule,
        DashboardModule,
      ],
      controllers: [VentureHealthRpcController],
    };
  }
}
