import type { AdmissionPreviewView, AdmissionRankingRowView, AdmissionView } from '../../api/types';

/** What a row shows as its outcome: the decision once made, else what deciding now would give. */
export interface RowOutcome extends AdmissionPreviewView {
  decided: boolean;
}

export function outcomeOf(
  row: AdmissionView & { preview?: AdmissionPreviewView },
): RowOutcome | undefined {
  if (row.decision) {
    const { decidedAt: _, ...decision } = row.decision;
    return { ...decision, decided: true };
  }
  return row.preview && { ...row.preview, decided: false };
}

/** An eligible applicant not scored yet: the ranking waits for it (R16). */
export const isUnassessed = (row: AdmissionView) =>
  row.status === 'SUBMITTED' && row.screening.eligible && row.merit === undefined;

/**
 * The ranked list: applicants with a rank in rank order (R13), then those waiting for a score,
 * then the rest (not eligible, or below the passing mark) in the API's order.
 */
export function rankingRows<T extends AdmissionRankingRowView>(rows: readonly T[]): T[] {
  const rank = (row: T) => outcomeOf(row)?.rank;
  const ranked = rows.filter((r) => rank(r) !== undefined).sort((a, b) => rank(a)! - rank(b)!);
  const waiting = rows.filter((r) => rank(r) === undefined && isUnassessed(r));
  const rest = rows.filter((r) => rank(r) === undefined && !isUnassessed(r));
  return [...ranked, ...waiting, ...rest];
}
