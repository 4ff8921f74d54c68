import { beijingYearOf } from '@civic/domain/dashboards';
import {
  AREA_TYPES,
  type AreaType,
  isPartyLed,
  type ManagementTier,
  MANAGEMENT_TIERS,
  ORGANIZATION_CATEGORIES,
  type OrganizationCategory,
} from '@civic/domain/organizations';
import {
  defineTally,
  recountInTally,
  type TallyKey,
  type TallyMeasures,
} from '@civic/platform/tallies';
import type { EntityManager } from 'typeorm';
import type { Organization } from '../organizations/organization.entity';

/** A measure column per tier, area type and category: its code in lower case (`street_filed`). */
const column = <C extends string>(code: C) => code.toLowerCase() as Lowercase<C>;

type RegistryMeasure =
  'organizations' | Lowercase<ManagementTier | AreaType | OrganizationCategory> | 'party_led';

/** The registry tally's columns (registry-tally.entity.ts), as the tally helper writes them. */
export const REGISTRY_TALLY = defineTally({
  table: 'organizations.registry_tally',
  dims: { street_code: 'text', registered_year: 'int' },
  measures: [
    'organizations',
    ...MANAGEMENT_TIERS.map(column),
    ...AREA_TYPES.map(column),
    ...ORGANIZATION_CATEGORIES.map(column),
    'party_led',
  ] as RegistryMeasure[],
});

export type RegistryTallyKey = TallyKey<typeof REGISTRY_TALLY.dims>;

/** What the registry tally counts of one organization: its row and its part of the measures. */
export interface RegistryCount {
  key: RegistryTallyKey;
  measures: TallyMeasures<RegistryMeasure>;
}

/**
 * The GROUP BY of the raw rows the tally must equal (its migration backfilled from the same): the
 * consistency check of the tests, and the source to rebuild it from. Party-led as R10 and
 * OrganizationsRepository.counts read it: a leader who is a Party member.
 */
export const REGISTRY_TALLY_SOURCE = `
  SELECT street_code,
         EXTRACT(YEAR FROM created_at AT TIME ZONE 'Asia/Shanghai')::int AS registered_year,
         count(*)::int AS organizations,
         (count(*) FILTER (WHERE tier = 'REGISTERED'))::int AS registered,
         (count(*) FILTER (WHERE tier = 'STREET_FILED'))::int AS street_filed,
         (count(*) FILTER (WHERE tier = 'COMMUNITY_GUIDED'))::int AS community_guided,
         (count(*) FILTER (WHERE area_type = 'URBAN'))::int AS urban,
         (count(*) FILTER (WHERE area_type = 'RURAL'))::int AS rural,
         (count(*) FILTER (WHERE category = 'LIFE_SERVICE'))::int AS life_service,
         (count(*) FILTER (WHERE category = 'PUBLIC_WELFARE'))::int AS public_welfare,
         (count(*) FILTER (WHERE category = 'MUTUAL_AID'))::int AS mutual_aid,
         (count(*) FILTER (WHERE category = 'CULTURE_SPORTS'))::int AS culture_sports,
         (count(*) FILTER (WHERE category = 'RURAL_PRODUCTION'))::int AS rural_production,
         (count(*) FILTER (WHERE leaders @> '[{"isPartyMember": true}]'))::int AS party_led
    FROM organizations.organization
   GROUP BY 1, 2`;

/** Where and how an organization is counted: its street and year, its tier, area, category, R10. */
export function registryCountOf(
  org: Pick<
    Organization,
    'streetCode' | 'createdAt' | 'tier' | 'areaType' | 'category' | 'leaders'
  >,
): RegistryCount {
  return {
    key: { street_code: org.streetCode, registered_year: beijingYearOf(org.createdAt) },
    measures: {
      organizations: 1,
      [column(org.tier)]: 1,
      [column(org.areaType)]: 1,
      [column(org.category)]: 1,
      party_led: isPartyLed(org) ? 1 : 0,
    },
  };
}

/** A newly registered organization, counted in the registering transaction. */
export function countRegistered(manager: EntityManager, org: Organization): Promise<void> {
  return recountInTally(manager, REGISTRY_TALLY, null, registryCountOf(org));
}

/**
 * A changed organization, counted again in the changing transaction: what it added before the
 * change (`before`, taken from the row as it was) comes off, what it adds now goes on; nothing is
 * written when none of the facts changed.
 */
export function countChanged(
  manager: EntityManager,
  before: RegistryCount,
  org: Organization,
): Promise<void> {
  return recountInTally(manager, REGISTRY_TALLY, before, registryCountOf(org));
}
