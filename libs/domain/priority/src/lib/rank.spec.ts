import fc from 'fast-check';
import { rankCandidates } from './rank-candidates';
import { rankScore } from './rank-score';

describe('rule R13: rankScore = merit × (1 + bonus/100)', () => {
  it.each([
    [80, 0, 80],
    [80, 15, 92],
    [80, 47, 117.6],
    [0, 30, 0],
    [85.5, 15, 98.325],
    [72.35, 18, 85.373],
    [66.6667, 3, 68.6667],
    [33.33333, 9, 36.3333],
    [1.00005, 0, 1.0001],
    [1.00004, 0, 1],
    [99.99995, 0, 100],
    [0.00005, 0, 0.0001],
    [70, 2.5, 71.75],
  ])('rule R13: rankScore(%p, %p) is %p', (merit, bonus, expected) => {
    expect(rankScore(merit, bonus)).toBe(expected);
  });

  it('rule R13: rounds exactly where float arithmetic would not', () => {
    // 0.00145 * 10000 === 14.499999999999998 in floating point, which Math.round takes down.
    expect(Math.round(0.00145 * 10000) / 10000).toBe(0.0014);
    expect(rankScore(0.00145, 0)).toBe(0.0015);
    expect(rankScore(0.00815, 0)).toBe(0.0082);
  });

  it.each([
    [-1, 0, 'merit must not be negative'],
    [1, -3, 'bonus must not be negative'],
    [Number.NaN, 0, 'merit must be a finite number'],
    [1, Number.POSITIVE_INFINITY, 'bonus must be a finite number'],
  ])('rule R13: rankScore(%p, %p) throws %p', (merit, bonus, message) => {
    expect(() => rankScore(merit, bonus)).toThrow(message);
  });
});

describe('rule R13: rankCandidates', () => {
  it('rule R13: sorts by rank score, then merit, then id', () => {
    const ranked = rankCandidates([
      { id: 'c', merit: 80, bonus: 0, name: 'C' },
      { id: 'a', merit: 70, bonus: 15 }, // 80.5
      { id: 'b', merit: 80, bonus: 0 }, // ties with c on score and merit: id decides
      { id: 'd', merit: 70.5, bonus: 14.184397163 }, // 80.49999… rounds to 80.5; higher merit than a
      { id: 'e', merit: 92, bonus: 0 },
    ]);
    expect(ranked.map((r) => [r.id, r.rankScore, r.rank])).toEqual([
      ['e', 92, 1],
      ['d', 80.5, 2],
      ['a', 80.5, 3],
      ['b', 80, 4],
      ['c', 80, 5],
    ]);
    expect(ranked[4]).toMatchObject({ name: 'C', merit: 80, bonus: 0 });
  });

  it('rule R13: a bonus can lift a lower merit above a higher one', () => {
    const ranked = rankCandidates([
      { id: 'urban', merit: 85, bonus: 0 },
      { id: 'rural', merit: 78, bonus: 15 }, // 89.7
    ]);
    expect(ranked.map((r) => r.id)).toEqual(['rural', 'urban']);
  });

  it('rule R13: refuses duplicate ids, which would make ties ambiguous', () => {
    expect(() =>
      rankCandidates([
        { id: 'x', merit: 1, bonus: 0 },
        { id: 'x', merit: 2, bonus: 0 },
      ]),
    ).toThrow('candidate id x appears more than once');
  });

  it('rule R13: returns an empty list for no candidates', () => {
    expect(rankCandidates([])).toEqual([]);
  });

  it('rule R13: the order does not depend on the input order (property)', () => {
    const candidate = fc.record({
      merit: fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
      bonus: fc.constantFrom(0, 3, 5, 9, 15, 20),
    });
    const candidates = fc
      .uniqueArray(fc.tuple(fc.string({ minLength: 1, maxLength: 4 }), candidate), {
        selector: ([id]) => id,
        maxLength: 30,
      })
      .map((rows) => rows.map(([id, c]) => ({ id, ...c })));
    fc.assert(
      fc.property(candidates, fc.infiniteStream(fc.nat()), (cands, randoms) => {
        const shuffled = [...cands]
          .map((c) => ({ c, key: randoms.next().value as number }))
          .sort((x, y) => x.key - y.key)
          .map(({ c }) => c);
        const ranked = rankCandidates(cands);
        expect(rankCandidates(shuffled)).toEqual(ranked);
        ranked.forEach((r, i) => {
          expect(r.rank).toBe(i + 1);
          const next = ranked[i + 1];
          if (next) {
            expect(
              r.rankScore > next.rankScore ||
                (r.rankScore === next.rankScore && r.merit > next.merit) ||
                (r.rankScore === next.rankScore && r.merit === next.merit && r.id < next.id),
            ).toBe(true);
          }
        });
      }),
    );
  });
});
