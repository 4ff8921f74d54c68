import { COMMITMENT_STATES, PAYMENT_STATES } from '@civic/domain/programme';
import {
  AWARD_STATUSES,
  awardCommitment,
  awardStatusOf,
  paysNoMore,
  TRANCHE_PAYMENTS,
  tranchePaymentOf,
  tranchePaymentState,
} from './award-funding';

describe('rule R19, rule R27: an award and its tranches at finance', () => {
  it('names every commitment state once, both ways', () => {
    expect(AWARD_STATUSES.map(awardCommitment).sort()).toEqual([...COMMITMENT_STATES].sort());
    for (const status of AWARD_STATUSES)
      expect(awardStatusOf(awardCommitment(status))).toBe(status);
  });

  it('names every payment state once, both ways', () => {
    expect(TRANCHE_PAYMENTS.map(tranchePaymentState).sort()).toEqual([...PAYMENT_STATES].sort());
    for (const payment of TRANCHE_PAYMENTS)
      expect(tranchePaymentOf(tranchePaymentState(payment))).toBe(payment);
    expect(tranchePaymentState('NOT_RELEASED')).toBe('NOT_REQUESTED');
    expect(tranchePaymentState('PAYMENT_FAILED')).toBe('FAILED');
  });

  it('pays no more once any milestone failed', () => {
    expect(paysNoMore(['APPROVED', 'SUBMITTED', 'PENDING'])).toBe(false);
    expect(paysNoMore(['APPROVED', 'FAILED', 'PENDING'])).toBe(true);
    expect(paysNoMore(['APPROVED', 'APPROVED', 'FAILED'])).toBe(true);
  });
});
