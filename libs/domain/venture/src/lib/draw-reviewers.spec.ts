import { dayOfDateString } from '@civic/domain/calendar';
import { ConflictApplicant, DeclaredRelation } from '@civic/domain/conflicts';
import { drawReviewers } from './draw-reviewers';
import { DrawProposal, PoolReviewer } from './draw-types';

const TODAY = dayOfDateString('2026-03-15', 'today');

const applicant = (n: number): ConflictApplicant => ({
  organizationId: `org-${n}`,
  organizationName: `社区组织${n}`,
  people: [{ name: `负责人${n}`, role: '理事长' }],
});
const proposal = (id: string, n: number, field?: string): DrawProposal => ({
  id,
  applicant: applicant(n),
  ...(field === undefined ? {} : { field }),
});
const reviewer = (id: string, extra: Partial<PoolReviewer> = {}): PoolReviewer => ({
  id,
  fields: [],
  relations: [],
  active: true,
  ...extra,
});
const employeeOf = (n: number): DeclaredRelation => ({
  kind: 'EMPLOYEE',
  organizationId: `org-${n}`,
  from: '2020-01-01',
});
const pool = (n: number, extra: Partial<PoolReviewer> = {}) =>
  Array.from({ length: n }, (_, i) => reviewer(`r${String(i + 1).padStart(2, '0')}`, extra));
const panel = (result: ReturnType<typeof drawReviewers>, id: string) =>
  result.assignments.find((a) => a.proposalId === id)?.reviewerIds ?? [];

