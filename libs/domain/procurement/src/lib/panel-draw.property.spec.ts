import fc from 'fast-check';
import { dayOfDateString } from '@civic/domain/calendar';
import { ConflictApplicant, conflictsOf, DeclaredRelation } from '@civic/domain/conflicts';
import { drawPanel, PanelBidder, PanelDrawInput, PanelExpert } from './panel-draw';

const TODAY = dayOfDateString('2026-03-15', 'today');
const ORGS = [1, 2, 3, 4];
const FIELDS = ['eldercare', 'childcare', 'culture'];

const organizationOf = (n: number): ConflictApplicant => ({
  organizationId: `org-${n}`,
  organizationName: `社区服务中心${n}`,
  people: [
    { name: `负责人${n}`, role: '理事长' },
    { name: `秘书${n}`, role: '秘书长' },
  ],
});

const relationArb: fc.Arbitrary<DeclaredRelation> = fc
  .oneof(
    fc.record({
      kind: fc.constantFrom('EMPLOYEE', 'DIRECTOR', 'SUPERVISOR', 'CONTROLLER' as const),
      organizationId: fc.constantFrom(...ORGS.map((n) => `org-${n}`)),
      from: fc.constant('2015-01-01'),
      to: fc.constantFrom(undefined, '2022-01-01', '2023-03-15', '2023-03-14', '2027-01-01'),
    }),
    fc.record({
      kind: fc.constantFrom('SPOUSE', 'LINEAL_RELATIVE', 'CLOSE_IN_LAW' as const),
      personName: fc.constantFrom(...ORGS.map((n) => `负责人${n}`), '路人'),
      from: fc.constant('2000-01-01'),
    }),
    fc.record({
      kind: fc.constant('COLLATERAL_RELATIVE' as const),
      personName: fc.constantFrom(...ORGS.map((n) => `秘书${n}`)),
      generations: fc.integer({ min: 2, max: 5 }),
      from: fc.constant('2000-01-01'),
    }),
  )
  .map(
    (r) =>
      Object.fromEntries(
        Object.entries(r).filter(([, v]) => v !== undefined),
      ) as unknown as DeclaredRelation,
  );

const idArb = fc.string({ minLength: 1, maxLength: 3 }).filter((s) => s.trim() !== '');

const expertArb: fc.Arbitrary<PanelExpert> = fc.record({
  id: idArb,
  fields: fc.subarray(FIELDS),
  relations: fc.array(relationArb, { maxLength: 2 }),
  active: fc.boolean(),
});
const bidderArb: fc.Arbitrary<PanelBidder> = fc
  .record({ id: idArb, org: fc.constantFrom(...ORGS) })
  .map(({ id, org }) => ({ id, organization: organizationOf(org) }));

const inputArb: fc.Arbitrary<PanelDrawInput> = fc.record(
  {
    pool: fc.uniqueArray(expertArb, { selector: (e) => e.id, maxLength: 16 }),
    bidders: fc.uniqueArray(bidderArb, { selector: (b) => b.id, maxLength: 5 }),
    size: fc.constantFrom(3, 5, 7),
    seed: fc.nat({ max: 0xffffffff }),
    today: fc.constant(TODAY),
    field: fc.constantFrom(...FIELDS),
  },
  { requiredKeys: ['pool', 'bidders', 'size', 'seed', 'today'] },
);

const conflicted = (e: PanelExpert, b: PanelBidder) =>
  conflictsOf(e.relations, b.organization, TODAY).length > 0;
const eligibleOf = (input: PanelDrawInput) =>
  input.pool.filter((e) => e.active && input.bidders.every((b) => !conflicted(e, b)));

describe('rule R18: drawPanel properties', () => {
  it('rule R18: members are active and free of conflict with every bidder; as many as size allows', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { members, shortfall } = drawPanel(input);
        const eligible = new Set(eligibleOf(input).map((e) => e.id));
        expect(members.every((id) => eligible.has(id))).toBe(true);
        expect(new Set(members).size).toBe(members.length);
        expect(members).toHaveLength(Math.min(input.size, eligible.size));
        expect(shortfall !== undefined).toBe(eligible.size < input.size);
        if (shortfall) {
          expect(shortfall).toMatchObject({
            code: 'RULE_R18_PANEL_SHORTFALL',
            available: eligible.size,
            needed: input.size,
          });
          expect(shortfall.message).toMatch(/^rule R18: /);
          expect(shortfall.messageZh).toMatch(/^规则 R18：/);
        }
      }),
    );
  });

  it('rule R18: recusals are exactly the conflicted (expert, bidder) pairs, each with its clauses', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { recusals } = drawPanel(input);
        const expected = input.pool.flatMap((e) =>
          input.bidders.filter((b) => conflicted(e, b)).map((b) => `${e.id}|${b.id}`),
        );
        expect(recusals.map((r) => `${r.expertId}|${r.bidderId}`).sort()).toEqual(expected.sort());
        for (const r of recusals) expect(r.clauses.length).toBeGreaterThan(0);
      }),
    );
  });

  it("rule R18: no eligible expert of the project's field is left out while one outside it sits", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        fc.pre(input.field !== undefined);
        const field = input.field as string;
        const { members } = drawPanel(input);
        const inField = (e: PanelExpert) => e.fields.includes(field);
        const drawn = new Set(members);
        const eligible = eligibleOf(input);
        const leftOutInField = eligible.some((e) => inField(e) && !drawn.has(e.id));
        const seatedOutside = eligible.some((e) => !inField(e) && drawn.has(e.id));
        expect(leftOutInField && seatedOutside).toBe(false);
      }),
    );
  });

  it('rule R18: deterministic for a seed and independent of input order', () => {
    fc.assert(
      fc.property(
        inputArb,
        fc.func(fc.integer()),
        fc.func(fc.integer()),
        (input, poolKey, bidderKey) => {
          const shuffle = <T>(xs: readonly T[], key: (x: T) => number) =>
            xs
              .map((x) => ({ x, k: key(x) }))
              .sort((a, b) => a.k - b.k)
              .map(({ x }) => x);
          const again = drawPanel({
            ...input,
            pool: shuffle(input.pool, poolKey),
            bidders: shuffle(input.bidders, bidderKey),
          });
          expect(again).toEqual(drawPanel(input));
        },
      ),
    );
  });
});
