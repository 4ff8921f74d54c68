import {
  BASE_LEVEL_LABELS_EN,
  BASE_LEVEL_LABELS_ZH,
  BASE_LEVELS,
  BaseLevel,
  isBaseLevel,
} from './base-level';

describe('rule R15: incubation base levels', () => {
  it('rule R15: five levels, province down to community, each value its own key', () => {
    expect(BASE_LEVELS).toEqual(['PROVINCE', 'CITY', 'COUNTY', 'STREET', 'COMMUNITY']);
    for (const [key, value] of Object.entries(BaseLevel)) expect(value).toBe(key);
    expect(Object.isFrozen(BASE_LEVELS)).toBe(true);
  });

  it('rule R15: every level has a Chinese and an English label', () => {
    expect(BASE_LEVEL_LABELS_ZH).toEqual({
      PROVINCE: '省级',
      CITY: '市级',
      COUNTY: '县（区）级',
      STREET: '街道（乡镇）级',
      COMMUNITY: '社区（村）级',
    });
    expect(Object.keys(BASE_LEVEL_LABELS_EN)).toEqual([...BASE_LEVELS]);
    for (const level of BASE_LEVELS) expect(BASE_LEVEL_LABELS_EN[level]).toMatch(/^[A-Z]/);
  });

  it.each([['PROVINCE'], ['COMMUNITY']])('rule R15: %p is a base level', (value) => {
    expect(isBaseLevel(value)).toBe(true);
  });

  it.each([['province'], ['VILLAGE'], [''], [undefined], [null], [3], [['CITY']]])(
    'rule R15: %p is not a base level',
    (value) => {
      expect(isBaseLevel(value)).toBe(false);
    },
  );
});
