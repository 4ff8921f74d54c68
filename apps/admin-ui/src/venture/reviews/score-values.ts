import type { RubricCriterionDto, Scores } from '../types';

export interface ScoreFormValues {
  scores: Record<string, number | null | undefined>;
  comment?: string;
}

/**
 * The score sheet sent (R17): every criterion given a score; one left empty is left out, so the
 * API says on its field that it is not scored. A blank comment is left out.
 */
export function toScoreSheet(values: ScoreFormValues): { scores: Scores; comment?: string } {
  const scores = Object.fromEntries(
    Object.entries(values.scores ?? {}).filter(([, score]) => typeof score === 'number'),
  ) as Scores;
  const comment = values.comment?.trim();
  return comment ? { scores, comment } : { scores };
}

/** The form's starting values: the reviewer's own scores so far, if any. */
export function scoreFormValues(
  rubric: readonly RubricCriterionDto[],
  scores: Scores | undefined,
  comment: string | undefined,
): ScoreFormValues {
  return {
    scores: Object.fromEntries(rubric.map((c) => [c.key, scores?.[c.key] ?? null])),
    comment: comment ?? '',
  };
}

/** What a sheet makes of the proposal's merit on 0–100 (R17), as the ranking will weigh it. */
export function sheetMerit(
  rubric: readonly RubricCriterionDto[],
  scores: ScoreFormValues['scores'],
) {
  const weights = rubric.reduce((sum, c) => sum + c.weight, 0);
  if (weights === 0 || rubric.some((c) => typeof scores?.[c.key] !== 'number')) return undefined;
  const total = rubric.reduce(
    (sum, c) => sum + (c.weight * (scores[c.key] as number) * 100) / c.scaleMax,
    0,
  );
  return Math.round((total / weights) * 100) / 100;
}
