import {
  acceptedMeasures,
  factsOf,
  paymentBucket,
  paymentMeasures,
  releasedMeasures,
} from './funding-tally';

const commitment = {
  fiscalYear: 2026,
  programme: 'lottery-fund',
  fund: 'LOTTERY_WELFARE',
  recipientStreetCode: '450103001',
  recipientAreaType: 'RURAL' as const,
  recipientCategory: 'PUBLIC_WELFARE' as const,
  recipientPartyLed: true,
  recipientTakesGovernmentFunctions: false,
  recipientPurpose: 'ELDERLY' as const,
};

describe('the funding tally’s measures (issue #18)', () => {
  it('rule R1: counts a commitment under its recipient’s street, an unknown one under 000000000', () => {
    expect(factsOf(commitment).key).toEqual({
      street_code: '450103001',
      fiscal_year: 2026,
      programme: 'lottery-fund',
      fund: 'LOTTERY_WELFARE',
    });
    const unknown = factsOf({
      ...commitment,
      recipientStreetCode: null,
      recipientAreaType: null,
      recipientCategory: null,
      recipientPartyLed: null,
      recipientTakesGovernmentFunctions: null,
      recipientPurpose: null,
    });
    expect(unknown.key.street_code).toBe('000000000');
    expect(Object.values(unknown.shares)).not.toContain(true);
  });

  it('rule R10, rule R12, rule R14, rule R21: an accepted commitment adds to the shares its recipient is part of; a release takes off', () => {
    const facts = factsOf(commitment);
    expect(acceptedMeasures(facts, 600_000)).toEqual({
      commitments: 1,
      committed_fen: 600_000,
      rural_committed_fen: 600_000,
      public_welfare_committed_fen: 600_000,
      party_led_committed_fen: 600_000,
      welfare_use_committed_fen: 600_000,
      eldercare_committed_fen: 600_000,
    });
    expect(releasedMeasures(facts, 100_000)).toMatchObject({
      released_fen: 100_000,
      rural_committed_fen: -100_000,
    });
    expect(releasedMeasures(facts, 100_000)).not.toHaveProperty(
      'government_functions_committed_fen',
    );
  });

  it('rule R28: a payment counts in one bucket by status; a failure only while its commitment is open', () => {
    expect(paymentBucket('AWAITING_BATCH', true)).toBe('awaiting_batch_fen');
    for (const status of ['IN_BATCH', 'PENDING', 'SENT'] as const) {
      expect(paymentBucket(status, false)).toBe('in_batch_fen');
    }
    expect(paymentBucket('SETTLED', false)).toBe('paid_fen');
    expect(paymentBucket('FAILED', true)).toBe('failed_fen');
    expect(paymentBucket('FAILED', false)).toBeNull(); // released with its closed commitment
    expect(paymentBucket('REFUSED', true)).toBeNull();
    expect(paymentBucket('CANCELLED', true)).toBeNull();
    const facts = factsOf(commitment);
    expect(paymentMeasures(facts, 'paid_fen', 5)).toMatchObject({ paid_fen: 5, rural_paid_fen: 5 });
    expect(paymentMeasures(facts, 'in_batch_fen', 5)).toEqual({ in_batch_fen: 5 });
    expect(paymentMeasures(facts, null, 5)).toEqual({});
  });
});
