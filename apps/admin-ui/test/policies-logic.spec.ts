import { DEFAULT_NEGATIVE_LIST_POLICY, DEFAULT_PURCHASE_POLICY } from '@civic/domain/procurement';
import dayjs from 'dayjs';
import { namePathOf } from '../src/common/form-violations';
import en from '../src/i18n/en.json';
import zhCN from '../src/i18n/zh-CN.json';
import { diffPolicyBodies, inOrder, listDelta } from '../src/policies/policy-diff';
import {
  fieldName,
  fieldsOf,
  METHOD_NUMBER,
  NUMERIC_FIELDS,
  numberPaths,
  valueAt,
} from '../src/policies/policy-fields';
import { POLICY_KINDS } from '../src/policies/policy-types';
import {
  beijingToday,
  bodyFormValues,
  nextVersion,
  parsesAsObject,
  proposeMapping,
  type ProposeFormValues,
  toProposeDto,
} from '../src/policies/policy-values';

// Pure parts of the policy pages (issue #17: policy as data; R13, R14, R19, R22, R28).

const RESERVE_SEED = { version: '2026.1', ruralReservePercent: 30 };
const PRIORITY_SEED = {
  version: '2026.1',
  bonuses: {
    rural: 15,
    publicWelfare: 10,
    governmentFunctions: 5,
    perPriorityGroup: 3,
    priorityGroupsCap: 9,
    ruralFounder: 5,
    incubationGraduate: 3,
  },
};
const TRANCHES_SEED = {
  version: '2026.1',
  tranches: [
    { key: 'SIGNING', percent: 50 },
    { key: 'MID_TERM', percent: 30 },
    { key: 'FINAL', percent: 20 },
  ],
};
const PURCHASE_SEED = structuredClone(DEFAULT_PURCHASE_POLICY) as unknown as Record<
  string,
  unknown
>;
const NEGATIVE_LIST_SEED = structuredClone(DEFAULT_NEGATIVE_LIST_POLICY) as unknown as Record<
  string,
  unknown
>;
const TIERS_SEED = {
  version: '2026.1',
  registration: { minRegisteredFundsFen: 200000, federationMinMemberOrganizations: 30 },
  streetFiled: { minMembers: 10, minActiveMonths: 3, windowMonths: 6 },
};

