import type { AwardView, TrancheView } from '../types';

/** The officer signs the agreement once: the first milestone is still pending (R19). */
export function canSign(award: AwardView): boolean {
  return award.status !== 'COMMITMENT_REFUSED' && award.tranches[0]?.milestone === 'PENDING';
}

/**
 * The organization reports a later milestone (mid-term, final) once the agreement is signed, and
 * may report again until the officer has evaluated it (R19).
 */
export function canReport(award: AwardView, tranche: TrancheView): boolean {
  return (
    tranche.position > 0 &&
    award.tranches[0]?.milestone === 'APPROVED' &&
    (tranche.milestone === 'PENDING' || tranche.milestone === 'SUBMITTED')
  );
}

/** The officer evaluates a reported milestone: approved releases it, failed holds the next (R19). */
export function canEvaluate(tranche: TrancheView): boolean {
  return tranche.position > 0 && tranche.milestone === 'SUBMITTED';
}
