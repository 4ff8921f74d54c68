import { ApiProperty } from '@nestjs/swagger';

/** One difference between the ledger and a record it must agree with (rule R28). */
export class ReconciliationDifferenceView {
  @ApiProperty({
    enum: [
      'BALANCE_DIFFERS_FROM_LINES',
      'UNBALANCED_POSTING',
      'COMMITMENT_NOT_POSTED',
      'COMMITMENT_POSTED_TWICE',
      'COMMITMENT_AMOUNT_DIFFERS',
      'POSTING_WITHOUT_COMMITMENT',
      'REFUSED_COMMITMENT_POSTED',
      'SETTLED_NOT_AT_BANK',
      'PAID_AT_BANK_NOT_SETTLED',
      'BANK_AMOUNT_DIFFERS',
      'BANK_TRANSFER_WITHOUT_PAYMENT',
      'SETTLEMENT_NOT_POSTED',
      'SETTLEMENT_POSTED_TWICE',
      'SETTLEMENT_AMOUNT_DIFFERS',
      'SETTLEMENT_WITHOUT_PAYMENT',
      'DISBURSED_OVER_COMMITMENT',
      'RECEIPT_NOT_POSTED',
      'RECEIPT_POSTED_TWICE',
      'RECEIPT_AMOUNT_DIFFERS',
      'POSTING_WITHOUT_RECEIPT',
      'RELEASE_AMOUNT_DIFFERS',
      'RELEASE_WITHOUT_COMMITMENT',
    ],
  })
  kind: string;
  @ApiProperty({ description: 'The account, posting, commitment or payment' }) subject: string;
  @ApiProperty() expectedFen: number;
  @ApiProperty() actualFen: number;
}

/** A commitment holding money with no payment on its way to pay it (R27): re-issue or release. */
export class IdleHoldView {
  @ApiProperty({ format: 'uuid' }) commitmentId: string;
  @ApiProperty() programme: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty({ description: 'Held and not paid, fen' }) heldFen: number;
}

/**
 * The ledger reconciled with its kept balances, the commitments, the payments and the payment
 * adapter's (bank's) records; no differences = all agree.
 */
export class ReconciliationView {
  @ApiProperty({ format: 'date-time' }) checkedAt: string;
  @ApiProperty() postings: number;
  @ApiProperty() commitments: number;
  @ApiProperty() payments: number;
  @ApiProperty({ description: "Transfers in the payment adapter's records" }) bankTransfers: number;
  @ApiProperty({ type: [ReconciliationDifferenceView] })
  differences: ReconciliationDifferenceView[];
  @ApiProperty({
    type: [IdleHoldView],
    description: 'Commitments holding money whose payments all ended unpaid (R27)',
  })
  heldWithNothingToPay: IdleHoldView[];
}
