import { Module } from '@nestjs/common';
import { OrganizationsWorkQueueRpcController } from './work-queue.rpc-controller';
import { OrganizationsWorkQueueService } from './work-queue.service';

/** The work waiting for administrators in the registry (issue #18, issue #17). */
@Module({
  controllers: [OrganizationsWorkQueueRpcController],
  providers: [OrganizationsWorkQueueService],
})
export class OrganizationsWorkQueueModule {}
