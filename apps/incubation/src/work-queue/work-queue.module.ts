import { Module } from '@nestjs/common';
import { IncubationWorkQueueRpcController } from './work-queue.rpc-controller';
import { IncubationWorkRepository } from './work-queue.repository';
import { IncubationWorkQueueService } from './work-queue.service';

/** The work waiting for base staff and incubated organizations (issue #18, R16). */
@Module({
  controllers: [IncubationWorkQueueRpcController],
  providers: [IncubationWorkQueueService, IncubationWorkRepository],
})
export class IncubationWorkQueueModule {}
