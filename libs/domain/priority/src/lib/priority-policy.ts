/**
 * Versioned priority bonuses (whole points) and rural reserve percent, editable by an
 * administrator. rule R13, rule R14
 */
export interface PriorityPolicy {
  version: string;
  bonuses: {
    rural: number;
    publicWelfare: number;
    governmentFunctions: number;
    perPriorityGroup: number;
    priorityGroupsCap: number;
    ruralFounder: number;
    incubationGraduate: number;
    /** rule R6: from version 2026.2; absent from earlier versions, which had no such bonus. */
    lifeService?: number;
    mutualAid?: number;
    /** rule R9: from version 2026.2, likewise: funded by an individual or an enterprise, in R9's fields. */
    priorityFounder?: number;
  };
  ruralReservePercent: number;
}

/** The defaults of domain.md R13 and R14, as first written (version 2026.1, before R6's bonuses). */
export const DEFAULT_PRIORITY_POLICY: Readonly<PriorityPolicy> = Object.freeze({
  version: '2026.1',
  bonuses: Object.freeze({
    rural: 15,
    publicWelfare: 10,
    governmentFunctions: 5,
    perPriorityGroup: 3,
    priorityGroupsCap: 9,
    ruralFounder: 5,
    incubationGraduate: 3,
  }),
  ruralReservePercent: 30,
});

/**
 * rule R6, rule R9: version 2026.2 adds bonuses of their own for life-service and mutual-aid
 * organizations (+5 each; public welfare keeps its +10 of R13), and for organizations funded by an
 * individual or an enterprise in one of R9's fields (+5). Decisions stamped 2026.1 keep their score.
 */
export const PRIORITY_POLICY_WITH_R6: Readonly<PriorityPolicy> = Object.freeze({
  ...DEFAULT_PRIORITY_POLICY,
  version: '2026.2',
  bonuses: Object.freeze({
    ...DEFAULT_PRIORITY_POLICY.bonuses,
    lifeService: 5,
    mutualAid: 5,
    priorityFounder: 5,
  }),
});

// rule R13, rule R14: reject policy data an administrator could not have meant.
export function assertPriorityPolicy(policy: PriorityPolicy): void {
  if (typeof policy?.version !== 'string' || policy.version.trim() === '') {
    throw new RangeError('priority policy version must be a non-empty string');
  }
  for (const [name, points] of Object.entries(policy.bonuses ?? {})) {
    if (typeof points !== 'number' || !Number.isSafeInteger(points) || points < 0) {
      throw new RangeError(`bonuses.${name} must be a non-negative integer, got ${String(points)}`);
    }
  }
  const percent = policy.ruralReservePercent;
  if (typeof percent !== 'number' || !(percent >= 0 && percent <= 100)) {
    throw new RangeError(`ruralReservePercent must be between 0 and 100, got ${String(percent)}`);
  }
}
