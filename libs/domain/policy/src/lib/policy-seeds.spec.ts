import { createHash } from 'node:crypto';
import { POLICY_KINDS } from './policy-kind';
import {
  EDITABLE_POLICY_KINDS,
  isEditablePolicyKind,
  POLICY_SHAPES,
  SEED_POLICIES,
  SEED_VERSIONS,
} from './policy-seeds';

describe('SEED_POLICIES (issue #17: each kind’s first version)', () => {
  it('is frozen: the organizations migration seeds these rows, and decisions stamped them', () => {
    // A new number is a new version through the store (or a new migration), never an edit here:
    // an edit would make a fresh database disagree with one migrated before.
    const digest = createHash('sha256').update(JSON.stringify(SEED_VERSIONS)).digest('hex');
    expect(digest).toBe('85eed810bb884921b865912cf7d0a42271cee433bd8d95df8c160a3646a79ea1');
  });

  it('has a seed for every editable kind, each a policy kind', () => {
    expect(Object.keys(SEED_POLICIES).sort()).toEqual([...EDITABLE_POLICY_KINDS].sort());
    expect(
      EDITABLE_POLICY_KINDS.every((k) => (POLICY_KINDS as readonly string[]).includes(k)),
    ).toBe(true);
    expect(isEditablePolicyKind('PROCUREMENT')).toBe(false);
    expect(isEditablePolicyKind('CALENDAR')).toBe(true);
    expect(isEditablePolicyKind('RESERVE')).toBe(true);
  });

  it('rule R6, rule R9: ships PRIORITY 2026.2 with life-service, mutual-aid and priority-founder bonuses after 2026.1', () => {
    expect(SEED_VERSIONS.filter((s) => s.kind === 'PRIORITY').map((s) => s.version)).toEqual([
      '2026.1',
      '2026.2',
    ]);
    expect(POLICY_SHAPES.PRIORITY['bonuses']).toMatchObject({
      lifeService: 5,
      mutualAid: 5,
      priorityFounder: 5,
    });
    expect(SEED_POLICIES.PRIORITY['bonuses']).not.toHaveProperty('lifeService');
    expect(SEED_POLICIES.PRIORITY['bonuses']).not.toHaveProperty('priorityFounder');
  });

  it('rule R13, rule R14: splits the priority defaults into PRIORITY and RESERVE', () => {
    expect(SEED_POLICIES.RESERVE).toEqual({ version: '2026.1', ruralReservePercent: 30 });
    expect(SEED_POLICIES.PRIORITY['bonuses']).toMatchObject({ rural: 15, publicWelfare: 10 });
  });
});
