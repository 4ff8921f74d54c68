import fc from 'fast-check';
import { checkEldercareFloor, eldercareShare, meetsEldercareFloor } from './eldercare-share';
import { LOTTERY_PURPOSES } from './lottery-purpose';

const fen = fc.integer({ min: 0, max: 10 ** 12 });
const approved = fc.record(
  { ELDERLY: fen, DISABILITY: fen, ORPHANS: fen, HARDSHIP: fen },
  { requiredKeys: [] },
);
const floorPercent = fc.integer({ min: 0, max: 10_000 }).map((bp) => bp / 100);
const proposal = fc.record({
  purpose: fc.constantFrom(...LOTTERY_PURPOSES),
  amountFen: fc.integer({ min: 1, max: 10 ** 12 }),
});

describe('rule R21: eldercare share properties', () => {
  it('rule R21: basis points are the exact share rounded down, and meet the floor exactly when the share does', () => {
    fc.assert(
      fc.property(approved, floorPercent, (amounts, floor) => {
        const share = eldercareShare(amounts);
        const meets = meetsEldercareFloor(amounts, { version: 'p', floorPercent: floor });
        if (share.totalFen === 0) {
          expect(share.basisPoints).toBeNull();
          expect(meets).toBeNull();
          return;
        }
        const bp = BigInt(share.basisPoints!);
        const [e, t] = [BigInt(share.eldercareFen), BigInt(share.totalFen)];
        expect(bp * t <= e * 10_000n && e * 10_000n < (bp + 1n) * t).toBe(true);
        expect(meets).toBe(share.basisPoints! >= Math.round(floor * 100));
        expect(share.percent).toBe((share.basisPoints! / 100).toFixed(2));
      }),
    );
  });

  it('rule R21: only non-eldercare approvals warn, exactly when the year would end below the floor', () => {
    fc.assert(
      fc.property(approved, proposal, floorPercent, (current, proposed, floor) => {
        const policy = { version: 'p', floorPercent: floor };
        const check = checkEldercareFloor(current, proposed, policy);
        const after = {
          ...current,
          [proposed.purpose]: (current[proposed.purpose] ?? 0) + proposed.amountFen,
        };
        expect(check.shareAfter).toEqual(eldercareShare(after));
        const shouldWarn =
          proposed.purpose !== 'ELDERLY' && meetsEldercareFloor(after, policy) === false;
        expect(check.ok).toBe(!shouldWarn);
      }),
    );
  });

  it('rule R21: approving exactly the headroom keeps the floor', () => {
    fc.assert(
      fc.property(approved, proposal, floorPercent, (current, proposed, floor) => {
        const policy = { version: 'p', floorPercent: floor };
        const check = checkEldercareFloor(current, { ...proposed, purpose: 'HARDSHIP' }, policy);
        if (check.ok || check.headroomFen === 0) return;
        const fits = checkEldercareFloor(
          current,
          { purpose: 'HARDSHIP', amountFen: check.headroomFen },
          policy,
        );
        expect(fits.ok).toBe(true);
        const over = checkEldercareFloor(
          current,
          { purpose: 'HARDSHIP', amountFen: check.headroomFen + 1 },
          policy,
        );
        expect(over.ok).toBe(false);
      }),
    );
  });
});
