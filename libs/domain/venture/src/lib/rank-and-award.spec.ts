import { AwardCandidate } from './award-types';
import { rankAndAward } from './rank-and-award';

const urban = (id: string, merit: number, requestedFen: number, bonus = 0): AwardCandidate => ({
  id,
  merit,
  bonus,
  rural: false,
  requestedFen,
});
const rural = (id: string, merit: number, requestedFen: number, bonus = 15): AwardCandidate => ({
  id,
  merit,
  bonus,
  rural: true,
  requestedFen,
});
const outcomes = (result: ReturnType<typeof rankAndAward>) =>
  result.rows.map((r) => [r.id, r.rank, r.outcome, r.amountFen]);

const YUAN = 100;

describe('rule R19 (with R13, R14): rankAndAward', () => {
  it('rule R19: ranked by merit × (1 + bonus/100), funded in order within the budget and reserve', () => {
    const result = rankAndAward({
      budgetFen: 100_000 * YUAN,
      reservePercent: 30,
      candidates: [
        urban('u1', 92, 40_000 * YUAN), // 92
        urban('u2', 88, 30_000 * YUAN, 10), // 96.8
        urban('u3', 85, 20_000 * YUAN), // 85
        rural('r1', 70, 20_000 * YUAN), // 80.5
        rural('r2', 60, 15_000 * YUAN), // 69
      ],
    });
    expect(outcomes(result)).toEqual([
      ['u2', 1, 'FUNDED_FROM_GENERAL', 30_000 * YUAN],
      ['u1', 2, 'FUNDED_FROM_GENERAL', 40_000 * YUAN],
      ['u3', 3, 'NOT_FUNDED', 0],
      ['r1', 4, 'FUNDED_FROM_RESERVE', 20_000 * YUAN],
      ['r2', 5, 'NOT_FUNDED', 0],
    ]);
    expect(result).toMatchObject({
      reserveFen: 30_000 * YUAN,
      reserveUsedFen: 20_000 * YUAN,
      reserveReturnedFen: 10_000 * YUAN,
      remainingFen: 10_000 * YUAN,
    });
    expect(result.rows[0]).toEqual({
      id: 'u2',
      rank: 1,
      merit: 88,
      bonus: 10,
      rankScore: 96.8,
      outcome: 'FUNDED_FROM_GENERAL',
      held: false,
      amountFen: 30_000 * YUAN,
      message:
        'rank 1 (urban, score 88 × (1 + 10/100) = 96.8): funded 30,000.00 yuan from the general pool; 50,000.00 yuan left',
      messageZh:
        '第 1 名（城市，排序分 88 × (1 + 10/100) = 96.8）：从一般额度安排 30,000.00 元，剩余 50,000.00 元',
    });
    expect(result.rows[3].message).toBe(
      'rank 4 (rural, score 70 × (1 + 15/100) = 80.5): funded 20,000.00 yuan from the rural reserve; 10,000.00 yuan of the reserve left',
    );
    expect(result.rows[2]).toMatchObject({
      message:
        'rank 3 (urban, score 85 × (1 + 0/100) = 85): not funded; requested 20,000.00 yuan, only 10,000.00 yuan left in the general pool',
      messageZh:
        '第 3 名（城市，排序分 85 × (1 + 0/100) = 85）：未获安排；申请 20,000.00 元，一般额度仅剩 10,000.00 元',
    });
    expect(result.rows[4].message).toContain(
      'more than the 10,000.00 yuan left in the rural reserve',
    );
  });

  it('rule R14: a reserve rural applicants do not use returns to the general pool', () => {
    const result = rankAndAward({
      budgetFen: 100_000,
      reservePercent: 50,
      candidates: [urban('a', 90, 40_000), urban('b', 80, 40_000), urban('c', 70, 20_000)],
    });
    expect(outcomes(result)).toEqual([
      ['a', 1, 'FUNDED_FROM_GENERAL', 40_000],
      ['b', 2, 'FUNDED_FROM_GENERAL', 40_000],
      ['c', 3, 'FUNDED_FROM_GENERAL', 20_000],
    ]);
    expect(result).toMatchObject({
      reserveFen: 50_000,
      reserveUsedFen: 0,
      reserveReturnedFen: 50_000,
      remainingFen: 0,
    });
  });

  it('rule R14: rural applicants take the reserve before better-ranked urban ones exhaust the budget', () => {
    const result = rankAndAward({
      budgetFen: 100_000,
      reservePercent: 30,
      candidates: [urban('a', 99, 50_000), urban('b', 98, 50_000), rural('r', 50, 30_000, 0)],
    });
    expect(outcomes(result)).toEqual([
      ['a', 1, 'FUNDED_FROM_GENERAL', 50_000],
      ['b', 2, 'NOT_FUNDED', 0],
      ['r', 3, 'FUNDED_FROM_RESERVE', 30_000],
    ]);
    expect(result.remainingFen).toBe(20_000);
  });

  it('rule R13: equal rank scores go to the higher merit, then the lower id', () => {
    const result = rankAndAward({
      budgetFen: 10_000,
      reservePercent: 0,
      candidates: [urban('c', 88, 10_000), urban('a', 80, 10_000, 10), urban('b', 88, 10_000)],
    });
    expect(outcomes(result)).toEqual([
      ['b', 1, 'FUNDED_FROM_GENERAL', 10_000],
      ['c', 2, 'NOT_FUNDED', 0],
      ['a', 3, 'NOT_FUNDED', 0],
    ]);
  });

  it('rule R19: a held award is kept against better newcomers', () => {
    const result = rankAndAward({
      budgetFen: 100_000,
      reservePercent: 30,
      candidates: [
        { ...urban('old', 60, 60_000), held: 'GENERAL' },
        { ...rural('oldr', 50, 30_000), held: 'RURAL_RESERVE' },
        urban('new', 99, 20_000),
        rural('newr', 98, 10_000),
      ],
    });
    // Held: 60,000 general + 30,000 reserve; 10,000 fen left for newcomers.
    expect(outcomes(result)).toEqual([
      ['newr', 1, 'FUNDED_FROM_GENERAL', 10_000],
      ['new', 2, 'NOT_FUNDED', 0],
      ['old', 3, 'FUNDED_FROM_GENERAL', 60_000],
      ['oldr', 4, 'FUNDED_FROM_RESERVE', 30_000],
    ]);
    expect(result.rows[2]).toMatchObject({
      held: true,
      message:
        'rank 3 (urban, score 60 × (1 + 0/100) = 60): already awarded 600.00 yuan from the general pool',
      messageZh: '第 3 名（城市，排序分 60 × (1 + 0/100) = 60）：已从一般额度安排 600.00 元',
    });
    expect(result.remainingFen).toBe(0);
  });

  it('rule R19: no candidates, the whole budget remains', () => {
    expect(rankAndAward({ budgetFen: 5_000, reservePercent: 30, candidates: [] })).toEqual({
      rows: [],
      reserveFen: 1_500,
      reserveUsedFen: 0,
      reserveReturnedFen: 1_500,
      remainingFen: 5_000,
    });
  });

  it.each([
    [{ budgetFen: -1 }, 'rule R19: budgetFen must not be negative'],
    [{ budgetFen: 1.5 }, 'rule R19: budgetFen must be a safe integer number of fen'],
    [{ reservePercent: 101 }, 'rule R14: reservePercent must be between 0 and 100, got 101'],
    [{ candidates: 'x' }, 'rule R19: candidates must be an array'],
    [
      { candidates: [urban('a', 1, 1), urban('a', 2, 1)] },
      'rule R19: candidate id a appears more than once',
    ],
    [{ candidates: [urban('', 1, 1)] }, 'rule R19: candidate id must be a non-empty string'],
    [
      { candidates: [urban('a', 101, 1)] },
      'rule R17: merit of candidate a must be from 0 to 100, got 101',
    ],
    [
      { candidates: [urban('a', 50, 1, -3)] },
      'rule R13: bonus of candidate a must be a non-negative number',
    ],
    [
      { candidates: [urban('a', 50, 0)] },
      'rule R26: requestedFen of candidate a must be a positive whole number of fen, got 0',
    ],
    [
      { candidates: [{ ...urban('a', 50, 1), rural: 'no' }] },
      'rule R14: rural of candidate a must be a boolean',
    ],
    [
      { candidates: [{ ...urban('a', 50, 1), held: 'POOL' }] },
      'rule R19: held of candidate a must be RURAL_RESERVE or GENERAL',
    ],
    [
      { candidates: [{ ...urban('a', 50, 1), held: 'RURAL_RESERVE' }] },
      'rule R14: candidate a is urban and cannot hold a rural reserve award',
    ],
    [
      { budgetFen: 100, candidates: [{ ...urban('a', 50, 101), held: 'GENERAL' }] },
      'rule R19: held awards total 101 fen, more than the budget of 100 fen',
    ],
  ])('rule R19: %p is refused', (over, message) => {
    const input = {
      budgetFen: 1_000,
      reservePercent: 30,
      candidates: [urban('x', 70, 100)],
      ...over,
    };
    expect(() => rankAndAward(input as never)).toThrow(message);
  });
});
