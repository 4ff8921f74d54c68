import type { BidScores, PanelCriterion } from './panel-types';

export interface BidScoreFormValues {
  scores: Record<string, number | null | undefined>;
}

/**
 * The sheet sent (R25): every criterion given a score; one left empty is left out, so the API
 * says on its field that it is not scored.
 */
export function toBidScores(values: BidScoreFormValues): BidScores {
  return Object.fromEntries(
    Object.entries(values.scores ?? {}).filter(([, score]) => typeof score === 'number'),
  ) as BidScores;
}

/** The form's first values: one empty score per PANEL criterion announced. */
export function emptyScores(criteria: readonly PanelCriterion[]): BidScoreFormValues {
  return { scores: Object.fromEntries(criteria.map((c) => [c.key, null])) };
}

/**
 * What the sheet makes of the panel criteria on their weights (0 to the weights' sum): each
 * score over its full score times its weight, two decimals; undefined until every one is typed.
 */
export function sheetPoints(
  criteria: readonly PanelCriterion[],
  scores: BidScoreFormValues['scores'] = {},
): number | undefined {
  if (criteria.some((c) => typeof scores[c.key] !== 'number')) return undefined;
  const points = criteria.reduce(
    (sum, c) => sum + (c.weight * (scores[c.key] as number)) / c.max,
    0,
  );
  return Math.round(points * 100) / 100;
}
