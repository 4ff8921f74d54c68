import { AuditRpcModule } from '@civic/platform/audit';
import { serviceImports } from '@civic/platform/observability';
import { PiiModule } from '@civic/platform/pii';
import { type DynamicModule, Module } from '@nestjs/common';
import { ApplicationsModule } from './applications/applications.module';
import { LotteryFundingModule } from './applications/lottery-funding.module';
import { LOTTERY_FUND_DATABASE } from './database';
import { DashboardModule } from './dashboard/dashboard.module';
import { DisclosureModule } from './disclosure/disclosure.module';
import type { LotteryFundEnv } from './lottery-fund.env';
import { LotteryFundHealthRpcController } from './lottery-fund-health.rpc-controller';
import { LotteryFundInbox } from './lottery-fund.inbox';
import { ProgrammesModule } from './programmes/programmes.module';
import { LotteryWorkQueueModule } from './work-queue/work-queue.module';

/**
 * Lottery welfare fund subsidies (R20–R23): the platform (database, messaging with the inbox,
 * health, audit), the programme kit's funding module, and one module per feature: programmes,
 * applications, disclosure.
 */
@Module({})
export class AppModule {
  static forRoot(env: LotteryFundEnv): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...serviceImports('lottery-fund', env, LOTTERY_FUND_DATABASE, {
          provider: LotteryFundInbox,
          imports: [LotteryFundingModule],
        }),
        PiiModule.forRoot({ key: env.PII_KEY, keyId: env.PII_KEY_ID }),
        AuditRpcModule.forService('lottery-fund'),
        LotteryFundingModule,
        ProgrammesModule,
        ApplicationsModule.forRoot(env),
        DisclosureModule,
        LotteryWorkQueueModule,
        DashboardModule,
      ],
      controllers: [LotteryFundHealthRpcController],
    };
  }
}
