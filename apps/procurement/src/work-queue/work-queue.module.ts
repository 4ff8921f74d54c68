import { Module } from '@nestjs/common';
import { ProcurementWorkQueueRpcController } from './work-queue.rpc-controller';
import { ProcurementWorkRepository } from './work-queue.repository';
import { ProcurementWorkQueueService } from './work-queue.service';

/** The work waiting for officers, panel members and undertakers (issue #18, R24, R25). */
@Module({
  controllers: [ProcurementWorkQueueRpcController],
  providers: [ProcurementWorkQueueService, ProcurementWorkRepository],
})
export class ProcurementWorkQueueModule {}
