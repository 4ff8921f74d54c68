import { Module } from '@nestjs/common';
import { ClawbacksService } from '../clawbacks/clawbacks.service';
import { CommitmentsService } from '../commitments/commitments.service';
import { LedgerWriter } from '../ledger/ledger.writer';
import { PaymentRequestsService } from '../payments/payment-requests.service';

/** What finance.inbox's handlers use; OutboxWriter comes from the (global) messaging module. */
@Module({
  providers: [LedgerWriter, CommitmentsService, PaymentRequestsService, ClawbacksService],
  exports: [LedgerWriter, CommitmentsService, PaymentRequestsService, ClawbacksService],
})
export class FinanceHandlersModule {}
