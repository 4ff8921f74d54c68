import { Rubric } from './rubric';
import { checkScoreSheet } from './score-sheet';

const RUBRIC: Rubric = {
  criteria: [
    { key: 'need', name: '需求分析', weight: 30, scaleMax: 10 },
    { key: 'design', name: '项目设计', weight: 70, scaleMax: 20 },
  ],
};

describe('rule R17: checkScoreSheet', () => {
  it('rule R17: every criterion scored with a whole number from 0 to its full score', () => {
    expect(checkScoreSheet(RUBRIC, { need: 0, design: 20 })).toEqual({ ok: true });
    expect(checkScoreSheet(RUBRIC, { need: 10, design: 0 })).toEqual({ ok: true });
  });

  it('rule R17: a missing, unknown, fractional or out-of-scale score is refused on scores.<key>', () => {
    expect(checkScoreSheet(RUBRIC, { design: 21, zeta: 1, alpha: 2 })).toEqual({
      ok: false,
      violations: [
        {
          field: 'scores.need',
          message: 'rule R17: "需求分析" is not scored',
          messageZh: '规则 R17：“需求分析”尚未打分',
        },
        {
          field: 'scores.design',
          message: 'rule R17: the score for "项目设计" must be a whole number from 0 to 20, got 21',
          messageZh: '规则 R17：“项目设计”的得分须为 0 至 20 的整数，实际为 21',
        },
        {
          field: 'scores.alpha',
          message: 'rule R17: "alpha" is not a criterion of this call\'s rubric',
          messageZh: '规则 R17：“alpha”不是本次评分细则中的评分标准',
        },
        {
          field: 'scores.zeta',
          message: 'rule R17: "zeta" is not a criterion of this call\'s rubric',
          messageZh: '规则 R17：“zeta”不是本次评分细则中的评分标准',
        },
      ],
    });
  });

  it.each([[-1], [7.5], ['7'], [null], [Number.NaN], [Number.POSITIVE_INFINITY]])(
    'rule R17: a score of %p is refused',
    (score) => {
      const result = checkScoreSheet(RUBRIC, { need: score, design: 5 });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.violations.map((v) => v.field)).toEqual(['scores.need']);
    },
  );

  it('rule R17: an undefined score counts as not scored; inherited keys do not count', () => {
    const result = checkScoreSheet(RUBRIC, { need: undefined, design: 5 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.violations[0].message).toBe('rule R17: "需求分析" is not scored');
    const inherited = Object.create({ need: 5 }) as Record<string, number>;
    inherited.design = 5;
    expect(checkScoreSheet(RUBRIC, inherited).ok).toBe(false);
  });

  it('rule R17: a sheet that is not an object is refused on "scores"', () => {
    for (const bad of [null, undefined, 5, [1, 2], 'need=5']) {
      expect(checkScoreSheet(RUBRIC, bad)).toEqual({
        ok: false,
        violations: [
          {
            field: 'scores',
            message: 'rule R17: a score sheet gives a score for each criterion',
            messageZh: '规则 R17：评分表须对每项评分标准打分',
          },
        ],
      });
    }
  });

  it('rule R17: an invalid rubric is a programming error', () => {
    expect(() => checkScoreSheet({ criteria: [] }, {})).toThrow(
      'rubric.criteria is invalid: rule R17: a rubric has 1 to 20 criteria, got 0',
    );
  });
});
