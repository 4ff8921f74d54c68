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

/**
 * How a tranche that is not released yet says why (R19, issue #18): waiting its turn (its
 * milestone, the signing, an earlier tranche) is the normal course, told as information in the
 * UI's words; held after a failed evaluation is a problem, told as a warning with the rule.
 */
export type HeldNotice =
  { tone: 'info'; key: 'waitsSigning' | 'waitsMilestone' | 'waitsEarlier' } | { tone: 'warning' };

export function heldNotice(tranche: TrancheView): HeldNotice | undefined {
  switch (tranche.heldBecause?.reason) {
    case undefined:
      return undefined;
    case 'MILESTONE_NOT_APPROVED':
      return { tone: 'info', key: tranche.position === 0 ? 'waitsSigning' : 'waitsMilestone' };
    case 'EARLIER_NOT_RELEASED':
      return { tone: 'info', key: 'waitsEarlier' };
    default:
      return { tone: 'warning' };
  }
}
