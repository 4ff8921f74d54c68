import { Module } from '@nestjs/common';
import { AwardsRepository } from './awards.repository';
import { AwardsRpcController } from './awards.rpc-controller';
import { AwardsService } from './awards.service';
import { ClawbacksService } from './clawbacks.service';
import { MilestonesService } from './milestones.service';
import { ProposalOutcomeService } from './proposal-outcome.service';
import { CallsModule } from '../calls/calls.module';
import { RoundConclusionService } from './round-conclusion.service';
import { VentureFundingModule } from './venture-funding.module';

/** Awards and their tranches (R19), asked of finance through the programme kit. */
@Module({
  imports: [VentureFundingModule, CallsModule],
  controllers: [AwardsRpcController],
  providers: [
    AwardsService,
    MilestonesService,
    ClawbacksService,
    AwardsRepository,
    ProposalOutcomeService,
    RoundConclusionService,
  ],
})
export class AwardsModule {}
