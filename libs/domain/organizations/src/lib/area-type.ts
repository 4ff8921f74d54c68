import { isEnumMember } from './enum-member';

/** Every organization is urban or rural. rule R1 */
export const AreaType = {
  URBAN: 'URBAN',
  RURAL: 'RURAL',
} as const;
export type AreaType = (typeof AreaType)[keyof typeof AreaType];

export const AREA_TYPES: readonly AreaType[] = Object.values(AreaType);

export const AREA_TYPE_LABELS_ZH: Readonly<Record<AreaType, string>> = {
  URBAN: '城市',
  RURAL: '农村',
};

// rule R1
export function isAreaType(value: unknown): value is AreaType {
  return isEnumMember(AREA_TYPES, value);
}
