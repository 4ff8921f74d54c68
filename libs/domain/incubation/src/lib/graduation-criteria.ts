/** One recorded graduation criterion of a cohort (出壳标准). rule R16 */
export type GraduationCriterion =
  | { kind: 'MIN_MONTHS'; months: number }
  | { kind: 'MIN_TRAINING_SESSIONS'; sessions: number }
  | { kind: 'MIN_ACTIVITIES'; activities: number }
  /** Tier REGISTERED or STREET_FILED (rule R5). */
  | { kind: 'REGISTERED_OR_FILED' }
  /** Staff confirm it, with a note. */
  | { kind: 'MANUAL'; label: string };

export type GraduationCriterionKind = GraduationCriterion['kind'];

export const GRADUATION_CRITERION_KINDS: readonly GraduationCriterionKind[] = Object.freeze([
  'MIN_MONTHS',
  'MIN_TRAINING_SESSIONS',
  'MIN_ACTIVITIES',
  'REGISTERED_OR_FILED',
  'MANUAL',
]);

const AMOUNT_FIELD: Partial<Record<GraduationCriterionKind, string>> = {
  MIN_MONTHS: 'months',
  MIN_TRAINING_SESSIONS: 'sessions',
  MIN_ACTIVITIES: 'activities',
};

// rule R16: a cohort's graduation criteria are a non-empty list of well-formed criteria.
export function assertGraduationCriteria(
  criteria: unknown,
): asserts criteria is GraduationCriterion[] {
  if (!Array.isArray(criteria) || criteria.length === 0) {
    throw new RangeError('rule R16: graduationCriteria must be a non-empty array');
  }
  const labels = new Set<string>();
  criteria.forEach((criterion: unknown, i) => {
    const at = `graduationCriteria[${i}]`;
    const kind = (criterion as { kind?: unknown } | null)?.kind;
    if (!(GRADUATION_CRITERION_KINDS as readonly unknown[]).includes(kind)) {
      throw new RangeError(
        `rule R16: ${at}.kind must be one of ${GRADUATION_CRITERION_KINDS.join(', ')}, got ${String(kind)}`,
      );
    }
    const record = criterion as Record<string, unknown>;
    const amountField = AMOUNT_FIELD[kind as GraduationCriterionKind];
    if (amountField !== undefined) {
      const amount = record[amountField];
      if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount < 1) {
        throw new RangeError(
          `rule R16: ${at}.${amountField} must be a whole number of at least 1, got ${String(amount)}`,
        );
      }
    }
    if (kind === 'MANUAL') {
      const label = record.label;
      if (typeof label !== 'string' || label.trim() === '') {
        throw new RangeError(`rule R16: ${at}.label must be a non-empty string`);
      }
      if (labels.has(label)) {
        throw new RangeError(`rule R16: ${at}.label "${label}" appears more than once`);
      }
      labels.add(label);
    }
  });
}
