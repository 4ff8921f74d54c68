import {
  COMMITMENT_STATES,
  fundingCommitment,
  fundingPayment,
  PAYMENT_STATES,
} from '@civic/domain/programme';
import fc from 'fast-check';
import {
  APPLICATION_STATUSES,
  applicationStatus,
  DISCLOSED_STATUSES,
  HOLDING_STATUSES,
  lotteryDecision,
  withdrawalCheck,
} from './application-status';

describe('a subsidy application (rule R20, rule R23, rule R27)', () => {
  it('is decided once, from SUBMITTED', () => {
    expect(lotteryDecision.next('SUBMITTED', 'APPROVE')).toBe('APPROVED');
    expect(lotteryDecision.next('SUBMITTED', 'REJECT')).toBe('REJECTED');
    expect(lotteryDecision.can('APPROVED', 'REJECT')).toBe(false);
    expect(lotteryDecision.can('REJECTED', 'ASSESS')).toBe(false);
  });

  it.each([
    ['REQUESTED', 'REQUESTED', 'APPROVED'],
    ['COMMITTED', 'REQUESTED', 'COMMITTED'],
    ['COMMITTED', 'PAID', 'PAID'],
    ['COMMITTED', 'FAILED', 'PAYMENT_FAILED'],
    ['REFUSED', 'CANCELLED', 'COMMITMENT_REFUSED'],
    ['RELEASING', 'CANCELLED', 'WITHDRAWING'],
    ['RELEASING', 'REQUESTED', 'WITHDRAWING'],
    ['RELEASED', 'REQUESTED', 'WITHDRAWING'],
    ['RELEASED', 'CANCELLED', 'WITHDRAWN'],
    ['RELEASED', 'FAILED', 'WITHDRAWN'],
    ['RELEASED', 'PAID', 'PAID'],
  ] as const)('commitment %s with payment %s is %s', (commitment, payment, status) => {
    expect(applicationStatus(commitment, payment)).toBe(status);
  });

  it('names a status of its own list for every commitment and payment', () => {
    for (const commitment of COMMITMENT_STATES)
      for (const payment of PAYMENT_STATES)
        expect(APPLICATION_STATUSES).toContain(applicationStatus(commitment, payment));
  });

  it('withdraws only what finance holds and has not paid', () => {
    expect(withdrawalCheck('COMMITTED')).toEqual({ ok: true });
    expect(withdrawalCheck('PAYMENT_FAILED')).toEqual({ ok: true });
    expect(withdrawalCheck('PAID')).toMatchObject({ ok: false, reason: 'PAID' });
    for (const status of ['SUBMITTED', 'APPROVED', 'REJECTED', 'WITHDRAWN'] as const)
      expect(withdrawalCheck(status)).toMatchObject({ ok: false, reason: 'NOT_COMMITTED' });
  });

  it('discloses as approved only what holds money; a withdrawal holds it until released', () => {
    expect(DISCLOSED_STATUSES.every((s) => HOLDING_STATUSES.includes(s))).toBe(true);
    expect(HOLDING_STATUSES.filter((s) => !DISCLOSED_STATUSES.includes(s))).toEqual([
      'WITHDRAWING',
    ]);
  });

  it('holds programme money exactly while finance holds or is asked to hold it', () => {
    // Any run of finance's answers: the status holds money iff the commitment does, or was paid.
    const events = fc.constantFrom(
      ['c', 'ACCEPT'],
      ['c', 'REFUSE'],
      ['c', 'WITHDRAW'],
      ['c', 'RELEASED'],
      ['p', 'SETTLE'],
      ['p', 'FAIL'],
      ['p', 'REISSUE'],
      ['p', 'CANCEL'],
    );
    fc.assert(
      fc.property(fc.array(events, { maxLength: 30 }), (steps) => {
        let commitment = fundingCommitment.states[0];
        let payment = fundingPayment.next('NOT_REQUESTED', 'REQUEST');
        for (const [on, event] of steps) {
          if (on === 'c' && fundingCommitment.can(commitment, event as never))
            commitment = fundingCommitment.next(commitment, event as never);
          if (on === 'p' && fundingPayment.can(payment, event as never))
            payment = fundingPayment.next(payment, event as never);
          const status = applicationStatus(commitment, payment);
          const holds = ['REQUESTED', 'COMMITTED', 'RELEASING'].includes(commitment);
          if (payment !== 'PAID' && !(commitment === 'RELEASED' && payment === 'REQUESTED'))
            expect(HOLDING_STATUSES.includes(status)).toBe(holds);
        }
      }),
    );
  });
});
