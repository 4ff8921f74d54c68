import { Module } from '@nestjs/common';
import { LedgerWriter } from './ledger.writer';

/**
 * The double-entry ledger (R28): the one LedgerWriter every feature that posts or reads a fund's
 * position shares (budgets, commitments, clawbacks, the payment worker's settlements).
 */
@Module({ providers: [LedgerWriter], exports: [LedgerWriter] })
export class LedgerModule {}
