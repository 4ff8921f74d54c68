import { Module } from '@nestjs/common';
import { CommitmentsModule } from '../commitments/commitments.module';
import { LedgerModule } from '../ledger/ledger.module';
import { PaymentDispatcher } from './payment-dispatcher';
import { PaymentExecutor } from './payment-executor';
import { PaymentSweeper } from './payment-sweeper';
import { PaymentWorker } from './payment-worker';
import { PaymentsModule } from './payments.module';
import { SettlementWriter } from './settlement-writer';

/**
 * The payment queue and its worker (R28): the dispatcher that queues a batch's payments in chunks,
 * the worker that pays each chunk (claim, the bank, SettlementWriter), and the sweeper that queues
 * again what was lost. A module of its own, apart from PaymentsModule, because it releases failed
 * payments of closed commitments (CommitmentsModule), and commitments take payment requests
 * (PaymentsModule). Its settings and the bank come from PaymentSettingsModule. Exports the
 * dispatcher, for batches.
 */
@Module({
  imports: [LedgerModule, CommitmentsModule, PaymentsModule],
  providers: [PaymentDispatcher, PaymentExecutor, PaymentSweeper, PaymentWorker, SettlementWriter],
  exports: [PaymentDispatcher],
})
export class PaymentWorkerModule {}
