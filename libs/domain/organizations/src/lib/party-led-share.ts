export interface PartyLedShare {
  total: number;
  partyLed: number;
  /** Percent of organizations led by Party members, rounded half up to 1 decimal. */
  sharePercent: number;
}

// rule R10: an organization is Party-led when any of its leaders is a Party member.
export function isPartyLed(org: { leaders: readonly { isPartyMember: boolean }[] }): boolean {
  return org.leaders.some((leader) => leader.isPartyMember === true);
}

// rule R10: the share of organizations led by Party members.
export function partyLedShare(
  orgs: readonly { leaders: readonly { isPartyMember: boolean }[] }[],
): PartyLedShare {
  return partyLedShareOfCounts(orgs.length, orgs.filter(isPartyLed).length);
}

// rule R10: the Party-led share from counts (e.g. counted by the database), one decimal.
export function partyLedShareOfCounts(total: number, partyLed: number): PartyLedShare {
  if (
    !Number.isSafeInteger(total) ||
    !Number.isSafeInteger(partyLed) ||
    partyLed < 0 ||
    partyLed > total
  ) {
    throw new RangeError(`party-led count ${partyLed} must be an integer between 0 and ${total}`);
  }
  if (total === 0) return { total, partyLed, sharePercent: 0 };
  // permille rounded half up, in integers: floor((2000·led + total) / (2·total))
  const numerator = 2000 * partyLed + total;
  const denominator = 2 * total;
  const permille = (numerator - (numerator % denominator)) / denominator;
  return { total, partyLed, sharePercent: permille / 10 };
}
