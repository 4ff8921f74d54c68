import { Module } from '@nestjs/common';
import { ClawbacksService } from '../clawbacks/clawbacks.service';
import { CommitmentReleasesService } from '../commitments/commitment-releases.service';
import { CommitmentsService } from '../commitments/commitments.service';
import { LedgerWriter } from '../ledger/ledger.writer';
import { PaymentRequestsService } from '../payments/payment-requests.service';

const PROVIDERS = [
  LedgerWriter,
  CommitmentsService,
  CommitmentReleasesService,
  PaymentRequestsService,
  ClawbacksService,
];

/**
 * What finance.inbox's handlers use, and the one LedgerWriter every finance module shares;
 * OutboxWriter comes from the (global) messaging module.
 */
@Module({ providers: PROVIDERS, exports: PROVIDERS })
export class FinanceHandlersModule {}