describe('rule R18: drawReviewers', () => {
  it('rule R18: three distinct reviewers per proposal by default, load spread evenly', () => {
    const result = drawReviewers({
      pool: pool(6),
      proposals: [proposal('p1', 1), proposal('p2', 2)],
      seed: 1,
      today: TODAY,
    });
    expect(result.recusals).toEqual([]);
    expect(result.shortfalls).toEqual([]);
    expect(result.assignments.map((a) => a.proposalId)).toEqual(['p1', 'p2']);
    const all = result.assignments.flatMap((a) => a.reviewerIds);
    expect(all).toHaveLength(6);
    expect(new Set(all).size).toBe(6); // nobody reviews twice while others review nothing
    for (const a of result.assignments) expect(a.reviewerIds).toEqual([...a.reviewerIds].sort());
  });

  it('rule R18: twelve panel seats over four reviewers give each exactly three', () => {
    const result = drawReviewers({
      pool: pool(4),
      proposals: [1, 2, 3, 4].map((n) => proposal(`p${n}`, n)),
      seed: 99,
      today: TODAY,
    });
    const load = new Map<string, number>();
    for (const id of result.assignments.flatMap((a) => a.reviewerIds)) {
      load.set(id, (load.get(id) ?? 0) + 1);
    }
    expect([...load.values()]).toEqual([3, 3, 3, 3]);
  });

  it('rule R18: a conflicted reviewer is never drawn, and the recusal is logged with its clauses', () => {
    const reviewers = [
      reviewer('r1', { relations: [employeeOf(1)] }),
      reviewer('r2'),
      reviewer('r3'),
      reviewer('r4'),
    ];
    for (let seed = 0; seed < 20; seed += 1) {
      const result = drawReviewers({
        pool: reviewers,
        proposals: [proposal('p1', 1)],
        seed,
        today: TODAY,
      });
      expect(panel(result, 'p1')).toEqual(['r2', 'r3', 'r4']);
      expect(result.recusals).toEqual([
        {
          reviewerId: 'r1',
          proposalId: 'p1',
          clauses: [expect.objectContaining({ clause: 'EMPLOYMENT', relation: employeeOf(1) })],
        },
      ]);
    }
  });

  it('rule R18: recusals are logged for every conflicted pair, drawn or not, active or not', () => {
    const spouse: DeclaredRelation = { kind: 'SPOUSE', personName: '负责人2', from: '2001-01-01' };
    const result = drawReviewers({
      pool: [
        reviewer('r9', { relations: [employeeOf(1), spouse], active: false }),
        ...pool(5),
        reviewer('r0', { relations: [employeeOf(2)] }),
      ],
      proposals: [proposal('p2', 2), proposal('p1', 1)],
      seed: 5,
      today: TODAY,
    });
    expect(
      result.recusals.map((r) => [r.proposalId, r.reviewerId, r.clauses.map((c) => c.clause)]),
    ).toEqual([
      ['p1', 'r9', ['EMPLOYMENT']],
      ['p2', 'r0', ['EMPLOYMENT']],
      ['p2', 'r9', ['SPOUSE']],
    ]);
    expect(panel(result, 'p2')).not.toContain('r0');
    expect(result.assignments.flatMap((a) => a.reviewerIds)).not.toContain('r9');
  });

  it("rule R18: reviewers in the proposal's field come first, then the others", () => {
    const reviewers = [
      ...pool(6),
      reviewer('e1', { fields: ['eldercare'] }),
      reviewer('e2', { fields: ['childcare', 'eldercare'] }),
    ];
    for (let seed = 0; seed < 20; seed += 1) {
      const result = drawReviewers({
        pool: reviewers,
        proposals: [proposal('p1', 1, 'eldercare')],
        seed,
        today: TODAY,
      });
      const chosen = panel(result, 'p1');
      expect(chosen).toContain('e1');
      expect(chosen).toContain('e2');
      expect(chosen).toHaveLength(3);
    }
  });

  it('rule R18: inactive reviewers are never drawn', () => {
    const result = drawReviewers({
      pool: [...pool(3), reviewer('x1', { active: false }), reviewer('x2', { active: false })],
      proposals: [proposal('p1', 1)],
      seed: 3,
      today: TODAY,
    });
    expect(panel(result, 'p1')).toEqual(['r01', 'r02', 'r03']);
  });

  it('rule R18: too few eligible reviewers is a shortfall that says why; those there are drawn', () => {
    const result = drawReviewers({
      pool: [
        reviewer('a'),
        reviewer('b'),
        reviewer('c', { relations: [employeeOf(1)] }),
        reviewer('d', { active: false }),
      ],
      proposals: [proposal('p1', 1)],
      seed: 0,
      today: TODAY,
    });
    expect(panel(result, 'p1')).toEqual(['a', 'b']);
    expect(result.shortfalls).toEqual([
      {
        proposalId: 'p1',
        available: 2,
        needed: 3,
        message:
          'rule R18: proposal p1 needs 3 reviewers but only 2 can be drawn (1 recused for conflicts of interest, 1 inactive); add experts to the pool',
        messageZh:
          '规则 R18：项目 p1 需要 3 名评审专家，仅能抽取 2 名（1 名因利害关系回避，1 名未启用），请补充专家库',
      },
    ]);
  });

  it('rule R18: maxLoad caps each reviewer, and the cap is named in the shortfall', () => {
    const result = drawReviewers({
      pool: pool(4),
      proposals: [proposal('p1', 1), proposal('p2', 2)],
      seed: 8,
      today: TODAY,
      maxLoad: 1,
    });
    const all = result.assignments.flatMap((a) => a.reviewerIds);
    expect(new Set(all).size).toBe(all.length);
    expect(result.shortfalls).toHaveLength(1);
    expect(result.shortfalls[0]).toMatchObject({ available: 1, needed: 3 });
    expect(result.shortfalls[0].message).toContain('(3 already at the most of 1 proposals)');
    expect(result.shortfalls[0].messageZh).toContain('（3 名已达 1 个项目的评审上限）');
  });

  it('rule R18: the proposals with the fewest eligible reviewers choose first under a cap', () => {
    // p1 can only use r01–r03; p2 can use anyone. With a cap of 1, p1 must choose first.
    const reviewers = [
      ...pool(3),
      ...['r04', 'r05', 'r06'].map((id) => reviewer(id, { relations: [employeeOf(1)] })),
    ];
    for (let seed = 0; seed < 30; seed += 1) {
      const result = drawReviewers({
        pool: reviewers,
        proposals: [proposal('p1', 1), proposal('p2', 2)],
        seed,
        today: TODAY,
        maxLoad: 1,
      });
      expect(result.shortfalls).toEqual([]);
      expect(panel(result, 'p1')).toEqual(['r01', 'r02', 'r03']);
      expect(panel(result, 'p2')).toEqual(['r04', 'r05', 'r06']);
    }
  });

  it('rule R18: the draw is random: over many seeds every reviewer is drawn about as often', () => {
    const counts = new Map<string, number>();
    for (let seed = 0; seed < 300; seed += 1) {
      const result = drawReviewers({
        pool: pool(10),
        proposals: [proposal('p', 1)],
        seed,
        today: TODAY,
      });
      for (const id of panel(result, 'p')) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    expect(counts.size).toBe(10);
    for (const n of counts.values()) {
      expect(n).toBeGreaterThan(50); // 90 expected
      expect(n).toBeLessThan(130);
    }
  });

  it('rule R18: the same seed draws the same panels whatever the input order', () => {
    const reviewers = [...pool(9), reviewer('e1', { fields: ['x'] })];
    const proposals = [proposal('p3', 3, 'x'), proposal('p1', 1), proposal('p2', 2)];
    const first = drawReviewers({ pool: reviewers, proposals, seed: 77, today: TODAY });
    const again = drawReviewers({
      pool: [...reviewers].reverse(),
      proposals: [...proposals].reverse(),
      seed: 77,
      today: TODAY,
    });
    expect(again).toEqual(first);
    const panels = new Set(
      Array.from({ length: 10 }, (_, seed) =>
        JSON.stringify(
          drawReviewers({ pool: reviewers, proposals, seed, today: TODAY }).assignments,
        ),
      ),
    );
    expect(panels.size).toBeGreaterThan(1);
  });

  it('rule R18: more than three per proposal on request; never fewer', () => {
    const result = drawReviewers({
      pool: pool(5),
      proposals: [proposal('p1', 1)],
      perProposal: 5,
      seed: 2,
      today: TODAY,
    });
    expect(panel(result, 'p1')).toHaveLength(5);
    expect(() =>
      drawReviewers({ pool: pool(5), proposals: [], perProposal: 2, seed: 2, today: TODAY }),
    ).toThrow('rule R18: perProposal must be a whole number of at least 3, got 2');
  });

  it('rule R18: an empty pool leaves every proposal short; no proposals, nothing to draw', () => {
    const result = drawReviewers({
      pool: [],
      proposals: [proposal('p1', 1)],
      seed: 0,
      today: TODAY,
    });
    expect(result.assignments).toEqual([{ proposalId: 'p1', reviewerIds: [] }]);
    expect(result.shortfalls[0].message).toBe(
      'rule R18: proposal p1 needs 3 reviewers but only 0 can be drawn; add experts to the pool',
    );
    expect(drawReviewers({ pool: pool(3), proposals: [], seed: 0, today: TODAY })).toEqual({
      assignments: [],
      recusals: [],
      shortfalls: [],
    });
  });

  it.each([
    [{ pool: null }, 'rule R18: pool must be an array'],
    [{ proposals: undefined }, 'rule R18: proposals must be an array'],
    [{ seed: -1 }, 'rule R18: seed must be a whole number from 0 to 4294967295, got -1'],
    [{ today: '2026-03-15' }, 'rule R18: today must be a whole day number'],
    [{ maxLoad: 0 }, 'rule R18: maxLoad must be a positive whole number, got 0'],
    [{ pool: [reviewer('a'), reviewer('a')] }, 'rule R18: reviewer id a appears more than once'],
    [
      { proposals: [proposal('p', 1), proposal('p', 2)] },
      'rule R18: proposal id p appears more than once',
    ],
    [{ pool: [reviewer('')] }, 'rule R18: pool.0.id must be a non-empty string'],
    [
      { pool: [reviewer('a', { active: 1 as never })] },
      'rule R18: active of reviewer a must be a boolean',
    ],
    [
      { pool: [reviewer('a', { fields: 'x' as never })] },
      'rule R18: fields of reviewer a must be an array of strings',
    ],
    [
      { pool: [reviewer('a', { relations: [{ kind: 'SPOUSE', from: '2020-01-01' } as never] })] },
      'relations of reviewer a.0.personName is invalid: rule R18: name the person who is your spouse',
    ],
    [
      { proposals: [{ id: 'p', applicant: { organizationId: 'o' } }] },
      'rule R18: applicant of proposal p.organizationName must be a non-empty string',
    ],
    [
      { proposals: [{ ...proposal('p', 1), field: 3 }] },
      'rule R18: field of proposal p must be a string',
    ],
  ])('rule R18: %p is refused', (over, message) => {
    const input = { pool: pool(3), proposals: [proposal('p0', 0)], seed: 1, today: TODAY, ...over };
    expect(() => drawReviewers(input as never)).toThrow(message);
  });
});
