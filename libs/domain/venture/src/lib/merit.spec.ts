import { meritOf, roundHalfUp } from './merit';
import { Rubric } from './rubric';

const RUBRIC: Rubric = {
  criteria: [
    { key: 'quality', name: '项目质量', weight: 40, scaleMax: 10 },
    { key: 'feasibility', name: '可行性', weight: 30, scaleMax: 5 },
    { key: 'budget', name: '预算合理性', weight: 30, scaleMax: 20 },
  ],
};

describe('rule R17: meritOf', () => {
  it('rule R17: the weighted mean of mean/full score × 100 over two reviewers', () => {
    // means 7.5/10, 4.5/5, 16.5/20 → 40 × 0.75 + 30 × 0.9 + 30 × 0.825 = 30 + 27 + 24.75
    expect(
      meritOf(RUBRIC, [
        { quality: 8, feasibility: 4, budget: 15 },
        { quality: 7, feasibility: 5, budget: 18 },
      ]),
    ).toEqual({
      merit: 81.75,
      perCriterion: [
        { key: 'quality', mean: 7.5 },
        { key: 'feasibility', mean: 4.5 },
        { key: 'budget', mean: 16.5 },
      ],
    });
  });

  it('rule R17: full marks are 100 and no marks are 0', () => {
    expect(meritOf(RUBRIC, [{ quality: 10, feasibility: 5, budget: 20 }]).merit).toBe(100);
    expect(meritOf(RUBRIC, [{ quality: 0, feasibility: 0, budget: 0 }]).merit).toBe(0);
  });

  it('rule R17: a third of a mark rounds to 2 decimals, and so do the means', () => {
    const rubric = { criteria: [{ key: 'a', name: '总体', weight: 100, scaleMax: 3 }] };
    // (1 + 1 + 2) / 3 = 4/3 of 3 → 44.444… → 44.44; mean 1.333… → 1.33
    expect(meritOf(rubric, [{ a: 1 }, { a: 1 }, { a: 2 }])).toEqual({
      merit: 44.44,
      perCriterion: [{ key: 'a', mean: 1.33 }],
    });
    // 2/3 → 66.666… → 66.67; mean 2/3 → 0.67
    expect(meritOf(rubric, [{ a: 1 }, { a: 1 }, { a: 0 }])).toEqual({
      merit: 22.22,
      perCriterion: [{ key: 'a', mean: 0.67 }],
    });
    expect(meritOf(rubric, [{ a: 2 }, { a: 2 }, { a: 2 }]).merit).toBe(66.67);
  });

  it('rule R17: exactly half a hundredth rounds up (3.125 → 3.13)', () => {
    const rubric = { criteria: [{ key: 'a', name: '总体', weight: 100, scaleMax: 8 }] };
    // 1/4 of 1/8 → 3.125
    expect(meritOf(rubric, [{ a: 1 }, { a: 0 }, { a: 0 }, { a: 0 }])).toEqual({
      merit: 3.13,
      perCriterion: [{ key: 'a', mean: 0.25 }],
    });
  });

  it('rule R17: exact arithmetic where floating point would round 32.175 down', () => {
    const rubric = {
      criteria: [
        { key: 'a', name: '甲项', weight: 1, scaleMax: 3 },
        { key: 'b', name: '乙项', weight: 99, scaleMax: 40 },
      ],
    };
    // 1 × 0/3 + 99 × 13/40 = 32.175 exactly, which a double holds as 32.17499…
    expect(Math.round((0 / 3 + (99 * 13) / 40) * 100) / 100).toBe(32.17); // what floats would give
    expect(meritOf(rubric, [{ a: 0, b: 13 }]).merit).toBe(32.18);
  });

  it('rule R17: a rubric with many reviewers and odd scales stays exact', () => {
    const rubric = {
      criteria: [
        { key: 'a', name: '甲项', weight: 33, scaleMax: 7 },
        { key: 'b', name: '乙项', weight: 33, scaleMax: 9 },
        { key: 'c', name: '丙项', weight: 34, scaleMax: 11 },
      ],
    };
    const sheets = [
      { a: 5, b: 6, c: 7 },
      { a: 6, b: 8, c: 9 },
      { a: 4, b: 7, c: 10 },
    ];
    // 33 × 15/21 + 33 × 21/27 + 34 × 26/33 = 23.5714… + 25.6666… + 26.7878… = 76.0259…
    expect(meritOf(rubric, sheets).merit).toBe(76.03);
  });

  it('rule R17: no sheets, or a bad sheet, is a programming error naming the field', () => {
    expect(() => meritOf(RUBRIC, [])).toThrow(
      new RangeError('rule R17: sheets must hold at least one score sheet to compute merit'),
    );
    expect(() =>
      meritOf(RUBRIC, [
        { quality: 8, feasibility: 4, budget: 15 },
        { quality: 11, feasibility: 4, budget: 15 },
      ]),
    ).toThrow(
      'sheets.1.scores.quality is invalid: rule R17: the score for "项目质量" must be a whole number from 0 to 10, got 11',
    );
    expect(() => meritOf({ criteria: [] }, [{}])).toThrow(RangeError);
  });

  it('rule R17: roundHalfUp rounds a fraction half up to hundredths', () => {
    expect(roundHalfUp(1n, 3n)).toBe(0.33);
    expect(roundHalfUp(2n, 3n)).toBe(0.67);
    expect(roundHalfUp(1n, 200n)).toBe(0.01);
    expect(roundHalfUp(1n, 201n)).toBe(0);
    expect(roundHalfUp(0n, 7n)).toBe(0);
  });
});
