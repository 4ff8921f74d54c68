import { checkEldercareFloor, eldercareShare, meetsEldercareFloor } from './eldercare-share';

describe('rule R21: eldercare share', () => {
  it('rule R21: the share is eldercare over all four purposes, exact and rounded down for display', () => {
    expect(eldercareShare({ ELDERLY: 2, DISABILITY: 1 })).toEqual({
      eldercareFen: 2,
      totalFen: 3,
      basisPoints: 6666,
      percent: '66.66',
    });
    expect(eldercareShare({ ELDERLY: 55_00, ORPHANS: 20_00, HARDSHIP: 25_00 })).toMatchObject({
      basisPoints: 5500,
      percent: '55.00',
    });
    expect(eldercareShare({ ELDERLY: 100 })).toMatchObject({
      basisPoints: 10_000,
      percent: '100.00',
    });
    expect(eldercareShare({ DISABILITY: 100, ELDERLY: 0 })).toMatchObject({
      basisPoints: 0,
      percent: '0.00',
    });
    expect(eldercareShare({ ELDERLY: 1, DISABILITY: 99_999 })).toMatchObject({ percent: '0.00' });
  });

  it('rule R21: a share just under the floor never displays as the floor', () => {
    // 5499.99… basis points: shown as 54.99, not 55.00
    const share = eldercareShare({ ELDERLY: 549_999, HARDSHIP: 450_001 });
    expect(share.percent).toBe('54.99');
    expect(meetsEldercareFloor({ ELDERLY: 549_999, HARDSHIP: 450_001 })).toBe(false);
    expect(meetsEldercareFloor({ ELDERLY: 550_000, HARDSHIP: 450_000 })).toBe(true);
  });

  it('rule R21: with nothing approved the share is undefined, not 0 % or 100 %', () => {
    const none = { eldercareFen: 0, totalFen: 0, basisPoints: null, percent: null };
    expect(eldercareShare({})).toEqual(none);
    expect(eldercareShare({ ELDERLY: 0, DISABILITY: 0 })).toEqual(none);
    expect(meetsEldercareFloor({})).toBeNull();
  });

  it.each([
    [{ WOMEN: 100 }, 'rule R20: WOMEN is not a lottery purpose'],
    [{ ELDERLY: -1 }, 'approved.ELDERLY must not be negative'],
    [{ ELDERLY: 1.5 }, 'approved.ELDERLY must be a safe integer number of fen'],
    [{ ELDERLY: Number.MAX_SAFE_INTEGER, HARDSHIP: 1 }, 'rule R26: the approved total is outside'],
    [null, 'rule R21: approved amounts must be an object'],
  ])('rule R21: eldercareShare(%p) throws', (approved, message) => {
    expect(() => eldercareShare(approved as never)).toThrow(message);
  });
});

describe('rule R21: checkEldercareFloor', () => {
  it('rule R21: a first approval of the year that is eldercare is fine (100 %)', () => {
    expect(checkEldercareFloor({}, { purpose: 'ELDERLY', amountFen: 10_000_00 })).toEqual({
      ok: true,
      shareAfter: {
        eldercareFen: 10_000_00,
        totalFen: 10_000_00,
        basisPoints: 10_000,
        percent: '100.00',
      },
    });
  });

  it('rule R21: a first approval of the year that is not eldercare warns (0 %)', () => {
    expect(checkEldercareFloor({}, { purpose: 'DISABILITY', amountFen: 5_000_00 })).toEqual({
      ok: false,
      reason: 'BELOW_ELDERCARE_FLOOR',
      shareAfter: { eldercareFen: 0, totalFen: 5_000_00, basisPoints: 0, percent: '0.00' },
      floorPercent: 55,
      policyVersion: '2026.1',
      headroomFen: 0,
      message:
        "rule R21: approving 5,000.00 yuan for services for people with disabilities would leave this year's eldercare share at 0.00 %, below the 55 % floor",
      messageZh:
        '规则 R21：批准该笔助残资助 5,000.00 元后，本年度扶老（养老）资金占比为 0.00%，低于 55% 的下限',
    });
  });

  it('rule R21: with a floor of 0 nothing ever warns', () => {
    expect(
      checkEldercareFloor(
        {},
        { purpose: 'ORPHANS', amountFen: 1 },
        { version: 'x', floorPercent: 0 },
      ),
    ).toMatchObject({ ok: true, shareAfter: { basisPoints: 0 } });
  });

  it('rule R21: a non-eldercare approval that keeps the year at the floor is fine; one fen more warns', () => {
    const current = { ELDERLY: 55_000_00, HARDSHIP: 30_000_00 };
    // 55,000 / (85,000 + x) ≥ 55 % ⇔ x ≤ 15,000.00 yuan
    expect(
      checkEldercareFloor(current, { purpose: 'HARDSHIP', amountFen: 15_000_00 }),
    ).toMatchObject({
      ok: true,
      shareAfter: { basisPoints: 5500, percent: '55.00' },
    });
    expect(
      checkEldercareFloor(current, { purpose: 'ORPHANS', amountFen: 15_000_01 }),
    ).toMatchObject({
      ok: false,
      reason: 'BELOW_ELDERCARE_FLOOR',
      shareAfter: { basisPoints: 5499, percent: '54.99' },
      headroomFen: 15_000_00,
    });
  });

  it('rule R21: an eldercare approval never warns, even while the year is still below the floor', () => {
    const current = { ELDERLY: 10_00, DISABILITY: 90_00 };
    const check = checkEldercareFloor(current, { purpose: 'ELDERLY', amountFen: 10_00 });
    expect(check).toEqual({
      ok: true,
      shareAfter: { eldercareFen: 20_00, totalFen: 110_00, basisPoints: 1818, percent: '18.18' },
    });
  });

  it('rule R21: the floor is configurable', () => {
    const current = { ELDERLY: 60_00, HARDSHIP: 30_00 };
    const proposal = { purpose: 'HARDSHIP' as const, amountFen: 10_00 };
    expect(checkEldercareFloor(current, proposal).ok).toBe(true);
    expect(
      checkEldercareFloor(current, proposal, { version: 'gx-2027', floorPercent: 60.5 }),
    ).toMatchObject({
      ok: false,
      floorPercent: 60.5,
      policyVersion: 'gx-2027',
      // 60.00 / (90.00 + x) ≥ 60.5 % ⇔ x ≤ 9.17 yuan
      headroomFen: 9_17,
      messageZh: expect.stringContaining('低于 60.5% 的下限'),
    });
  });

  it.each([
    [{ purpose: 'WOMEN', amountFen: 1 }, 'rule R20: proposed.purpose must be a lottery purpose'],
    [
      { purpose: 'ELDERLY', amountFen: 0 },
      'rule R26: proposed.amountFen must be a positive whole number',
    ],
    [{ purpose: 'ELDERLY', amountFen: 1.5 }, 'rule R26: proposed.amountFen'],
    [undefined, 'rule R20: proposed.purpose'],
  ])('rule R21: the proposal %p is refused', (proposed, message) => {
    expect(() => checkEldercareFloor({}, proposed as never)).toThrow(message);
  });

  it('rule R21: an invalid policy throws', () => {
    expect(() =>
      checkEldercareFloor(
        {},
        { purpose: 'ELDERLY', amountFen: 1 },
        { version: 'x', floorPercent: 120 },
      ),
    ).toThrow('rule R21: floorPercent');
  });
});
