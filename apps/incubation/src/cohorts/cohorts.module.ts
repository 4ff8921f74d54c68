import { Module } from '@nestjs/common';
import { CohortsRepository } from './cohorts.repository';
import { CohortsRpcController } from './cohorts.rpc-controller';
import { CohortsService } from './cohorts.service';

/** A base's cohorts (R16): capacity, the application window, the term and its support. */
@Module({
  controllers: [CohortsRpcController],
  providers: [CohortsService, CohortsRepository],
})
export class CohortsModule {}
