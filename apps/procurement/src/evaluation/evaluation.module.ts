import { Module } from '@nestjs/common';
import { BidsRepository } from '../projects/bids.repository';
import { BidsService } from '../projects/bids.service';
import { ProjectsModule } from '../projects/projects.module';
import { AwardService } from './award.service';
import { EvaluationRpcController } from './evaluation.rpc-controller';
import { ExpertsService } from './experts.service';
import { ObjectionsService } from './objections.service';
import { PanelRepository } from './panel.repository';
import { PanelService } from './panel.service';
import { ResultsRepository } from './results.repository';
import { ScoringService } from './scoring.service';

/** From bids to the award: bids, the expert pool, the panel draw, scores, award, objections. */
@Module({
  imports: [ProjectsModule],
  controllers: [EvaluationRpcController],
  providers: [
    BidsService,
    BidsRepository,
    ExpertsService,
    PanelService,
    PanelRepository,
    ScoringService,
    AwardService,
    ResultsRepository,
    ObjectionsService,
  ],
})
export class EvaluationModule {}
