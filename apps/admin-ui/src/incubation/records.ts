import type { AdmissionView, IncubateeView } from '../api/types';

/** The incubation record an admitted application became: same cohort, same organization. */
export function recordOf(
  admission: AdmissionView,
  records: readonly IncubateeView[] = [],
): IncubateeView | undefined {
  return records.find(
    (r) => r.cohortId === admission.cohortId && r.organizationId === admission.organizationId,
  );
}

/** Until finance has answered, a start-up subsidy's status changes by itself (R15, R28). */
export function subsidyOnItsWay(records: readonly IncubateeView[] = []): boolean {
  return records.some(
    (r) =>
      r.subsidy?.status === 'REQUESTED' ||
      r.subsidy?.status === 'COMMITTED' ||
      r.subsidy?.status === 'WITHDRAWING',
  );
}
