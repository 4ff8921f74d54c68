import { financeCommitment, releasableFen } from './commitment-status';
import { financePayment, IN_FLIGHT_PAYMENT_STATUSES } from './payment-status';

describe('rule R27: a commitment at finance', () => {
  it('is closed once, from accepted only', () => {
    expect(financeCommitment.next('ACCEPTED', 'CLOSE')).toBe('CLOSED');
    expect(financeCommitment.can('REFUSED', 'CLOSE')).toBe(false);
    expect(financeCommitment.can('CLOSED', 'CLOSE')).toBe(false);
  });

  it('releases what is neither paid, released nor on its way', () => {
    expect(
      releasableFen({ amountFen: 10_000, releasedFen: 0, settledFen: 5_000, inFlightFen: 3_000 }),
    ).toBe(2_000);
    expect(
      releasableFen({ amountFen: 10_000, releasedFen: 2_000, settledFen: 5_000, inFlightFen: 0 }),
    ).toBe(3_000);
    expect(
      releasableFen({ amountFen: 10_000, releasedFen: 0, settledFen: 10_000, inFlightFen: 0 }),
    ).toBe(0);
  });

  it('refuses figures that overdraw the commitment or are not fen', () => {
    expect(() =>
      releasableFen({ amountFen: 100, releasedFen: 50, settledFen: 60, inFlightFen: 0 }),
    ).toThrow('rule R27: released 50, settled 60 and in flight 0 fen exceed the commitment');
    expect(() =>
      releasableFen({ amountFen: 100, releasedFen: 0.5, settledFen: 0, inFlightFen: 0 }),
    ).toThrow('rule R27: releasedFen must be a non-negative whole number of fen');
  });
});

describe('rule R28: payments in flight', () => {
  it('are the ones that can still reach the bank', () => {
    for (const status of financePayment.states) {
      const reachesBank = ['AWAITING_BATCH', 'IN_BATCH', 'PENDING', 'SENT'].includes(status);
      expect(IN_FLIGHT_PAYMENT_STATUSES.includes(status)).toBe(reachesBank);
      expect(financePayment.isFinal(status)).toBe(!reachesBank);
    }
  });

  it('only a payment not yet batched is cancelled', () => {
    expect(financePayment.takes('CANCEL')).toEqual(['AWAITING_BATCH']);
  });
});
