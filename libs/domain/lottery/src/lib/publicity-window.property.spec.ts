import fc from 'fast-check';
import { canObject, publicityWindow } from './publicity-window';

const DAY = 86_400_000;
const instant = fc
  .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) })
  .map((t) => new Date(t));

describe('rule R23: publicity window properties', () => {
  it('rule R23: the period holds at least `days` whole days, ends at midnight China time, and objections fit in it', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 60 }), instant, (approved, days, now) => {
        const window = publicityWindow(approved, days);
        const length = window.endsAt.getTime() - window.startsAt.getTime();
        expect(length).toBeGreaterThan(days * DAY);
        expect(length).toBeLessThanOrEqual((days + 1) * DAY);
        expect((window.endsAt.getTime() + 8 * 3_600_000) % DAY).toBe(0);
        expect(
          new Date(window.endsAt.getTime() - DAY + 8 * 3_600_000).toISOString().slice(0, 10),
        ).toBe(window.lastDay);
        expect(canObject(now, window)).toBe(now >= window.startsAt && now < window.endsAt);
      }),
    );
  });
});
