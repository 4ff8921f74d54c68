import type { AreaType } from './area-type';
import type { ManagementTier } from './management-tier';
import type { OrganizationCategory } from './organization-category';
import type { PriorityGroup } from './priority-group';

/**
 * The registry's codes in English, beside their Chinese labels (`*_LABELS_ZH`), for exports and
 * screens in English: a reader never sees a bare code (issue #18). Categories R1, tiers R5,
 * area types R14, priority groups R7.
 */
export const CATEGORY_LABELS_EN: Readonly<Record<OrganizationCategory, string>> = Object.freeze({
  LIFE_SERVICE: 'Life services',
  PUBLIC_WELFARE: 'Public welfare and charity',
  MUTUAL_AID: "Residents' mutual aid",
  CULTURE_SPORTS: 'Culture, sport and recreation',
  RURAL_PRODUCTION: 'Rural production technology',
});

export const AREA_TYPE_LABELS_EN: Readonly<Record<AreaType, string>> = Object.freeze({
  URBAN: 'Urban',
  RURAL: 'Rural',
});

export const MANAGEMENT_TIER_LABELS_EN: Readonly<Record<ManagementTier, string>> = Object.freeze({
  REGISTERED: 'Registered',
  STREET_FILED: 'Filed with the street',
  COMMUNITY_GUIDED: 'Guided by the community',
});

export const PRIORITY_GROUP_LABELS_EN: Readonly<Record<PriorityGroup, string>> = Object.freeze({
  ELDERLY: 'Elderly people',
  WOMEN: 'Women',
  CHILDREN: 'Children',
  DISABLED: 'People with disabilities',
  UNEMPLOYED: 'Unemployed people',
  MIGRANT_WORKERS: 'Migrant workers',
  CHILDREN_OF_DETAINED_PARENTS: 'Minor children of people deprived of liberty',
  HARDSHIP_FAMILIES: 'Families in hardship',
  SEVERE_MENTAL_DISORDER: 'People with severe mental disorders',
  YOUTH_BEHAVIOUR_PROBLEMS: 'Young people with behaviour problems',
  COMMUNITY_CORRECTION: 'People under community correction',
});
