import { isEnumMember } from './enum-member';

/** The three management tiers (分类管理). rule R5 */
export const ManagementTier = {
  REGISTERED: 'REGISTERED',
  STREET_FILED: 'STREET_FILED',
  COMMUNITY_GUIDED: 'COMMUNITY_GUIDED',
} as const;
export type ManagementTier = (typeof ManagementTier)[keyof typeof ManagementTier];

export const MANAGEMENT_TIERS: readonly ManagementTier[] = Object.values(ManagementTier);

export const MANAGEMENT_TIER_LABELS_ZH: Readonly<Record<ManagementTier, string>> = {
  REGISTERED: '登记',
  STREET_FILED: '街道备案',
  COMMUNITY_GUIDED: '社区指导',
};

// rule R5
export function isManagementTier(value: unknown): value is ManagementTier {
  return isEnumMember(MANAGEMENT_TIERS, value);
}
