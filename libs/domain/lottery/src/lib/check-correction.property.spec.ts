import fc from 'fast-check';
import { checkCorrection } from './check-correction';
import { currentNotice, LotteryNotice, noticeHistory } from './notice';

describe('rule R23: correction chain properties', () => {
  it('rule R23: whatever is attempted, accepted corrections keep every chain linear, and the last accepted is in force', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.nat({ max: 30 }), { maxLength: 25 }),
        (originals, targets) => {
          let notices: LotteryNotice[] = Array.from({ length: originals }, (_, i) => ({
            id: `O${i}`,
            kind: 'PUBLICITY',
            publishedAt: new Date(Date.UTC(2026, 0, 1)),
          }));
          targets.forEach((pick, step) => {
            const target = notices[pick % notices.length];
            const correction: LotteryNotice = {
              id: `K${step}`,
              kind: 'PUBLICITY',
              publishedAt: new Date(Date.UTC(2026, 0, 2 + step)),
              corrects: target.id,
            };
            const check = checkCorrection(notices, correction);
            const inForce = currentNotice(notices, target.id)!;
            expect(check.ok).toBe(inForce.id === target.id);
            if (check.ok) {
              notices = [...notices, correction];
              expect(currentNotice(notices, target.id)).toBe(correction);
            } else {
              expect(check).toMatchObject({ reason: 'ALREADY_CORRECTED', latestId: inForce.id });
            }
          });
          for (let i = 0; i < originals; i += 1) {
            const history = noticeHistory(notices, `O${i}`);
            expect(history[0].id).toBe(`O${i}`);
            expect(history[history.length - 1]).toBe(currentNotice(notices, `O${i}`));
            for (const n of history) expect(noticeHistory(notices, n.id)).toEqual(history);
          }
        },
      ),
    );
  });
});
