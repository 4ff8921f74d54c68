/** The level of government an incubation base (社区社会组织服务（孵化）基地) serves. rule R15 */
export const BaseLevel = {
  PROVINCE: 'PROVINCE',
  CITY: 'CITY',
  COUNTY: 'COUNTY',
  STREET: 'STREET',
  COMMUNITY: 'COMMUNITY',
} as const;
export type BaseLevel = (typeof BaseLevel)[keyof typeof BaseLevel];

export const BASE_LEVELS: readonly BaseLevel[] = Object.freeze(Object.values(BaseLevel));

export const BASE_LEVEL_LABELS_ZH: Readonly<Record<BaseLevel, string>> = Object.freeze({
  PROVINCE: '省级',
  CITY: '市级',
  COUNTY: '县（区）级',
  STREET: '街道（乡镇）级',
  COMMUNITY: '社区（村）级',
});

export const BASE_LEVEL_LABELS_EN: Readonly<Record<BaseLevel, string>> = Object.freeze({
  PROVINCE: 'Province',
  CITY: 'City',
  COUNTY: 'County (district)',
  STREET: 'Street (township)',
  COMMUNITY: 'Community (village)',
});

// rule R15: a value from outside data (JSON, a form) is one of the base levels.
export function isBaseLevel(value: unknown): value is BaseLevel {
  return typeof value === 'string' && (BASE_LEVELS as readonly string[]).includes(value);
}
