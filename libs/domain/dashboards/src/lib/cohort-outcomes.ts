/**
 * What became of the applicants to an incubation cohort (rule R16), as the cohort tally counts
 * them. Every application is `applied`; a decided one is `admitted`, `waitlisted` or `rejected`;
 * an admitted one is `active` until it `graduated` (出壳) or `exited`. So admitted = active +
 * graduated + exited, and applied ≥ admitted + waitlisted + rejected (the rest await a decision).
 */
export const COHORT_OUTCOMES = [
  'applied',
  'admitted',
  'waitlisted',
  'rejected',
  'active',
  'graduated',
  'exited',
] as const;
export type CohortOutcome = (typeof COHORT_OUTCOMES)[number];

export type CohortOutcomeCounts = Record<CohortOutcome, number>;

export const COHORT_OUTCOME_LABELS_ZH: Readonly<Record<CohortOutcome, string>> = {
  applied: '申请',
  admitted: '入驻',
  waitlisted: '候补',
  rejected: '未入选',
  active: '在孵',
  graduated: '出壳',
  exited: '退出',
};

// rule R16: the outcome counts of no applicants, to add to.
export function noCohortOutcomes(): CohortOutcomeCounts {
  return Object.fromEntries(COHORT_OUTCOMES.map((o) => [o, 0])) as CohortOutcomeCounts;
}

/**
 * rule R16: which counts move when an admission application is submitted or decided, or its
 * incubation record leaves (a delta per outcome, to add to a tally).
 */
export function cohortOutcomeDelta(
  change: 'SUBMITTED' | 'ADMITTED' | 'WAITLISTED' | 'REJECTED' | 'GRADUATED' | 'EXITED',
): Partial<CohortOutcomeCounts> {
  switch (change) {
    case 'SUBMITTED':
      return { applied: 1 };
    case 'ADMITTED':
      return { admitted: 1, active: 1 };
    case 'WAITLISTED':
      return { waitlisted: 1 };
    case 'REJECTED':
      return { rejected: 1 };
    case 'GRADUATED':
      return { active: -1, graduated: 1 };
    case 'EXITED':
      return { active: -1, exited: 1 };
  }
}
