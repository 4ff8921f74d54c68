import { COMMITMENT_STATES, PAYMENT_STATES } from '@civic/domain/programme';
import { SUBSIDY_STATUSES, subsidyStatus } from './subsidy-status';

describe('rule R15, rule R27: a start-up subsidy', () => {
  it.each([
    ['REQUESTED', 'REQUESTED', 'REQUESTED'],
    ['REFUSED', 'CANCELLED', 'REFUSED'],
    ['COMMITTED', 'REQUESTED', 'COMMITTED'],
    ['COMMITTED', 'PAID', 'PAID'],
    ['COMMITTED', 'FAILED', 'PAYMENT_FAILED'],
    ['RELEASING', 'CANCELLED', 'WITHDRAWING'],
    ['RELEASED', 'CANCELLED', 'WITHDRAWN'],
  ] as const)('commitment %s with payment %s is %s', (commitment, payment, status) => {
    expect(subsidyStatus(commitment, payment)).toBe(status);
  });

  it('names one of its statuses for every commitment and payment', () => {
    for (const commitment of COMMITMENT_STATES)
      for (const payment of PAYMENT_STATES)
        expect(SUBSIDY_STATUSES).toContain(subsidyStatus(commitment, payment));
  });
});
