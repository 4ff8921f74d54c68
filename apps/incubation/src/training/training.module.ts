import { Module } from '@nestjs/common';
import { TrainingRepository } from './training.repository';
import { TrainingRpcController } from './training.rpc-controller';
import { TrainingService } from './training.service';

/** Capacity building (R11): a cohort's training sessions and who attended each. */
@Module({
  controllers: [TrainingRpcController],
  providers: [TrainingService, TrainingRepository],
})
export class TrainingModule {}
