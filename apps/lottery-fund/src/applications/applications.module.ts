import { type DynamicModule, Module } from '@nestjs/common';
import { DisclosureModule } from '../disclosure/disclosure.module';
import type { LotteryFundEnv } from '../lottery-fund.env';
import { ApplicationOutcomeService } from './application-outcome.service';
import { ApplicationsQueries } from './applications.queries';
import { ApplicationsRepository } from './applications.repository';
import { ApplicationsRpcController } from './applications.rpc-controller';
import { ApplicationsService } from './applications.service';
import { ApprovalsService } from './approvals.service';
import { ContactUnmaskService } from './contact-unmask.service';
import { LotteryFundingModule } from './lottery-funding.module';
import { RankingService } from './ranking.service';
import { SUBMISSION_BATCHING, SubmissionWriter } from './submission-writer';

/**
 * Applications (R7, R13, R14, R21, R22, R27): submission, group-committed as the environment says
 * (SUBMISSION_BATCH_SIZE, SUBMISSION_BATCHES_AT_ONCE), assessment and the programme ranking,
 * decisions and withdrawals, which publish and retract notices (DisclosureModule) and ask finance
 * through the programme kit (LotteryFundingModule). No other feature needs its providers.
 */
@Module({})
export class ApplicationsModule {
  static forRoot(env: LotteryFundEnv): DynamicModule {
    return {
      module: ApplicationsModule,
      imports: [LotteryFundingModule, DisclosureModule],
      controllers: [ApplicationsRpcController],
      providers: [
        ApplicationsService,
        SubmissionWriter,
        {
          provide: SUBMISSION_BATCHING,
          useValue: {
            maxBatch: env.SUBMISSION_BATCH_SIZE,
            maxParallel: env.SUBMISSION_BATCHES_AT_ONCE,
          },
        },
        ApplicationsQueries,
        ApprovalsService,
        ContactUnmaskService,
        RankingService,
        ApplicationOutcomeService,
        ApplicationsRepository,
      ],
    };
  }
}
