import { serviceImports } from '@civic/platform/observability';
import { type DynamicModule, Module } from '@nestjs/common';
import { ApplicationQueries } from './applications/application-queries';
import { ApplicationsService } from './applications/applications.service';
import { ApprovalsService } from './applications/approvals.service';
import { RankingService } from './applications/ranking.service';
import { SUBMISSION_BATCHING, SubmissionWriter } from './applications/submission-writer';
import { LotteryFundingModule } from './applications/lottery-funding.module';
import { LOTTERY_FUND_DATABASE } from './database';
import { DisclosureModule } from './disclosure/disclosure.module';
import { YearOverviewService } from './disclosure/year-overview.service';
import { AnnualReportService } from './disclosure/annual-report.service';
import type { LotteryFundEnv } from './lottery-fund.env';
import { LotteryFundHealthRpcController } from './lottery-fund-health.rpc-controller';
import { LotteryFundRpcController } from './lottery-fund.rpc-controller';
import { LotteryFundInbox } from './lottery-fund.inbox';
import { ProgrammesService } from './programmes/programmes.service';

/** Lottery welfare fund subsidies (R20–R23): programmes, applications, its copy of organizations. */
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
        LotteryFundingModule,
        DisclosureModule,
      ],
      controllers: [LotteryFundRpcController, LotteryFundHealthRpcController],
      providers: [
        ProgrammesService,
        ApplicationsService,
        SubmissionWriter,
        {
          provide: SUBMISSION_BATCHING,
          useValue: {
            maxBatch: env.SUBMISSION_BATCH_SIZE,
            maxParallel: env.SUBMISSION_BATCHES_AT_ONCE,
          },
        },
        ApplicationQueries,
        ApprovalsService,
        YearOverviewService,
        AnnualReportService,
        RankingService,
      ],
    };
  }
}
