import {
  BATCH_TRANSITIONS,
  batchOutcome,
  BatchEvent,
  BatchStatus,
  nextBatchStatus,
} from './batch-status';
import { PaymentStatus } from './payment-status';

const STATUSES = Object.keys(BATCH_TRANSITIONS) as BatchStatus[];
const EVENTS: BatchEvent[] = [
  'SUBMIT',
  'APPROVE',
  'REJECT',
  'START_PAYING',
  'ALL_SETTLED',
  'SOME_FAILED',
];
const LEGAL: [BatchStatus, BatchEvent, BatchStatus][] = [
  ['DRAFT', 'SUBMIT', 'SUBMITTED'],
  ['SUBMITTED', 'APPROVE', 'APPROVED'],
  ['SUBMITTED', 'REJECT', 'REJECTED'],
  ['APPROVED', 'START_PAYING', 'PAYING'],
  ['PAYING', 'ALL_SETTLED', 'PAID'],
  ['PAYING', 'SOME_FAILED', 'PARTLY_FAILED'],
];
const isLegal = (s: BatchStatus, e: BatchEvent) =>
  LEGAL.some(([from, event]) => from === s && event === e);
const ILLEGAL = STATUSES.flatMap((s) =>
  EVENTS.filter((e) => !isLegal(s, e)).map((e) => [s, e] as const),
);

describe('rule R28: disbursement batch status', () => {
  it.each(LEGAL)('rule R28: %s --%s--> %s', (from, event, to) => {
    expect(nextBatchStatus(from, event)).toBe(to);
  });

  it.each(ILLEGAL)('rule R28: %s refuses %s, naming both', (status, event) => {
    expect(() => nextBatchStatus(status, event)).toThrow(
      new RangeError(`rule R28: a batch in status ${status} cannot take event ${event}`),
    );
  });

  it('rule R28: the table covers all 42 status/event pairs', () => {
    expect(LEGAL.length + ILLEGAL.length).toBe(42);
  });

  it('rule R28: paying is reachable only through SUBMITTED and APPROVED', () => {
    const path: BatchEvent[] = ['SUBMIT', 'APPROVE', 'START_PAYING'];
    expect(path.reduce<BatchStatus>(nextBatchStatus, 'DRAFT')).toBe('PAYING');
    for (const status of STATUSES.filter((s) => s !== 'APPROVED')) {
      expect(() => nextBatchStatus(status, 'START_PAYING')).toThrow(RangeError);
    }
  });

  it.each([
    [['SETTLED'], 'PAID'],
    [['SETTLED', 'SETTLED'], 'PAID'],
    [['SETTLED', 'FAILED'], 'PARTLY_FAILED'],
    [['FAILED', 'FAILED'], 'PARTLY_FAILED'],
    [['SETTLED', 'PENDING'], 'PAYING'],
    [['FAILED', 'SENT'], 'PAYING'],
    [['PENDING'], 'PAYING'],
  ] as [PaymentStatus[], string][])('rule R28: batchOutcome(%p) is %s', (statuses, outcome) => {
    expect(batchOutcome(statuses)).toBe(outcome);
  });

  it('rule R28: a batch without payments has no outcome', () => {
    expect(() => batchOutcome([])).toThrow(
      'rule R28: a disbursement batch has at least one payment',
    );
  });
});
