import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module';
import { PaymentsModule } from '../payments/payments.module';
import { CommitmentReleasesService } from './commitment-releases.service';
import { CommitmentsRepository } from './commitments.repository';
import { CommitmentsService } from './commitments.service';

/**
 * Commitments against a fund's budget (R27): decided on a programme's request (with the payment a
 * single payout carries, through PaymentsModule), and released when they will not be paid.
 * Exports both services: the inbox decides and closes, the payment worker and batches release.
 */
@Module({
  imports: [LedgerModule, PaymentsModule],
  providers: [CommitmentsService, CommitmentReleasesService, CommitmentsRepository],
  exports: [CommitmentsService, CommitmentReleasesService],
})
export class CommitmentsModule {}
