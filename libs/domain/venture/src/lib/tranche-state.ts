import { isFen } from '@civic/domain/money';
import { isNonBlank, isRecord } from './values';

/** Where a tranche's milestone stands. rule R19 */
export type MilestoneState = 'PENDING' | 'SUBMITTED' | 'APPROVED' | 'FAILED';

export const MILESTONE_STATES: readonly MilestoneState[] = Object.freeze([
  'PENDING',
  'SUBMITTED',
  'APPROVED',
  'FAILED',
]);

export const MILESTONE_STATE_LABELS_ZH: Readonly<Record<MilestoneState, string>> = Object.freeze({
  PENDING: '未提交',
  SUBMITTED: '已提交待评估',
  APPROVED: '评估通过',
  FAILED: '评估未通过',
});

export const MILESTONE_STATE_LABELS_EN: Readonly<Record<MilestoneState, string>> = Object.freeze({
  PENDING: 'not submitted',
  SUBMITTED: 'submitted, awaiting evaluation',
  APPROVED: 'approved',
  FAILED: 'failed',
});

/**
 * One tranche of an award as it stands. The SIGNING milestone is APPROVED when the agreement is
 * signed. Released means paid: `paidFen` equals `amountFen` (or `releasedAt` is set, which also
 * marks a 0-fen tranche released). rule R19
 */
export interface TrancheState {
  key: string;
  amountFen: number;
  milestone: MilestoneState;
  /** 0, or amountFen once released. */
  paidFen: number;
  releasedAt?: string;
}

// rule R19: a tranche counts as released once paid, or marked released.
export function isReleased(tranche: TrancheState): boolean {
  return tranche.releasedAt !== undefined || tranche.paidFen > 0;
}

// rule R19: tranches the caller vouched for (an award's stored schedule) must be consistent.
export function assertTranches(tranches: readonly TrancheState[]): void {
  if (!Array.isArray(tranches) || tranches.length === 0) {
    throw new RangeError('rule R19: tranches must be a non-empty array');
  }
  tranches.forEach((t: TrancheState, index) => {
    const at = `rule R19: tranches.${index}`;
    if (!isRecord(t) || !isNonBlank(t.key))
      throw new RangeError(`${at}.key must be a non-empty string`);
    if (!isFen(t.amountFen) || t.amountFen < 0) {
      throw new RangeError(`${at}.amountFen must be a non-negative whole number of fen`);
    }
    if (!MILESTONE_STATES.includes(t.milestone)) {
      throw new RangeError(`${at}.milestone must be one of ${MILESTONE_STATES.join(', ')}`);
    }
    if (t.paidFen !== 0 && t.paidFen !== t.amountFen) {
      throw new RangeError(
        `${at}.paidFen must be 0 or amountFen (${t.amountFen}), got ${String(t.paidFen)}`,
      );
    }
    if (t.releasedAt !== undefined && (!isNonBlank(t.releasedAt) || t.paidFen !== t.amountFen)) {
      throw new RangeError(`${at}.releasedAt is set, so paidFen must equal amountFen`);
    }
  });
}
