import fc from 'fast-check';
import {
  type CommitmentEvent,
  COMMITMENT_STATES,
  fundingCommitment,
  holdsMoney,
} from './funding-commitment';
import { fundingPayment, type PaymentEvent, PAYMENT_STATES } from './funding-payment';

const PAYMENT_EVENTS: PaymentEvent[] = ['REQUEST', 'SETTLE', 'FAIL', 'REISSUE', 'CANCEL'];
const COMMITMENT_EVENTS: CommitmentEvent[] = ['ACCEPT', 'REFUSE', 'WITHDRAW', 'RELEASED'];

describe('a programme payment (rule R28)', () => {
  it('is requested, then paid or failed; a failed one is re-issued or cancelled', () => {
    expect(fundingPayment.next('NOT_REQUESTED', 'REQUEST')).toBe('REQUESTED');
    expect(fundingPayment.next('REQUESTED', 'SETTLE')).toBe('PAID');
    expect(fundingPayment.next('REQUESTED', 'FAIL')).toBe('FAILED');
    expect(fundingPayment.next('FAILED', 'REISSUE')).toBe('REQUESTED');
    expect(fundingPayment.next('FAILED', 'CANCEL')).toBe('CANCELLED');
  });

  it('never moves once paid or cancelled', () => {
    for (const event of PAYMENT_EVENTS) {
      expect(fundingPayment.can('PAID', event)).toBe(false);
      expect(fundingPayment.can('CANCELLED', event)).toBe(false);
    }
  });

  it('cannot be paid unless it was requested: no settling a failed one without a re-issue', () => {
    expect(fundingPayment.takes('SETTLE')).toEqual(['REQUESTED']);
    expect(fundingPayment.can('FAILED', 'SETTLE')).toBe(false);
  });

  it('is paid at most once, whatever answers arrive in whatever order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PAYMENT_EVENTS), { maxLength: 40 }), (events) => {
        let state = fundingPayment.states[0];
        let settled = 0;
        for (const event of events) {
          const result = fundingPayment.check(state, event);
          if (!result.ok) continue;
          if (event === 'SETTLE') settled += 1;
          state = result.next;
          expect(PAYMENT_STATES).toContain(state);
        }
        expect(settled).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('a programme commitment (rule R27)', () => {
  it('is accepted or refused once; a committed one is released only after a withdrawal', () => {
    expect(fundingCommitment.next('REQUESTED', 'ACCEPT')).toBe('COMMITTED');
    expect(fundingCommitment.next('REQUESTED', 'REFUSE')).toBe('REFUSED');
    expect(fundingCommitment.can('REQUESTED', 'WITHDRAW')).toBe(false);
    expect(fundingCommitment.next('COMMITTED', 'WITHDRAW')).toBe('RELEASING');
    expect(fundingCommitment.next('RELEASING', 'RELEASED')).toBe('RELEASED');
    expect(fundingCommitment.can('COMMITTED', 'REFUSE')).toBe(false);
  });

  it('holds money until refused or released', () => {
    expect(COMMITMENT_STATES.filter(holdsMoney)).toEqual(['REQUESTED', 'COMMITTED', 'RELEASING']);
  });

  it('once it stops holding money, never holds it again', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...COMMITMENT_EVENTS), { maxLength: 30 }), (events) => {
        let state = fundingCommitment.states[0];
        let stopped = false;
        for (const event of events) {
          const result = fundingCommitment.check(state, event);
          if (!result.ok) continue;
          state = result.next;
          if (!holdsMoney(state)) stopped = true;
          else expect(stopped).toBe(false);
        }
      }),
    );
  });
});
