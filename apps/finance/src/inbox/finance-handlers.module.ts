import { Module } from '@nestjs/common';
import { CommitmentsService } from '../commitments/commitments.service';
import { LedgerWriter } from '../ledger/ledger.writer';
import { PaymentRequestsService } from '../payments/payment-requests.service';

/** What finance.inbox's handlers use; OutboxWriter comes from the (global) messaging module. */
@Module({
  providers: [LedgerWriter, CommitmentsService, PaymentRequestsService],
  exports: [LedgerWriter, CommitmentsService, PaymentRequestsService],
})
export class FinanceHandlersModule {}
