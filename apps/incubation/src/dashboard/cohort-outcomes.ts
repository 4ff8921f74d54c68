import type { CohortOutcomesView } from '@civic/contracts';
import {
  COHORT_OUTCOMES,
  type CohortOutcome,
  noCohortOutcomes,
  shareOf,
} from '@civic/domain/dashboards';
import type { TallyGroup } from '@civic/platform/tallies';

/** A group read from either cohort tally (by street or by city): the dimensions both share. */
export type CohortGroup = TallyGroup<
  { cohort_year: 'int'; base_id: 'text'; cohort_id: 'text' },
  CohortOutcome
>;

/** Outcome counts summed over tally groups, with the share of admitted who graduated (R16). */
export function cohortOutcomes(groups: readonly CohortGroup[]): CohortOutcomesView {
  const counts = noCohortOutcomes();
  for (const { sums } of groups) for (const o of COHORT_OUTCOMES) counts[o] += sums[o];
  return { ...counts, graduation: shareOf(counts.graduated, counts.admitted) };
}

/** Groups by a key of theirs, in first-seen order. */
export function groupedBy(
  groups: readonly CohortGroup[],
  keyOf: (group: CohortGroup) => string,
): Map<string, CohortGroup[]> {
  const map = new Map<string, CohortGroup[]>();
  for (const group of groups) {
    const key = keyOf(group);
    const list = map.get(key);
    if (list) list.push(group);
    else map.set(key, [group]);
  }
  return map;
}
