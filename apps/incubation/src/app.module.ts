import { AuditRpcModule } from '@civic/platform/audit';
import { serviceImports } from '@civic/platform/observability';
import { PiiModule } from '@civic/platform/pii';
import { type DynamicModule, Module } from '@nestjs/common';
import { AdmissionsModule } from './admissions/admissions.module';
import { BasesModule } from './bases/bases.module';
import { CohortsModule } from './cohorts/cohorts.module';
import { INCUBATION_DATABASE } from './database';
import { DashboardModule } from './dashboard/dashboard.module';
import { IncubateesModule } from './incubatees/incubatees.module';
import { IncubationFundingModule } from './incubatees/incubation-funding.module';
import type { IncubationEnv } from './incubation.env';
import { IncubationHealthRpcController } from './incubation-health.rpc-controller';
import { IncubationInbox } from './incubation.inbox';
import { TrainingModule } from './training/training.module';
import { IncubationWorkQueueModule } from './work-queue/work-queue.module';

/**
 * Incubation bases (R4, R11, R15, R16): the platform (database, messaging with the inbox, health,
 * audit), the programme kit's funding module, and one module per feature: bases and venues,
 * cohorts, ranked admission, incubation records (places, in-kind support, start-up subsidies,
 * graduation), training.
 */
@Module({})
export class AppModule {
  static forRoot(env: IncubationEnv): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...serviceImports('incubation', env, INCUBATION_DATABASE, {
          provider: IncubationInbox,
          imports: [IncubationFundingModule],
        }),
        PiiModule.forRoot({ key: env.PII_KEY, keyId: env.PII_KEY_ID }),
        AuditRpcModule.forService('incubation'),
        IncubationFundingModule,
        BasesModule,
        CohortsModule,
        AdmissionsModule,
        IncubateesModule,
        TrainingModule,
        IncubationWorkQueueModule,
        DashboardModule,
      ],
      controllers: [IncubationHealthRpcController],
    };
  }
}