describe('diffPolicyBodies (issue #17)', () => {
  it('names the rural reserve going from 30 to 35 and the new version name (R14)', () => {
    expect(diffPolicyBodies(RESERVE_SEED, { version: '2026.2', ruralReservePercent: 35 })).toEqual([
      { field: 'version', before: '2026.1', after: '2026.2' },
      { field: 'ruralReservePercent', before: 30, after: 35 },
    ]);
  });

  it('is empty for the same body, whatever the order of its keys', () => {
    expect(diffPolicyBodies(RESERVE_SEED, { ruralReservePercent: 30, version: '2026.1' })).toEqual(
      [],
    );
    expect(diffPolicyBodies(PRIORITY_SEED, structuredClone(PRIORITY_SEED))).toEqual([]);
  });

  it('walks nested numbers: only the bonuses that changed, and one only the newer has (R13, R6)', () => {
    const after = {
      ...PRIORITY_SEED,
      bonuses: { ...PRIORITY_SEED.bonuses, rural: 20, lifeService: 5 },
    };
    expect(diffPolicyBodies(PRIORITY_SEED, after)).toEqual([
      { field: 'bonuses.rural', before: 15, after: 20 },
      { field: 'bonuses.lifeService', before: undefined, after: 5 },
    ]);
    // …and one the newer dropped.
    expect(diffPolicyBodies(after, PRIORITY_SEED)).toEqual([
      { field: 'bonuses.rural', before: 20, after: 15 },
      { field: 'bonuses.lifeService', before: 5, after: undefined },
    ]);
  });

  it('compares the tranches one by one, a dropped tranche as a whole (R19)', () => {
    const after = {
      version: '2026.1',
      tranches: [
        { key: 'SIGNING', percent: 60 },
        { key: 'FINAL', percent: 40 },
      ],
    };
    expect(diffPolicyBodies(TRANCHES_SEED, after)).toEqual([
      { field: 'tranches.0.percent', before: 50, after: 60 },
      { field: 'tranches.1.key', before: 'MID_TERM', after: 'FINAL' },
      { field: 'tranches.1.percent', before: 30, after: 40 },
      { field: 'tranches.2', before: { key: 'FINAL', percent: 20 }, after: undefined },
    ]);
  });

  it('takes a list of keywords as one value, and tells the words gained and lost (R22)', () => {
    const before = {
      version: '1',
      keywords: { HOSPITALITY: ['招待', '宴请'] },
      allowedPhrases: [],
    };
    const after = {
      version: '1',
      keywords: { HOSPITALITY: ['招待', '接待费'] },
      allowedPhrases: [],
    };
    const changes = diffPolicyBodies(before, after);
    expect(changes).toEqual([
      { field: 'keywords.HOSPITALITY', before: ['招待', '宴请'], after: ['招待', '接待费'] },
    ]);
    expect(listDelta(changes[0].before, changes[0].after)).toEqual({
      added: ['接待费'],
      removed: ['宴请'],
    });
    // The same words in another order are another list (the order is kept as written).
    expect(
      diffPolicyBodies(before, { ...before, keywords: { HOSPITALITY: ['宴请', '招待'] } }),
    ).toHaveLength(1);
  });

  it('names a holiday notice entered over the working calendar, its days as one list (R16)', () => {
    const notice = {
      year: 2027,
      notice: '国办发明电〔2026〕7号',
      holidays: ['2027-01-01'],
      makeUpWorkdays: [],
    };
    const entered = { version: '2026.2', notices: [notice] };
    expect(diffPolicyBodies({ version: '2026.2', notices: [] }, entered)).toEqual([
      { field: 'notices.0', before: undefined, after: notice },
    ]);
    const moved = { ...entered, notices: [{ ...notice, holidays: ['2027-01-02'] }] };
    expect(diffPolicyBodies(entered, moved)).toEqual([
      { field: 'notices.0.holidays', before: ['2027-01-01'], after: ['2027-01-02'] },
    ]);
  });

  it('rule R25: names a purchase method’s changed minimum and a negative-list clause’s new terms', () => {
    const after = structuredClone(PURCHASE_SEED) as { methods: { minBidders: number }[] };
    after.methods[3].minBidders = 3;
    expect(diffPolicyBodies(PURCHASE_SEED, after)).toEqual([
      { field: 'methods.3.minBidders', before: 2, after: 3 },
    ]);
    const list = structuredClone(NEGATIVE_LIST_SEED) as { clauses: { terms: string[] }[] };
    list.clauses[1].terms.push('印刷品');
    const changes = diffPolicyBodies(NEGATIVE_LIST_SEED, list);
    expect(changes.map((c) => c.field)).toEqual(['clauses.1.terms']);
    expect(listDelta(changes[0].before, changes[0].after)).toEqual({
      added: ['印刷品'],
      removed: [],
    });
  });

  it('puts the earlier version first: by its first day, then by when it was proposed', () => {
    const seed = { effectiveFrom: '2026-01-01', proposedAt: '2026-12-01T00:00:00.000Z' };
    const later = { effectiveFrom: '2026-12-07', proposedAt: '2026-12-07T03:00:00.000Z' };
    const sameDay = { effectiveFrom: '2026-12-07', proposedAt: '2026-12-07T04:00:00.000Z' };
    expect(inOrder(later, seed)).toEqual([seed, later]);
    expect(inOrder(seed, later)).toEqual([seed, later]);
    expect(inOrder(sameDay, later)).toEqual([later, sameDay]);
  });
});

