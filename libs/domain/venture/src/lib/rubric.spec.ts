import { assertRubric, checkRubric, Rubric } from './rubric';

const RUBRIC: Rubric = {
  criteria: [
    { key: 'need', name: '需求分析', weight: 30, scaleMax: 10 },
    { key: 'design', name: 'Project design', weight: 40, scaleMax: 20 },
    { key: 'budget_fit', name: '预算合理性', weight: 30, scaleMax: 5 },
  ],
};

const fields = (rubric: unknown) => {
  const result = checkRubric(rubric);
  return result.ok ? [] : result.violations.map((v) => v.field);
};

describe('rule R17: checkRubric', () => {
  it('rule R17: accepts a rubric of 1 to 20 criteria whose weights sum to 100', () => {
    expect(checkRubric(RUBRIC)).toEqual({ ok: true });
    expect(
      checkRubric({ criteria: [{ key: 'a', name: '总体', weight: 100, scaleMax: 100 }] }),
    ).toEqual({ ok: true });
    const twenty = Array.from({ length: 20 }, (_, i) => ({
      key: `c${i}`,
      name: `标准${i}`,
      weight: 5,
      scaleMax: 1,
    }));
    expect(checkRubric({ criteria: twenty })).toEqual({ ok: true });
  });

  it('rule R17: a rubric without a list of criteria is refused on "criteria"', () => {
    for (const bad of [null, undefined, 'x', [], {}, { criteria: 'a' }]) {
      expect(checkRubric(bad)).toEqual({
        ok: false,
        violations: [
          {
            field: 'criteria',
            message: 'rule R17: a rubric needs a list of criteria',
            messageZh: '规则 R17：评分细则须列出评分标准',
          },
        ],
      });
    }
  });

  it('rule R17: no criteria, or more than 20, is refused', () => {
    expect(checkRubric({ criteria: [] })).toEqual({
      ok: false,
      violations: [
        {
          field: 'criteria',
          message: 'rule R17: a rubric has 1 to 20 criteria, got 0',
          messageZh: '规则 R17：评分标准须为 1 至 20 项，实际为 0 项',
        },
      ],
    });
    const many = Array.from({ length: 21 }, (_, i) => ({
      key: `c${i}`,
      name: `标准${i}`,
      weight: i === 0 ? 0 : 5,
      scaleMax: 1,
    }));
    expect(fields({ criteria: many })).toEqual(['criteria', 'criteria.0.weight']);
  });

  it('rule R17: every bad field is named, 0-based, while messages count from 1', () => {
    const result = checkRubric({
      criteria: [
        { key: 'Need', name: '需', weight: 0, scaleMax: 0 },
        { key: 'design', name: ' '.repeat(5), weight: 1.5, scaleMax: 101 },
        { key: 'design', name: 'x'.repeat(51), weight: '40', scaleMax: 2.5 },
        'not an object',
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.violations.map((v) => v.field)).toEqual([
      'criteria.0.key',
      'criteria.0.name',
      'criteria.0.weight',
      'criteria.0.scaleMax',
      'criteria.1.name',
      'criteria.1.weight',
      'criteria.1.scaleMax',
      'criteria.2.key',
      'criteria.2.name',
      'criteria.2.weight',
      'criteria.2.scaleMax',
      'criteria.3',
    ]);
    expect(result.violations[0]).toEqual({
      field: 'criteria.0.key',
      message:
        'rule R17: criterion 1: the key must be 1 to 30 lower-case letters, digits or underscores, starting with a letter, got "Need"',
      messageZh:
        '规则 R17：第 1 项评分标准的代码须为 1 至 30 位小写字母、数字或下划线，并以字母开头，实际为 "Need"',
    });
    expect(result.violations[1].message).toBe(
      'rule R17: criterion 1: the name must be 2 to 50 characters, got 1',
    );
    expect(result.violations[5]).toMatchObject({
      message: 'rule R17: criterion 2: the weight must be a positive whole number, got 1.5',
      messageZh: '规则 R17：第 2 项评分标准的权重须为正整数，实际为 1.5',
    });
    expect(result.violations[6]).toMatchObject({
      message:
        'rule R17: criterion 2: the full score must be a whole number from 1 to 100, got 101',
      messageZh: '规则 R17：第 2 项评分标准的满分须为 1 至 100 的整数，实际为 101',
    });
    expect(result.violations[7]).toMatchObject({
      message: 'rule R17: criterion 3: the key "design" is already used by criterion 2',
      messageZh: '规则 R17：第 3 项评分标准的代码“design”与第 2 项重复',
    });
    expect(result.violations[11].messageZh).toBe(
      '规则 R17：第 4 项评分标准须包含代码、名称、权重和满分',
    );
  });

  it('rule R17: weights that do not sum to 100 are refused on "criteria"', () => {
    const result = checkRubric({
      criteria: [
        { key: 'a', name: '甲项', weight: 60, scaleMax: 10 },
        { key: 'b', name: '乙项', weight: 39, scaleMax: 10 },
      ],
    });
    expect(result).toEqual({
      ok: false,
      violations: [
        {
          field: 'criteria',
          message: 'rule R17: the weights add up to 99, not 100',
          messageZh: '规则 R17：各项权重合计为 99，应为 100',
        },
      ],
    });
  });

  it('rule R17: keys and names at their limits', () => {
    const criterion = (key: string, name: string) => ({
      criteria: [{ key, name, weight: 100, scaleMax: 10 }],
    });
    expect(checkRubric(criterion('a'.repeat(30), '两字')).ok).toBe(true);
    expect(checkRubric(criterion('a1_', '  两字  ')).ok).toBe(true);
    expect(checkRubric(criterion('a', '汉'.repeat(50))).ok).toBe(true);
    expect(checkRubric(criterion('😀a', '两字')).ok).toBe(false);
    expect(fields(criterion('a'.repeat(31), '两字'))).toEqual(['criteria.0.key']);
    expect(fields(criterion('1a', '两字'))).toEqual(['criteria.0.key']);
    expect(fields(criterion('_a', '两字'))).toEqual(['criteria.0.key']);
    expect(fields(criterion('a', '汉'.repeat(51)))).toEqual(['criteria.0.name']);
    // A name counts characters, not UTF-16 units: 25 emoji are 25 characters.
    expect(checkRubric(criterion('a', '😀'.repeat(25))).ok).toBe(true);
  });

  it('rule R17: assertRubric throws a RangeError naming the field', () => {
    expect(() => assertRubric(RUBRIC)).not.toThrow();
    expect(() =>
      assertRubric({ criteria: [{ key: 'a', name: '甲项', weight: 0, scaleMax: 10 }] }),
    ).toThrow(
      new RangeError(
        'rubric.criteria.0.weight is invalid: rule R17: criterion 1: the weight must be a positive whole number, got 0',
      ),
    );
  });
});
