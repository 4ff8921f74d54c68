import type { Violation } from '../api/errors';
import type { GraduationCriterionDto, GraduationCriterionKind } from '../api/types';

/** The field holding the number a criterion needs, by kind (R16). */
export const AMOUNT_FIELD: Partial<
  Record<GraduationCriterionKind, 'months' | 'sessions' | 'activities'>
> = {
  MIN_MONTHS: 'months',
  MIN_TRAINING_SESSIONS: 'sessions',
  MIN_ACTIVITIES: 'activities',
};

/** A criterion as the API takes it: its kind and only the field that kind needs. */
export function criterionDto(row: Partial<GraduationCriterionDto>): GraduationCriterionDto {
  const kind = row.kind!;
  const field = AMOUNT_FIELD[kind];
  if (field) return { kind, [field]: row[field] };
  if (kind === 'MANUAL') return { kind, label: row.label?.trim() };
  return { kind };
}

/** The labels of the criteria staff confirm by hand (MANUAL). */
export function manualLabels(criteria: readonly GraduationCriterionDto[]): string[] {
  return criteria.flatMap((c) => (c.kind === 'MANUAL' && c.label ? [c.label] : []));
}

/**
 * A refused graduation names each unmet criterion as `graduationCriteria.<index>` (R16): the
 * API's message for each, by the criterion's index.
 */
export function unmetCriteria(violations: readonly Violation[]): Map<number, string> {
  const unmet = new Map<number, string>();
  for (const v of violations) {
    const match = /^graduationCriteria\.(\d+)$/.exec(v.field);
    if (match) unmet.set(Number(match[1]), v.message);
  }
  return unmet;
}
