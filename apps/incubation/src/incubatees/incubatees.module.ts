import { Module } from '@nestjs/common';
import { GraduationService } from './graduation.service';
import { IncubateesQueries } from './incubatees.queries';
import { IncubateesRepository } from './incubatees.repository';
import { IncubateesRpcController } from './incubatees.rpc-controller';
import { IncubationFundingModule } from './incubation-funding.module';
import { PlacementService } from './placement.service';
import { SubsidiesService } from './subsidies.service';
import { SubsidyAccountUnmaskService } from './subsidy-account-unmask.service';

/**
 * Incubation records (R4, R15, R16): places and in-kind support, activities, the start-up subsidy
 * (asked of finance through the programme kit) with the audited unmasking of its payee account
 * (R30, R31), graduation and exit.
 */
@Module({
  imports: [IncubationFundingModule],
  controllers: [IncubateesRpcController],
  providers: [
    IncubateesQueries,
    IncubateesRepository,
    PlacementService,
    SubsidiesService,
    SubsidyAccountUnmaskService,
    GraduationService,
  ],
})
export class IncubateesModule {}
