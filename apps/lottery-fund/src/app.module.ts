import { AuditModule } from '@civic/platform/audit';
import { DatabaseModule } from '@civic/platform/database';
import { MessagingModule, messagingSettingsFrom } from '@civic/platform/messaging';
import { HealthModule, loggingModule } from '@civic/platform/observability';
import { type DynamicModule, Module } from '@nestjs/common';
import { ApplicationQueries } from './applications/application-queries';
import { ApplicationsService } from './applications/applications.service';
import { ApprovalsService } from './applications/approvals.service';
import { RankingService } from './applications/ranking.service';
import { FinanceAnswersModule } from './applications/finance-answers.module';
import { LOTTERY_FUND_DATABASE } from './database';
import { DisclosureService } from './disclosure/disclosure.service';
import { YearOverviewService } from './disclosure/year-overview.service';
import { AnnualReportService } from './disclosure/annual-report.service';
import type { LotteryFundEnv } from './lottery-fund.env';
import { LotteryFundHealthRpcController } from './lottery-fund-health.rpc-controller';
import { LotteryFundRpcController } from './lottery-fund.rpc-controller';
import { LotteryFundInbox } from './organizations/organizations.inbox';
import { ProgrammesService } from './programmes/programmes.service';

/** Lottery welfare fund subsidies (R20–R23): programmes, applications, its copy of organizations. */
@Module({})
export class AppModule {
  static forRoot(env: LotteryFundEnv): DynamicModule {
    return {
      module: AppModule,
      imports: [
        loggingModule('lottery-fund', env.LOG_LEVEL),
        DatabaseModule.forService({
          database: LOTTERY_FUND_DATABASE,
          url: env.DATABASE_URL,
          poolSize: env.DB_POOL_SIZE,
        }),
        MessagingModule.forService(messagingSettingsFrom('lottery-fund', env), {
          provider: LotteryFundInbox,
          imports: [FinanceAnswersModule],
        }),
        HealthModule.forService(env.REDIS_URL),
        AuditModule,
      ],
      controllers: [LotteryFundRpcController, LotteryFundHealthRpcController],
      providers: [
        ProgrammesService,
        ApplicationsService,
        ApplicationQueries,
        ApprovalsService,
        DisclosureService,
        YearOverviewService,
        AnnualReportService,
        RankingService,
      ],
    };
  }
}
