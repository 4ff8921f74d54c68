import { allocateWithRuralReserve } from './allocate-with-rural-reserve';
import { ReserveCandidate } from './allocation-types';

const c = (id: string, amount: number, rural: boolean, rankScore: number): ReserveCandidate => ({
  id,
  amount,
  rural,
  rankScore,
});

describe('rule R14: allocateWithRuralReserve', () => {
  it('rule R14 / R16: a 10-seat cohort with 25 applicants reserves 3 seats for rural applicants', () => {
    // 25 applicants ranked 1..25 by score; the rural ones are ranked 12, 15, 18, 20, 22 and 25.
    const ruralRanks = new Set([12, 15, 18, 20, 22, 25]);
    const candidates = Array.from({ length: 25 }, (_, i) => {
      const rank = i + 1;
      return c(`app-${String(rank).padStart(2, '0')}`, 1, ruralRanks.has(rank), 100 - rank);
    }).reverse();
    const result = allocateWithRuralReserve({
      budget: 10,
      reservePercent: 30,
      candidates,
      unit: 'SEAT',
    });

    expect(result.reserve).toBe(3);
    expect(result.awards).toEqual([
      ...['01', '02', '03', '04', '05', '06', '07'].map((r) => ({
        id: `app-${r}`,
        amount: 1,
        source: 'GENERAL',
      })),
      ...['12', '15', '18'].map((r) => ({ id: `app-${r}`, amount: 1, source: 'RURAL_RESERVE' })),
    ]);
    expect(result).toMatchObject({
      reserveUsed: 3,
      reserveReturned: 0,
      generalUsed: 7,
      remaining: 0,
    });
    expect(result.notFunded).toHaveLength(15);
    expect(result.notFunded[0]).toEqual({ id: 'app-08', reason: 'BUDGET_EXHAUSTED' });
    expect(result.decisions.map((d) => d.rank)).toEqual(
      Array.from({ length: 25 }, (_, i) => i + 1),
    );
    expect(result.decisions[11]).toEqual({
      id: 'app-12',
      rank: 12,
      rural: true,
      amount: 1,
      outcome: 'FUNDED_FROM_RESERVE',
      held: false,
      message: 'rank 12 (rural): funded 1 seat from the rural reserve; 2 seats of the reserve left',
      messageZh: '第 12 名（农村）：从农村预留额度安排 1 个名额，预留额度剩余 2 个名额',
    });
    expect(result.decisions[7]).toMatchObject({
      outcome: 'NOT_FUNDED',
      message:
        'rank 8 (urban): not funded; requested 1 seat, only 0 seats left in the general pool',
    });
    expect(result.decisions[19]).toMatchObject({
      outcome: 'NOT_FUNDED',
      message:
        'rank 20 (rural): not funded; requested 1 seat (more than the 0 seats left in the rural reserve), only 0 seats left in the general pool',
    });
  });

  it('rule R14: a reserve the rural applicants do not use returns to the general pool', () => {
    const result = allocateWithRuralReserve({
      budget: 100_000,
      reservePercent: 30,
      candidates: [
        c('urban-1', 40_000, false, 90),
        c('urban-2', 40_000, false, 80),
        c('rural-1', 10_000, true, 70),
        c('urban-3', 10_000, false, 60),
      ],
    });
    expect(result).toMatchObject({
      reserve: 30_000,
      reserveUsed: 10_000,
      reserveReturned: 20_000,
      generalUsed: 90_000,
      remaining: 0,
      notFunded: [],
    });
    // without the returned reserve, the general pool (70,000) could not have funded urban-2 and urban-3
    expect(result.awards.map((a) => [a.id, a.source])).toEqual([
      ['urban-1', 'GENERAL'],
      ['urban-2', 'GENERAL'],
      ['rural-1', 'RURAL_RESERVE'],
      ['urban-3', 'GENERAL'],
    ]);
    expect(result.decisions[0].message).toBe(
      'rank 1 (urban): funded 400.00 yuan from the general pool; 500.00 yuan left',
    );
    expect(result.decisions[0].messageZh).toBe(
      '第 1 名（城市）：从一般额度安排 400.00 元，剩余 500.00 元',
    );
  });

  it('rule R14: the budget can be exhausted exactly', () => {
    const result = allocateWithRuralReserve({
      budget: 1_000_000,
      reservePercent: 30,
      candidates: [
        c('u1', 500_000, false, 9),
        c('r1', 300_000, true, 5),
        c('u2', 200_000, false, 7),
        c('u3', 1, false, 1),
      ],
    });
    expect(result.awards.map((a) => a.id)).toEqual(['u1', 'u2', 'r1']);
    expect(result).toMatchObject({ reserveUsed: 300_000, generalUsed: 700_000, remaining: 0 });
    expect(result.notFunded).toEqual([{ id: 'u3', reason: 'BUDGET_EXHAUSTED' }]);
  });

  it('rule R14: a rural candidate too large for the reserve is skipped, and may still be funded from the general pool', () => {
    const result = allocateWithRuralReserve({
      budget: 100_000,
      reservePercent: 30,
      candidates: [
        c('rural-big', 50_000, true, 95),
        c('rural-small', 20_000, true, 50),
        c('urban', 30_000, false, 80),
        c('rural-late', 20_000, true, 10),
      ],
    });
    expect(result.awards).toEqual([
      { id: 'rural-big', amount: 50_000, source: 'GENERAL' },
      { id: 'urban', amount: 30_000, source: 'GENERAL' },
      { id: 'rural-small', amount: 20_000, source: 'RURAL_RESERVE' },
    ]);
    expect(result).toMatchObject({ reserveUsed: 20_000, reserveReturned: 10_000, remaining: 0 });
    expect(result.notFunded).toEqual([{ id: 'rural-late', reason: 'BUDGET_EXHAUSTED' }]);
    expect(result.decisions[0].message).toBe(
      'rank 1 (rural): funded 500.00 yuan from the general pool (more than the 300.00 yuan left in the rural reserve); 300.00 yuan left',
    );
    expect(result.decisions[0].messageZh).toBe(
      '第 1 名（农村）：申请额超过农村预留额度剩余的 300.00 元，从一般额度安排 500.00 元，剩余 300.00 元',
    );
    expect(result.decisions[3].messageZh).toBe(
      '第 4 名（农村）：未获安排；申请 200.00 元，超过农村预留额度剩余的 100.00 元，一般额度仅剩 0.00 元',
    );
  });

  it('rule R14: the reserve protects rural applicants who rank below everyone else', () => {
    const candidates = [
      c('u1', 30, false, 90),
      c('u2', 30, false, 80),
      c('u3', 30, false, 70),
      c('r1', 30, true, 10),
    ];
    const withReserve = allocateWithRuralReserve({ budget: 100, reservePercent: 30, candidates });
    const without = allocateWithRuralReserve({ budget: 100, reservePercent: 0, candidates });
    expect(withReserve.awards.map((a) => a.id)).toEqual(['u1', 'u2', 'r1']);
    expect(without.awards.map((a) => a.id)).toEqual(['u1', 'u2', 'u3']);
  });

  it('rule R14: ties in rank score are broken by id', () => {
    const result = allocateWithRuralReserve({
      budget: 2,
      reservePercent: 0,
      candidates: [c('b', 1, false, 5), c('c', 1, false, 5), c('a', 1, false, 5)],
    });
    expect(result.decisions.map((d) => [d.id, d.rank, d.outcome])).toEqual([
      ['a', 1, 'FUNDED_FROM_GENERAL'],
      ['b', 2, 'FUNDED_FROM_GENERAL'],
      ['c', 3, 'NOT_FUNDED'],
    ]);
  });

  it.each([
    [0, 30, [c('r', 1, true, 1)], 0, 0],
    [100, 30, [], 30, 100],
    [100, 100, [c('u', 60, false, 2), c('r', 50, true, 1)], 100, 50],
  ])(
    'rule R14: budget %d, reserve %d %%: reserve %d, %d left',
    (budget, reservePercent, candidates, reserve, remaining) => {
      const result = allocateWithRuralReserve({ budget, reservePercent, candidates });
      expect(result.reserve).toBe(reserve);
      expect(result.remaining).toBe(remaining);
    },
  );

  it.each([
    [{ budget: -1 }, 'budget must not be negative'],
    [{ budget: 10.5 }, 'budget must be a safe integer'],
    [{ reservePercent: 130 }, 'percent must be between 0 and 100'],
    [{ candidates: [c('a', 0, false, 1)] }, 'amount of candidate a must be positive'],
    [{ candidates: [c('a', 1.5, false, 1)] }, 'amount of candidate a must be a safe integer'],
    [
      { candidates: [c('a', 1, false, Number.NaN)] },
      'rankScore of candidate a must be a finite number',
    ],
    [
      { candidates: [c('a', 1, false, 1), c('a', 2, true, 2)] },
      'candidate id a appears more than once',
    ],
  ])('rule R14: refuses %j', (override, message) => {
    const input = {
      budget: 100,
      reservePercent: 30,
      candidates: [c('x', 1, false, 1)],
      ...override,
    };
    expect(() => allocateWithRuralReserve(input)).toThrow(RangeError);
    expect(() => allocateWithRuralReserve(input)).toThrow(message);
  });

  it('rule R14: held awards keep their money and their source, taken before either pass', () => {
    const result = allocateWithRuralReserve({
      budget: 1000,
      reservePercent: 30,
      candidates: [
        { ...c('late-best', 400, false, 90) },
        { ...c('late-rural', 350, true, 80) },
        { ...c('held-urban', 500, false, 10), held: 'GENERAL' },
        { ...c('held-rural', 200, true, 5), held: 'RURAL_RESERVE' },
      ],
    });
    expect(result.awards).toEqual([
      { id: 'held-urban', amount: 500, source: 'GENERAL' },
      { id: 'held-rural', amount: 200, source: 'RURAL_RESERVE' },
    ]);
    const byId = new Map(result.decisions.map((d) => [d.id, d]));
    expect(byId.get('held-urban')).toMatchObject({ rank: 3, held: true });
    expect(byId.get('held-urban')!.messageZh).toContain('已从一般额度安排');
    // 100 of the reserve is left, too little for late-rural's 350; the pool has 1000 − 200 − 500.
    expect(byId.get('late-rural')).toMatchObject({ outcome: 'NOT_FUNDED', held: false });
    expect(byId.get('late-best')).toMatchObject({ outcome: 'NOT_FUNDED' });
    expect(result).toMatchObject({ reserveUsed: 200, reserveReturned: 100, remaining: 300 });
  });

  it('rule R14: refuses a held source that is not one', () => {
    expect(() =>
      allocateWithRuralReserve({
        budget: 10,
        reservePercent: 30,
        candidates: [{ ...c('x', 1, true, 1), held: 'BOTH' as never }],
      }),
    ).toThrow('held of candidate x must be RURAL_RESERVE or GENERAL');
  });
});
