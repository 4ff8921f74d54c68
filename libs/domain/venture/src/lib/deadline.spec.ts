import { isBeforeDeadline } from './deadline';

const DEADLINE = new Date('2026-04-30T17:00:00+08:00');

describe('rule R17: isBeforeDeadline', () => {
  it('rule R17: strictly before the deadline only; at or after it nothing is submitted', () => {
    expect(isBeforeDeadline(new Date('2026-04-30T16:59:59.999+08:00'), DEADLINE)).toBe(true);
    expect(isBeforeDeadline(new Date('2026-04-30T17:00:00.000+08:00'), DEADLINE)).toBe(false);
    expect(isBeforeDeadline(new Date('2026-04-30T17:00:00.001+08:00'), DEADLINE)).toBe(false);
    expect(isBeforeDeadline(new Date('2026-04-30T09:00:00Z'), DEADLINE)).toBe(false); // 17:00 Beijing
  });

  it('rule R17: invalid dates are a programming error naming the field', () => {
    expect(() => isBeforeDeadline(new Date('nope'), DEADLINE)).toThrow(
      'rule R17: now must be a valid Date',
    );
    expect(() => isBeforeDeadline(DEADLINE, '2026-04-30' as never)).toThrow(
      'rule R17: deadline must be a valid Date, got 2026-04-30',
    );
  });
});
