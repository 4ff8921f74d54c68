import { PriorityGroup } from '@civic/domain/organizations';
import { BeneficiaryCount, checkBeneficiaries, totalBeneficiaries } from './beneficiaries';

const entry = (group: string, count: unknown) => ({ group, count }) as BeneficiaryCount;

describe('rule R7: beneficiaries of a subsidised project', () => {
  it('rule R7: groups each listed once with positive counts are accepted, with their total', () => {
    const list: BeneficiaryCount[] = [
      { group: PriorityGroup.ELDERLY, count: 120 },
      { group: PriorityGroup.DISABLED, count: 15 },
      { group: PriorityGroup.HARDSHIP_FAMILIES, count: 1 },
    ];
    expect(checkBeneficiaries(list)).toEqual({ ok: true, total: 136 });
    expect(totalBeneficiaries(list)).toBe(136);
  });

  it('rule R7: at least one group is needed', () => {
    expect(checkBeneficiaries([])).toEqual({
      ok: false,
      violations: [
        {
          index: null,
          field: 'groups',
          rule: 'R7',
          code: 'NO_GROUPS',
          message: 'rule R7: name at least one priority group the project serves',
          messageZh: '规则 R7：至少填写一类服务对象',
        },
      ],
    });
    expect(() => totalBeneficiaries([])).toThrow('rule R7: name at least one priority group');
  });

  it('rule R7: a group listed twice is refused, pointing at its first entry', () => {
    const result = checkBeneficiaries([
      entry('ELDERLY', 3),
      entry('WOMEN', 2),
      entry('ELDERLY', 4),
    ]);
    expect(result).toEqual({
      ok: false,
      violations: [
        {
          index: 2,
          field: 'group',
          rule: 'R7',
          code: 'DUPLICATE_GROUP',
          message: 'rule R7: entry 3: ELDERLY is already listed in entry 1; list each group once',
          messageZh: '规则 R7：第 3 项：老年人已在第 1 项填写，每类对象只填一次',
        },
      ],
    });
  });

  it.each([['ELDERLY_PEOPLE'], ['elderly'], [''], [undefined]])(
    'rule R7: %p is not a priority group',
    (group) => {
      const result = checkBeneficiaries([entry(group as string, 1)]);
      expect(!result.ok && result.violations).toEqual([
        expect.objectContaining({ index: 0, field: 'group', code: 'UNKNOWN_GROUP' }),
      ]);
    },
  );

  it.each([[0], [-3], [2.5], [Number.NaN], ['10'], [null]])(
    'rule R7: a count of %p is refused',
    (count) => {
      const result = checkBeneficiaries([entry('CHILDREN', count)]);
      expect(!result.ok && result.violations).toEqual([
        expect.objectContaining({
          index: 0,
          field: 'count',
          code: 'INVALID_COUNT',
          message: `rule R7: entry 1: the number of people must be a positive whole number, got ${String(count)}`,
        }),
      ]);
    },
  );

  it('rule R7: every problem is reported at once', () => {
    const result = checkBeneficiaries([entry('NOBODY', 0), entry('WOMEN', 1), entry('WOMEN', -1)]);
    expect(!result.ok && result.violations.map((v) => [v.index, v.code])).toEqual([
      [0, 'UNKNOWN_GROUP'],
      [0, 'INVALID_COUNT'],
      [2, 'DUPLICATE_GROUP'],
      [2, 'INVALID_COUNT'],
    ]);
  });

  it('rule R7: a total beyond the safe range is refused rather than rounded', () => {
    const big = Number.MAX_SAFE_INTEGER;
    const result = checkBeneficiaries([entry('WOMEN', big), entry('CHILDREN', big)]);
    expect(!result.ok && result.violations).toEqual([
      expect.objectContaining({ index: null, code: 'TOTAL_TOO_LARGE' }),
    ]);
  });
});
