import { Module } from '@nestjs/common';
import { PaymentRequestsService } from './payment-requests.service';
import { PaymentsQueries } from './payments.queries';
import { PaymentsRepository } from './payments.repository';
import { PaymentsRpcController } from './payments.rpc-controller';
import { ReissuesService } from './reissues/reissues.service';

/**
 * Payments (R3, R27, R28): the requests programmes send (checked against their commitment, paid
 * to the custodian under R3), the payments as finance staff list them, and re-issues with four
 * eyes. Exports PaymentRequestsService, for the inbox and for commitments (a payment asked with
 * its commitment), and PaymentsRepository, for the payment worker (payment-worker.module.ts).
 */
@Module({
  controllers: [PaymentsRpcController],
  providers: [PaymentRequestsService, PaymentsQueries, ReissuesService, PaymentsRepository],
  exports: [PaymentRequestsService, PaymentsRepository],
})
export class PaymentsModule {}
