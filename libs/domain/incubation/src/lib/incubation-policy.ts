/**
 * Versioned incubation policy, editable by an administrator and shown to users as the policy in
 * force (rule R16 [policy]). Deadlines are in working days of the China working calendar.
 */
export interface IncubationPolicy {
  version: string;
  /** Applications are answered within this many working days of the window closing. */
  answerWithinWorkingDays: number;
  /** A leaving organization hands its space back within this many working days. */
  returnSpaceWithinWorkingDays: number;
  /** The incubation term of a cohort unless it sets its own. */
  defaultTermMonths: number;
  /** Seats reserved for rural applicants unless a cohort sets its own (rule R14). */
  ruralReservePercent: number;
  /** The fewest founders a founding group (筹备中) needs to apply. */
  minFounders: number;
  /** The least merit (0–100) an eligible applicant needs to be ranked for a seat. */
  passingMerit: number;
}

/**
 * rule R16: 5 and 15 working days as Longhua District, Shenzhen, practises; a 12-month term; the
 * 30 % rural reserve of rule R14. Founders and passing merit are our defaults [policy].
 */
export const DEFAULT_INCUBATION_POLICY: Readonly<IncubationPolicy> = Object.freeze({
  version: '2026.1',
  answerWithinWorkingDays: 5,
  returnSpaceWithinWorkingDays: 15,
  defaultTermMonths: 12,
  ruralReservePercent: 30,
  minFounders: 3,
  passingMerit: 60,
});

const WHOLE_NUMBERS: readonly [keyof IncubationPolicy, number, number][] = [
  ['answerWithinWorkingDays', 1, 365],
  ['returnSpaceWithinWorkingDays', 1, 365],
  ['defaultTermMonths', 1, 60],
  ['minFounders', 1, 1000],
];
const PERCENTS: readonly (keyof IncubationPolicy)[] = ['ruralReservePercent', 'passingMerit'];

// rule R16: reject policy data an administrator could not have meant.
export function assertIncubationPolicy(policy: IncubationPolicy): void {
  if (typeof policy?.version !== 'string' || policy.version.trim() === '') {
    throw new RangeError('rule R16: incubation policy version must be a non-empty string');
  }
  for (const [field, min, max] of WHOLE_NUMBERS) {
    const value = policy[field];
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
      throw new RangeError(
        `rule R16: ${field} must be a whole number from ${min} to ${max}, got ${String(value)}`,
      );
    }
  }
  for (const field of PERCENTS) {
    const value = policy[field];
    if (typeof value !== 'number' || !(value >= 0 && value <= 100)) {
      throw new RangeError(`rule R16: ${field} must be between 0 and 100, got ${String(value)}`);
    }
  }
}