describe('the numbers of a version (issue #17)', () => {
  it('shows the known numbers a version has, in order, then any other number in it', () => {
    expect(fieldsOf('RESERVE', RESERVE_SEED)).toEqual([
      { path: 'ruralReservePercent', unit: 'percent' },
    ]);
    // 2026.1 has no R6 bonuses: they are not asked for; a bonus the UI does not know is points.
    const paths = fieldsOf('PRIORITY', PRIORITY_SEED).map((f) => f.path);
    expect(paths).toEqual(Object.keys(PRIORITY_SEED.bonuses).map((k) => `bonuses.${k}`));
    const unknown = { ...PRIORITY_SEED, bonuses: { ...PRIORITY_SEED.bonuses, newFactor: 2 } };
    expect(fieldsOf('PRIORITY', unknown).at(-1)).toEqual({
      path: 'bonuses.newFactor',
      unit: 'points',
    });
    expect(numberPaths(TIERS_SEED)).toEqual(NUMERIC_FIELDS.TIERS.map((f) => f.path));
    expect(valueAt(TRANCHES_SEED, 'tranches.1.percent')).toBe(30);
    expect(valueAt(TRANCHES_SEED, 'tranches.9.percent')).toBeUndefined();
  });

  it('rule R25: shows the purchase policy’s known numbers, then each method’s minimum bids and panel', () => {
    const specs = fieldsOf('PURCHASE', PURCHASE_SEED);
    expect(specs.slice(0, NUMERIC_FIELDS.PURCHASE.length)).toEqual(NUMERIC_FIELDS.PURCHASE);
    expect(specs.slice(NUMERIC_FIELDS.PURCHASE.length, NUMERIC_FIELDS.PURCHASE.length + 2)).toEqual(
      [
        { path: 'methods.0.minBidders', unit: 'organizations' },
        { path: 'methods.0.minPanel', unit: 'people' },
      ],
    );
    expect(specs.filter((f) => METHOD_NUMBER.test(f.path))).toHaveLength(12);
    expect(specs.find((f) => f.path === 'thresholds.publicTenderFen')?.unit).toBe('fen');
    // A list of words (the negative list's terms) is not a number to edit.
    expect(numberPaths(NEGATIVE_LIST_SEED)).toEqual([]);
  });

  it('labels every kind and every known number in Chinese and English', () => {
    for (const resources of [zhCN, en]) {
      const policies = resources.policies as Record<string, unknown>;
      for (const kind of POLICY_KINDS) {
        expect(valueAt(policies, `kinds.${kind}`)).toEqual(expect.any(String));
      }
      for (const [kind, specs] of Object.entries(NUMERIC_FIELDS)) {
        for (const spec of specs) {
          expect([kind, spec.path, valueAt(policies, `fields.${kind}.${spec.path}`)]).toEqual([
            kind,
            spec.path,
            expect.any(String),
          ]);
          if (spec.unit && spec.unit !== 'fen') {
            expect(valueAt(policies, `unit.${spec.unit}`)).toEqual(expect.any(String));
          }
        }
      }
      // rule R25: a purchase method's and a negative-list clause's fields, by its name.
      for (const field of ['item', 'minBidders', 'minPanel', 'justificationRequired']) {
        expect(valueAt(policies, `fields.PURCHASE.method.${field}`)).toContain('{{method}}');
      }
      for (const field of ['item', 'key', 'article', 'name', 'nameZh', 'terms']) {
        expect(valueAt(policies, `fields.NEGATIVE_LIST.clause.${field}`)).toContain('{{clause}}');
      }
      expect(valueAt(policies, 'propose.jsonHelp.NEGATIVE_LIST')).toEqual(expect.any(String));
    }
  });
});

