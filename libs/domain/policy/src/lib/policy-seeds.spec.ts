import { createHash } from 'node:crypto';
import { POLICY_KINDS } from './policy-kind';
import { EDITABLE_POLICY_KINDS, isEditablePolicyKind, SEED_POLICIES } from './policy-seeds';

describe('SEED_POLICIES (issue #17: each kind’s first version)', () => {
  it('is frozen: the organizations migration seeds these rows, and decisions stamped them', () => {
    // A new number is a new version through the store (or a new migration), never an edit here:
    // an edit would make a fresh database disagree with one migrated before.
    const digest = createHash('sha256').update(JSON.stringify(SEED_POLICIES)).digest('hex');
    expect(digest).toBe('c863301f292f73b5353b4a2c072c3f13a2fe03bde5b4e22d983cf1dceb61fd6a');
  });

  it('has a seed for every editable kind, each a policy kind', () => {
    expect(Object.keys(SEED_POLICIES).sort()).toEqual([...EDITABLE_POLICY_KINDS].sort());
    expect(
      EDITABLE_POLICY_KINDS.every((k) => (POLICY_KINDS as readonly string[]).includes(k)),
    ).toBe(true);
    expect(isEditablePolicyKind('CALENDAR')).toBe(false);
    expect(isEditablePolicyKind('RESERVE')).toBe(true);
  });

  it('rule R13, rule R14: splits the priority defaults into PRIORITY and RESERVE', () => {
    expect(SEED_POLICIES.RESERVE).toEqual({ version: '2026.1', ruralReservePercent: 30 });
    expect(SEED_POLICIES.PRIORITY['bonuses']).toMatchObject({ rural: 15, publicWelfare: 10 });
  });
});
