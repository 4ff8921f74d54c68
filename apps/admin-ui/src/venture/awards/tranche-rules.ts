import { milestoneReportCheck } from '@civic/domain/venture';
import type { AwardView, TrancheView } from '../types';

/** The officer signs the agreement once: the first milestone is still pending (R19). */
export function canSign(award: AwardView): boolean {
  return award.status !== 'COMMITMENT_REFUSED' && award.tranches[0]?.milestone === 'PENDING';
}

/**
 * The organization reports a later milestone (mid-term, final) once every earlier one is decided,
 * the signing first, and may report again until the officer has evaluated it (R19; the domain's
 * `milestoneReportCheck`, which the service applies too).
 */
export function canReport(award: AwardView, tranche: TrancheView): boolean {
  const milestones = award.tranches.map((t) => t.milestone);
  return milestoneReportCheck(milestones, tranche.position).ok;
}

/** The officer evaluates a reported milestone: approved releases it, failed holds the next (R19). */
export function canEvaluate(tranche: TrancheView): boolean {
  return tranche.position > 0 && tranche.milestone === 'SUBMITTED';
}

/**
 * The officer opens a clawback once the final evaluation failed and something paid is not claimed
 * by an earlier clawback, and only when the earlier ones are recovered (R19).
 */
export function canOpenClawback(award: AwardView): boolean {
  return award.clawback.eligible && award.clawbacks.every((c) => c.status === 'RECOVERED');
}
