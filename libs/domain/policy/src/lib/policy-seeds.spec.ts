import { createHash } from 'node:crypto';
import { POLICY_KINDS, RULE_OF_KIND } from './policy-kind';
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
    const digest = (versions: unknown) =>
      createHash('sha256').update(JSON.stringify(versions)).digest('hex');
    expect(digest(SEED_VERSIONS)).toBe(
      'b3ff0b9f86fde7dbba04024735edf4dd13747cfbf3716c9349ab0c20072668dc',
    );
    // rule R25: adding procurement's two kinds (issue #17) left the versions shipped before as
    // they were: without them, the digest the PolicyStore migration's seeds had.
    const earlier = SEED_VERSIONS.filter(
      (s) => s.kind !== 'PURCHASE' && s.kind !== 'NEGATIVE_LIST',
    );
    expect(digest(earlier)).toBe(
      '85eed810bb884921b865912cf7d0a42271cee433bd8d95df8c160a3646a79ea1',
    );
  });

  it('has a seed for every editable kind, each a policy kind', () => {
    expect(Object.keys(SEED_POLICIES).sort()).toEqual([...EDITABLE_POLICY_KINDS].sort());
    expect(
      EDITABLE_POLICY_KINDS.every((k) => (POLICY_KINDS as readonly string[]).includes(k)),
    ).toBe(true);
    expect(isEditablePolicyKind('PROCUREMENT')).toBe(false);
    expect(isEditablePolicyKind('PURCHASE')).toBe(true);
    expect(isEditablePolicyKind('NEGATIVE_LIST')).toBe(true);
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

  it('rule R25: ships procurement’s PURCHASE and NEGATIVE_LIST as the 2026.1 its own table held', () => {
    const procurement = SEED_VERSIONS.filter(
      (s) => s.kind === 'PURCHASE' || s.kind === 'NEGATIVE_LIST',
    );
    expect(procurement.map((s) => [s.kind, s.version, s.effectiveFrom, s.regionCode])).toEqual([
      ['PURCHASE', '2026.1', '2000-01-01', '450000'],
      ['NEGATIVE_LIST', '2026.1', '2000-01-01', '450000'],
    ]);
    expect(POLICY_SHAPES.PURCHASE['thresholds']).toEqual({
      smallPurchaseFen: 100_000_000,
      publicTenderFen: 400_000_000,
      source: '国办发〔2019〕55号',
    });
    expect(RULE_OF_KIND.PURCHASE).toBe('R25');
    expect(RULE_OF_KIND.NEGATIVE_LIST).toBe('R25');
    expect(POLICY_KINDS).not.toContain('PROCUREMENT');
  });
});
