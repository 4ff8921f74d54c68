import { Module } from '@nestjs/common';
import { CallsRepository } from './calls.repository';
import { CallsRpcController } from './calls.rpc-controller';
import { CallsService } from './calls.service';

/** Calls for proposals (R17): opened by officers, read by applicants and reviewers. */
@Module({
  controllers: [CallsRpcController],
  providers: [CallsService, CallsRepository],
  exports: [CallsService],
})
export class CallsModule {}
