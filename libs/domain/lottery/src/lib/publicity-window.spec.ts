import { canObject, DEFAULT_PUBLICITY_DAYS, publicityWindow } from './publicity-window';

const at = (iso: string) => new Date(iso);

describe('rule R23: publicity period (公示)', () => {
  it('rule R23: the default period is 7 calendar days', () => {
    expect(DEFAULT_PUBLICITY_DAYS).toBe(7);
  });

  it('rule R23: approval on 3 March (China time) is open to objection until 24:00 on 10 March', () => {
    expect(publicityWindow(at('2026-03-03T10:00:00+08:00'))).toEqual({
      startsAt: at('2026-03-03T10:00:00+08:00'),
      endsAt: at('2026-03-11T00:00:00+08:00'),
      firstDay: '2026-03-04',
      lastDay: '2026-03-10',
      days: 7,
    });
  });

  it.each([
    ['just after midnight', '2026-03-03T00:00:00+08:00', '2026-03-04', '2026-03-10'],
    ['just before midnight', '2026-03-03T23:59:59.999+08:00', '2026-03-04', '2026-03-10'],
    ['at midnight, which is the next day', '2026-03-04T00:00:00+08:00', '2026-03-05', '2026-03-11'],
    [
      'on the UTC day before (China is 8 h ahead)',
      '2026-03-02T17:00:00Z',
      '2026-03-04',
      '2026-03-10',
    ],
    ['across a year end', '2026-12-28T09:00:00+08:00', '2026-12-29', '2027-01-04'],
    ['across 29 February', '2028-02-26T09:00:00+08:00', '2028-02-27', '2028-03-04'],
  ])('rule R23: days count in China time: approval %s', (_name, approved, firstDay, lastDay) => {
    expect(publicityWindow(at(approved))).toMatchObject({ firstDay, lastDay });
  });

  it('rule R23: the number of days is configurable', () => {
    const window = publicityWindow(at('2026-03-03T10:00:00+08:00'), 15);
    expect(window).toMatchObject({ firstDay: '2026-03-04', lastDay: '2026-03-18', days: 15 });
    expect(window.endsAt).toEqual(at('2026-03-19T00:00:00+08:00'));
  });

  it('rule R23: objections are taken from the approval until the period ends, exclusive', () => {
    const window = publicityWindow(at('2026-03-03T10:00:00+08:00'));
    expect(canObject(at('2026-03-03T09:59:59.999+08:00'), window)).toBe(false);
    expect(canObject(at('2026-03-03T10:00:00+08:00'), window)).toBe(true);
    expect(canObject(at('2026-03-10T23:59:59.999+08:00'), window)).toBe(true);
    expect(canObject(at('2026-03-11T00:00:00+08:00'), window)).toBe(false);
  });

  it('rule R23: the window does not share the caller’s Date', () => {
    const approved = at('2026-03-03T10:00:00+08:00');
    const window = publicityWindow(approved);
    approved.setFullYear(2030);
    expect(window.startsAt).toEqual(at('2026-03-03T10:00:00+08:00'));
  });

  it.each([[0], [-7], [1.5], [367], [Number.NaN]])(
    'rule R23: %p publicity days are refused',
    (days) => {
      expect(() => publicityWindow(at('2026-03-03T10:00:00Z'), days)).toThrow(
        'rule R23: publicity days must be a whole number from 1 to 366',
      );
    },
  );

  it('rule R23: invalid dates throw', () => {
    expect(() => publicityWindow(new Date('nope'))).toThrow(
      'rule R23: approvedAt must be a valid Date',
    );
    const window = publicityWindow(at('2026-03-03T10:00:00Z'));
    expect(() => canObject(new Date('nope'), window)).toThrow('rule R23: now must be a valid Date');
    expect(() => canObject(new Date(), { ...window, endsAt: undefined as never })).toThrow(
      'rule R23: window.endsAt must be a valid Date',
    );
  });
});
