import fc from 'fast-check';
import { dayOfDateString } from '@civic/domain/calendar';
import { addMonths, monthsBetween } from './months';

const dayArb = fc.integer({
  min: dayOfDateString('1990-01-01', 'min', 'R16'),
  max: dayOfDateString('2090-12-31', 'max', 'R16'),
});

describe('rule R16: whole-month properties', () => {
  it('rule R16: monthsBetween is the most months addable to the start without passing the end', () => {
    fc.assert(
      fc.property(dayArb, dayArb, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const months = monthsBetween(from, to);
        expect(months).toBeGreaterThanOrEqual(0);
        expect(addMonths(from, months)).toBeLessThanOrEqual(to);
        expect(addMonths(from, months + 1)).toBeGreaterThan(to);
        expect(monthsBetween(to, from)).toBe(-months || 0);
      }),
    );
  });

  it('rule R16: adding k months and counting them back gives k', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 0, max: 240 }), (from, k) => {
        expect(monthsBetween(from, addMonths(from, k))).toBe(k);
      }),
    );
  });

  it('rule R16: adding months moves forward in whole months, never by more than 31 days each', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 1, max: 240 }), (from, k) => {
        const to = addMonths(from, k);
        expect(to - from).toBeGreaterThanOrEqual(28 * k);
        expect(to - from).toBeLessThanOrEqual(31 * k);
      }),
    );
  });
});
