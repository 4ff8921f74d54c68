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
    ],
  })
  kind: string;
  @ApiProperty({ description: 'The account, posting or commitment' }) subject: string;
  @ApiProperty() expectedFen: number;
  @ApiProperty() actualFen: number;
}

/** The ledger reconciled with its kept balances and the commitments; empty differences = agreed. */
export class ReconciliationView {
  @ApiProperty({ format: 'date-time' }) checkedAt: string;
  @ApiProperty() postings: number;
  @ApiProperty() commitments: number;
  @ApiProperty({ type: [ReconciliationDifferenceView] })
  differences: ReconciliationDifferenceView[];
}
