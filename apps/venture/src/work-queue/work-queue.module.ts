import { Module } from '@nestjs/common';
import { VentureWorkQueueRpcController } from './work-queue.rpc-controller';
import { VentureWorkRepository } from './work-queue.repository';
import { VentureWorkQueueService } from './work-queue.service';

/** The work waiting for applicants, reviewers and officers of venture philanthropy (issue #18). */
@Module({
  controllers: [VentureWorkQueueRpcController],
  providers: [VentureWorkQueueService, VentureWorkRepository],
})
export class VentureWorkQueueModule {}
