import { isPartyLed, partyLedShare, partyLedShareOfCounts } from './party-led-share';

const org = (...partyMembers: boolean[]) => ({
  leaders: partyMembers.map((isPartyMember) => ({ isPartyMember })),
});

describe('rule R10: Party-led share', () => {
  it.each([
    [org(), false],
    [org(false), false],
    [org(false, false), false],
    [org(true), true],
    [org(false, true), true],
  ])('rule R10: %j is Party-led: %p', (o, expected) => {
    expect(isPartyLed(o)).toBe(expected);
  });

  it.each([
    [[], 0, 0, 0],
    [[org(true)], 1, 1, 100],
    [[org(false)], 1, 0, 0],
    [[org(true), org(false), org(false)], 3, 1, 33.3],
    [[org(true), org(true), org(false)], 3, 2, 66.7],
    [[org(true), ...Array.from({ length: 7 }, () => org(false))], 8, 1, 12.5],
    [[org(true), ...Array.from({ length: 15 }, () => org(false))], 16, 1, 6.3],
    [[org(true), org(false, true), org(), org(false)], 4, 2, 50],
    [[org(true), ...Array.from({ length: 1999 }, () => org())], 2000, 1, 0.1],
    [[org(true), ...Array.from({ length: 2000 }, () => org())], 2001, 1, 0],
  ])('rule R10: %#: %d organizations, %d Party-led → %p %', (orgs, total, partyLed, share) => {
    expect(partyLedShare(orgs)).toEqual({ total, partyLed, sharePercent: share });
  });
});

describe('partyLedShareOfCounts (rule R10)', () => {
  it.each([
    [0, 0, 0],
    [3, 1, 33.3],
    [3, 2, 66.7],
    [8, 1, 12.5],
    [43, 43, 100],
  ])('%i organizations, %i Party-led → %d %%', (total, led, share) => {
    expect(partyLedShareOfCounts(total, led)).toEqual({
      total,
      partyLed: led,
      sharePercent: share,
    });
  });

  it('agrees with counting the organizations one by one', () => {
    const orgs = [true, false, true, false, false].map((led) => ({
      leaders: [{ isPartyMember: led }],
    }));
    expect(partyLedShareOfCounts(5, 2)).toEqual(partyLedShare(orgs));
  });

  it.each([
    [3, 4],
    [3, -1],
    [2.5, 1],
  ])('rejects impossible counts: %d total, %d led', (total, led) => {
    expect(() => partyLedShareOfCounts(total, led)).toThrow(RangeError);
  });
});
