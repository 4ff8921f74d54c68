import { Module } from '@nestjs/common';
import { FinanceWorkQueueRpcController } from './work-queue.rpc-controller';
import { FinanceWorkRepository } from './work-queue.repository';
import { FinanceWorkQueueService } from './work-queue.service';

/** The work waiting for finance makers and checkers (issue #18, R28). */
@Module({
  controllers: [FinanceWorkQueueRpcController],
  providers: [FinanceWorkQueueService, FinanceWorkRepository],
})
export class FinanceWorkQueueModule {}
