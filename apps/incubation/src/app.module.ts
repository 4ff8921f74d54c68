import { serviceImports } from '@civic/platform/observability';
import { type DynamicModule, Module } from '@nestjs/common';
import { AdmissionDecisionsService } from './admissions/admission-decisions.service';
import { AdmissionQueries } from './admissions/admission-queries';
import { AdmissionsService } from './admissions/admissions.service';
import { BasesService } from './bases/bases.service';
import { CohortsService } from './cohorts/cohorts.service';
import { INCUBATION_DATABASE } from './database';
import { IncubateesRpcController } from './incubatees.rpc-controller';
import { IncubationFundingModule } from './incubatees/incubation-funding.module';
import { GraduationService } from './incubatees/graduation.service';
import { IncubateeQueries } from './incubatees/incubatee-queries';
import { PlacementService } from './incubatees/placement.service';
import { SubsidiesService } from './incubatees/subsidies.service';
import { TrainingService } from './training/training.service';
import type { IncubationEnv } from './incubation.env';
import { IncubationHealthRpcController } from './incubation-health.rpc-controller';
import { IncubationInbox } from './incubation.inbox';
import { IncubationRpcController } from './incubation.rpc-controller';

/**
 * Incubation bases (R4, R11, R15, R16): bases, venues, cohorts, ranked admission, incubation
 * records (venues, in-kind support, training, start-up subsidies, graduation), its copy of organizations.
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
        IncubationFundingModule,
      ],
      controllers: [
        IncubationRpcController,
        IncubateesRpcController,
        IncubationHealthRpcController,
      ],
      providers: [
        BasesService,
        CohortsService,
        AdmissionsService,
        AdmissionQueries,
        AdmissionDecisionsService,
        IncubateeQueries,
        PlacementService,
        SubsidiesService,
        GraduationService,
        TrainingService,
      ],
    };
  }
}