describe('proposing a version (issue #17, R28)', () => {
  const values = (over: Partial<ProposeFormValues>): ProposeFormValues => ({
    kind: 'RESERVE',
    regionCode: '450000',
    effectiveFrom: dayjs('2026-12-07'),
    reason: '  提高农村预留  ',
    body: { version: '2026.2', ruralReservePercent: 35 },
    ...over,
  });

  it('names the next version after the one in force', () => {
    expect(nextVersion('2026.1')).toBe('2026.2');
    expect(nextVersion('2016-198')).toBe('2016-199');
    expect(nextVersion('2026.9')).toBe('2026.10');
    expect(nextVersion('v')).toBe('v.1');
  });

  it('starts the form from the body in force, the version one up, fen as yuan (R26)', () => {
    expect(bodyFormValues('RESERVE', RESERVE_SEED)).toEqual({
      body: { version: '2026.2', ruralReservePercent: 30 },
    });
    expect(bodyFormValues('TIERS', TIERS_SEED).body).toMatchObject({
      version: '2026.2',
      registration: { minRegisteredFundsFen: 2000 },
    });
    // rule R25: the purchase thresholds as yuan (1,000,000 and 4,000,000), the methods as they are.
    const purchase = bodyFormValues('PURCHASE', PURCHASE_SEED).body;
    expect(purchase).toMatchObject({
      version: '2026.2',
      thresholds: { smallPurchaseFen: 1_000_000, publicTenderFen: 4_000_000 },
      methods: PURCHASE_SEED['methods'],
    });
    const list = bodyFormValues('NEGATIVE_LIST', NEGATIVE_LIST_SEED);
    expect(JSON.parse(list.bodyJson!)).toEqual({ clauses: NEGATIVE_LIST_SEED['clauses'] });
    const tranches = bodyFormValues('TRANCHES', TRANCHES_SEED);
    expect(tranches.body).toEqual({ version: '2026.2' });
    expect(JSON.parse(tranches.bodyJson!)).toEqual({ tranches: TRANCHES_SEED.tranches });
  });

  it('sends what was typed over the body in force, the reason trimmed, the day as a date', () => {
    expect(toProposeDto(values({}), RESERVE_SEED)).toEqual({
      kind: 'RESERVE',
      regionCode: '450000',
      effectiveFrom: '2026-12-07',
      reason: '提高农村预留',
      body: { version: '2026.2', ruralReservePercent: 35 },
    });
    // A field the form does not show is kept; yuan back to fen.
    const tiers = toProposeDto(
      values({
        kind: 'TIERS',
        body: {
          version: '2027.1',
          registration: { minRegisteredFundsFen: 2500.5, federationMinMemberOrganizations: 30 },
          streetFiled: { minMembers: 12, minActiveMonths: 3, windowMonths: 6 },
        },
      }),
      { ...TIERS_SEED, registration: { ...TIERS_SEED.registration, note: 'kept' } },
    );
    expect(tiers.body).toEqual({
      version: '2027.1',
      registration: {
        minRegisteredFundsFen: 250050,
        federationMinMemberOrganizations: 30,
        note: 'kept',
      },
      streetFiled: { minMembers: 12, minActiveMonths: 3, windowMonths: 6 },
    });
    const json = toProposeDto(
      values({
        kind: 'TRANCHES',
        body: { version: '2027.1' },
        bodyJson: '{"tranches":[{"key":"SIGNING","percent":100}]}',
      }),
      TRANCHES_SEED,
    );
    expect(json.body).toEqual({ version: '2027.1', tranches: [{ key: 'SIGNING', percent: 100 }] });
  });

  it('rule R25: sends a purchase policy with a method’s minimum typed over it, yuan back to fen, its words kept', () => {
    const typed = structuredClone(bodyFormValues('PURCHASE', PURCHASE_SEED).body) as {
      thresholds: Record<string, number>;
      methods: { minBidders: number }[];
    };
    typed.thresholds['publicTenderFen'] = 2_000_000;
    typed.methods[3].minBidders = 3;
    const dto = toProposeDto(values({ kind: 'PURCHASE', body: typed }), PURCHASE_SEED);
    const sent = dto.body as unknown as typeof DEFAULT_PURCHASE_POLICY;
    expect(sent.version).toBe('2026.2');
    expect(sent.thresholds).toEqual({
      smallPurchaseFen: 100_000_000,
      publicTenderFen: 200_000_000,
      source: '国办发〔2019〕55号',
    });
    expect(sent.methods).toEqual(
      DEFAULT_PURCHASE_POLICY.methods.map((m, i) => (i === 3 ? { ...m, minBidders: 3 } : m)),
    );
    expect(sent.award).toEqual(DEFAULT_PURCHASE_POLICY.award);
  });

  it('shows the API’s violations on the number they name, or on the JSON box', () => {
    const violation = (field: string) => ({ field, rule: 'R19', message: 'm', messageZh: 'm' });
    expect(namePathOf('body.ruralReservePercent', proposeMapping('RESERVE', []))).toEqual([
      'body',
      'ruralReservePercent',
    ]);
    expect(namePathOf('body.bonuses.rural', proposeMapping('PRIORITY', []))).toEqual([
      'body',
      'bonuses',
      'rural',
    ]);
    const violations = [violation('body.tranches'), violation('body.version')];
    const mapping = proposeMapping('TRANCHES', violations);
    expect(namePathOf('body.tranches', mapping)).toEqual(['bodyJson']);
    expect(namePathOf('body.version', mapping)).toEqual(['body', 'version']);
    expect(namePathOf('effectiveFrom', mapping)).toEqual(['effectiveFrom']);
    // rule R25: a purchase number on its input; a negative-list clause on the JSON box.
    expect(namePathOf('body.methods.4.minBidders', proposeMapping('PURCHASE', []))).toEqual([
      'body',
      'methods',
      4,
      'minBidders',
    ]);
    expect(fieldName('methods.4.minBidders')).toEqual(
      namePathOf('body.methods.4.minBidders', proposeMapping('PURCHASE', [])),
    );
    const clause = [violation('body.clauses.1.terms')];
    expect(namePathOf('body.clauses.1.terms', proposeMapping('NEGATIVE_LIST', clause))).toEqual([
      'bodyJson',
    ]);
  });

  it('checks the JSON box holds an object', () => {
    expect(parsesAsObject('{"tranches":[]}')).toBe(true);
    expect(parsesAsObject('[1]')).toBe(false);
    expect(parsesAsObject('{tranches')).toBe(false);
    expect(parsesAsObject(undefined)).toBe(false);
  });

  it('takes today on the China calendar, whatever the browser’s zone', () => {
    expect(beijingToday(Date.parse('2026-12-06T15:59:59Z'))).toBe('2026-12-06');
    expect(beijingToday(Date.parse('2026-12-06T16:00:00Z'))).toBe('2026-12-07');
  });
});
