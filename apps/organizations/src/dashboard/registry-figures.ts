import type { RegistryFiguresView } from '@civic/contracts';
import { shareOf } from '@civic/domain/dashboards';
import type { TallyGroup } from '@civic/platform/tallies';
import type { REGISTRY_TALLY } from './registry-tally';

type RegistryMeasure = (typeof REGISTRY_TALLY.measures)[number];
export type RegistryGroup = TallyGroup<typeof REGISTRY_TALLY.dims, RegistryMeasure>;

/**
 * The registry's figures from tally groups: counts by tier (R5), urban/rural (R1, R8) and category
 * (R1, R6), and the shares led by Party members (R10), rural and public-welfare, never rounded to
 * 0 % or 100 % falsely.
 */
export function registryFigures(groups: readonly RegistryGroup[]): RegistryFiguresView {
  const sum = (measure: RegistryMeasure) => groups.reduce((n, g) => n + g.sums[measure], 0);
  const total = sum('organizations');
  return {
    total,
    byTier: {
      REGISTERED: sum('registered'),
      STREET_FILED: sum('street_filed'),
      COMMUNITY_GUIDED: sum('community_guided'),
    },
    byAreaType: { URBAN: sum('urban'), RURAL: sum('rural') },
    byCategory: {
      LIFE_SERVICE: sum('life_service'),
      PUBLIC_WELFARE: sum('public_welfare'),
      MUTUAL_AID: sum('mutual_aid'),
      CULTURE_SPORTS: sum('culture_sports'),
      RURAL_PRODUCTION: sum('rural_production'),
    },
    partyLed: shareOf(sum('party_led'), total),
    rural: shareOf(sum('rural'), total),
    publicWelfare: shareOf(sum('public_welfare'), total),
  };
}

/** Groups by the first `length` digits of their street code, in code order. */
export function byPrefix(
  groups: readonly RegistryGroup[],
  length: number,
): Map<string, RegistryGroup[]> {
  const map = new Map<string, RegistryGroup[]>();
  for (const group of groups) {
    const code = (group.prefix ?? '').slice(0, length);
    const list = map.get(code);
    if (list) list.push(group);
    else map.set(code, [group]);
  }
  return new Map([...map].sort(([a], [b]) => (a < b ? -1 : 1)));
}
