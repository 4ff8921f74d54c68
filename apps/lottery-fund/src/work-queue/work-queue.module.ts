import { Module } from '@nestjs/common';
import { LotteryWorkQueueRpcController } from './work-queue.rpc-controller';
import { LotteryWorkRepository } from './work-queue.repository';
import { LotteryWorkQueueService } from './work-queue.service';

/** The work waiting for lottery fund officers (issue #18, R20, R23). */
@Module({
  controllers: [LotteryWorkQueueRpcController],
  providers: [LotteryWorkQueueService, LotteryWorkRepository],
})
export class LotteryWorkQueueModule {}
