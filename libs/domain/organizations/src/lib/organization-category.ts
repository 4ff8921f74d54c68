import { isEnumMember } from './enum-member';

/** The five kinds of community social organization. rule R1 */
export const OrganizationCategory = {
  LIFE_SERVICE: 'LIFE_SERVICE',
  PUBLIC_WELFARE: 'PUBLIC_WELFARE',
  MUTUAL_AID: 'MUTUAL_AID',
  CULTURE_SPORTS: 'CULTURE_SPORTS',
  RURAL_PRODUCTION: 'RURAL_PRODUCTION',
} as const;
export type OrganizationCategory = (typeof OrganizationCategory)[keyof typeof OrganizationCategory];

export const ORGANIZATION_CATEGORIES: readonly OrganizationCategory[] =
  Object.values(OrganizationCategory);

export const CATEGORY_LABELS_ZH: Readonly<Record<OrganizationCategory, string>> = {
  LIFE_SERVICE: '生活服务类',
  PUBLIC_WELFARE: '公益慈善类',
  MUTUAL_AID: '居（村）民互助类',
  CULTURE_SPORTS: '文体娱乐类',
  RURAL_PRODUCTION: '农村生产技术服务类',
};

// rule R1
export function isOrganizationCategory(value: unknown): value is OrganizationCategory {
  return isEnumMember(ORGANIZATION_CATEGORIES, value);
}
