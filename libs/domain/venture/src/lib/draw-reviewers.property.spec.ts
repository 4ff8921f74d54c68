import fc from 'fast-check';
import { dayOfDateString } from '@civic/domain/calendar';
import { ConflictApplicant, conflictsOf, DeclaredRelation } from '@civic/domain/conflicts';
import { drawReviewers } from './draw-reviewers';
import { DrawInput, DrawProposal, PoolReviewer } from './draw-types';

const TODAY = dayOfDateString('2026-03-15', 'today');
const ORGS = [1, 2, 3, 4];
const FIELDS = ['eldercare', 'childcare', 'culture'];

const applicantOf = (n: number): ConflictApplicant => ({
  organizationId: `org-${n}`,
  organizationName: `社区组织${n}`,
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
      kind: fc.constantFrom('SPOUSE', 'LINEAL_RELATIVE' as const),
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

const reviewerArb: fc.Arbitrary<PoolReviewer> = fc.record({
  id: idArb,
  fields: fc.subarray(FIELDS),
  relations: fc.array(relationArb, { maxLength: 2 }),
  active: fc.boolean(),
});
const proposalArb: fc.Arbitrary<DrawProposal> = fc
  .record({
    id: idArb,
    org: fc.constantFrom(...ORGS),
    field: fc.option(fc.constantFrom(...FIELDS), { nil: undefined }),
  })
  .map(({ id, org, field }) => ({
    id,
    applicant: applicantOf(org),
    ...(field === undefined ? {} : { field }),
  }));

const inputArb: fc.Arbitrary<DrawInput> = fc.record({
  pool: fc.uniqueArray(reviewerArb, { selector: (r) => r.id, maxLength: 14 }),
  proposals: fc.uniqueArray(proposalArb, { selector: (p) => p.id, maxLength: 7 }),
  perProposal: fc.constantFrom(3, 3, 4),
  seed: fc.nat({ max: 0xffffffff }),
  today: fc.constant(TODAY),
  maxLoad: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
});

const conflictedPairs = (input: DrawInput) =>
  input.proposals.flatMap((p) =>
    input.pool
      .filter((r) => conflictsOf(r.relations, p.applicant, TODAY).length > 0)
      .map((r) => `${p.id}|${r.id}`),
  );

const shuffled = <T>(items: readonly T[]) =>
  fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });

describe('rule R18: reviewer draw properties', () => {
  it('rule R18: no assigned reviewer is conflicted, inactive or over the load cap', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = drawReviewers(input);
        const conflicted = new Set(conflictedPairs(input));
        const byId = new Map(input.pool.map((r) => [r.id, r]));
        const load = new Map<string, number>();
        for (const { proposalId, reviewerIds } of result.assignments) {
          for (const id of reviewerIds) {
            expect(conflicted.has(`${proposalId}|${id}`)).toBe(false);
            expect(byId.get(id)?.active).toBe(true);
            load.set(id, (load.get(id) ?? 0) + 1);
          }
        }
        for (const n of load.values()) expect(n).toBeLessThanOrEqual(input.maxLoad ?? Infinity);
      }),
    );
  });

  it('rule R18: each proposal has perProposal distinct reviewers unless it is in shortfalls', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = drawReviewers(input);
        const needed = input.perProposal ?? 3;
        expect(result.assignments.map((a) => a.proposalId).sort()).toEqual(
          input.proposals.map((p) => p.id).sort(),
        );
        const short = new Map(result.shortfalls.map((s) => [s.proposalId, s]));
        for (const { proposalId, reviewerIds } of result.assignments) {
          expect(new Set(reviewerIds).size).toBe(reviewerIds.length);
          const shortfall = short.get(proposalId);
          if (shortfall === undefined) {
            expect(reviewerIds).toHaveLength(needed);
          } else {
            expect(shortfall.needed).toBe(needed);
            expect(shortfall.available).toBeLessThan(needed);
            expect(reviewerIds).toHaveLength(shortfall.available);
            expect(shortfall.message).toMatch(/^rule R18: /);
            expect(shortfall.messageZh).toMatch(/^规则 R18：/);
          }
        }
      }),
    );
  });

  it('rule R18: recusals list exactly the conflicted pairs, each with its clauses', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = drawReviewers(input);
        expect(result.recusals.map((r) => `${r.proposalId}|${r.reviewerId}`).sort()).toEqual(
          conflictedPairs(input).sort(),
        );
        const proposals = new Map(input.proposals.map((p) => [p.id, p]));
        const pool = new Map(input.pool.map((r) => [r.id, r]));
        for (const recusal of result.recusals) {
          const reviewer = pool.get(recusal.reviewerId) as PoolReviewer;
          const proposal = proposals.get(recusal.proposalId) as DrawProposal;
          expect(recusal.clauses).toEqual(
            conflictsOf(reviewer.relations, proposal.applicant, TODAY),
          );
        }
      }),
    );
  });

  it('rule R18: the same seed gives the same result whatever the pool and proposal order', () => {
    fc.assert(
      fc.property(
        inputArb.chain((input) =>
          fc.tuple(fc.constant(input), shuffled(input.pool), shuffled(input.proposals)),
        ),
        ([input, pool, proposals]) => {
          expect(drawReviewers({ ...input, pool, proposals })).toEqual(drawReviewers(input));
        },
      ),
    );
  });

  it('rule R18: a proposal short of reviewers gets every one it could have had', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = drawReviewers({ ...input, maxLoad: undefined });
        const conflicted = new Set(conflictedPairs(input));
        for (const shortfall of result.shortfalls) {
          const eligible = input.pool.filter(
            (r) => r.active && !conflicted.has(`${shortfall.proposalId}|${r.id}`),
          );
          expect(shortfall.available).toBe(eligible.length);
        }
      }),
    );
  });

  it('rule R18: a reviewer outside the field is drawn only when the field ran out', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = drawReviewers({ ...input, maxLoad: undefined });
        const conflicted = new Set(conflictedPairs(input));
        const byId = new Map(input.pool.map((r) => [r.id, r]));
        for (const p of input.proposals) {
          if (p.field === undefined) continue;
          const field = p.field;
          const chosen = result.assignments.find((a) => a.proposalId === p.id)?.reviewerIds ?? [];
          const inField = input.pool.filter(
            (r) => r.active && r.fields.includes(field) && !conflicted.has(`${p.id}|${r.id}`),
          );
          const chosenInField = chosen.filter((id) => byId.get(id)?.fields.includes(field));
          expect(chosenInField.length).toBe(Math.min(inField.length, chosen.length));
        }
      }),
    );
  });
});
