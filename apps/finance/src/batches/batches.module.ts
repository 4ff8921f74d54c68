import { Module } from '@nestjs/common';
import { CommitmentsModule } from '../commitments/commitments.module';
import { PaymentWorkerModule } from '../payments/payment-worker.module';
import { BatchesQueries } from './batches.queries';
import { BatchesRepository } from './batches.repository';
import { BatchesRpcController } from './batches.rpc-controller';
import { BatchesService } from './batches.service';

/**
 * Disbursement batches with four eyes (R28): an approved batch's payments go to the payment queue
 * (PaymentWorkerModule's dispatcher); a rejected one's payments of closed commitments are
 * released (CommitmentsModule, R27).
 */
@Module({
  imports: [PaymentWorkerModule, CommitmentsModule],
  controllers: [BatchesRpcController],
  providers: [BatchesService, BatchesQueries, BatchesRepository],
})
export class BatchesModule {}
