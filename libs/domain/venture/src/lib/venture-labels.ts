import type { AwardStatus, TranchePayment } from './award-funding';
import type { ProposalStatus } from './proposal-status';

/** A call's phase: open for proposals, closed, reviewers drawn (R18), awards made (R19). */
export type CallPhase = 'OPEN' | 'CLOSED' | 'DRAWN' | 'AWARDED';

/** Where an award's money was held from (R14). */
export type AwardPool = 'RURAL_RESERVE' | 'GENERAL';

/**
 * Venture philanthropy's codes as people read them, in Chinese and English (issue #18: labels,
 * never codes): calls and proposals (R17), awards and their tranches (R19, R27), the pool an
 * award came from (R14).
 */
export const CALL_PHASE_LABELS_ZH: Readonly<Record<CallPhase, string>> = Object.freeze({
  OPEN: '征集中',
  CLOSED: '已截止',
  DRAWN: '已抽取评审',
  AWARDED: '资助中',
});

export const CALL_PHASE_LABELS_EN: Readonly<Record<CallPhase, string>> = Object.freeze({
  OPEN: 'Open',
  CLOSED: 'Closed',
  DRAWN: 'Reviewers drawn',
  AWARDED: 'Awarding',
});

export const PROPOSAL_STATUS_LABELS_ZH: Readonly<Record<ProposalStatus, string>> = Object.freeze({
  DRAFT: '草稿',
  SUBMITTED: '已提交',
  AWARDED: '获资助',
  NOT_AWARDED: '未获资助',
});

export const PROPOSAL_STATUS_LABELS_EN: Readonly<Record<ProposalStatus, string>> = Object.freeze({
  DRAFT: 'Draft',
  SUBMITTED: 'Submitted',
  AWARDED: 'Awarded',
  NOT_AWARDED: 'Not awarded',
});

export const AWARD_STATUS_LABELS_ZH: Readonly<Record<AwardStatus, string>> = Object.freeze({
  AWARDED: '待财务落实',
  COMMITTED: '资金已落实',
  COMMITMENT_REFUSED: '资金未能落实',
  CLOSING: '项目终止，未付资金释放中',
  CLOSED: '项目终止，未付资金已释放',
});

export const AWARD_STATUS_LABELS_EN: Readonly<Record<AwardStatus, string>> = Object.freeze({
  AWARDED: 'Awaiting finance',
  COMMITTED: 'Committed',
  COMMITMENT_REFUSED: 'Commitment refused',
  CLOSING: 'Closing (unpaid money being released)',
  CLOSED: 'Closed (unpaid money released)',
});

export const TRANCHE_PAYMENT_LABELS_ZH: Readonly<Record<TranchePayment, string>> = Object.freeze({
  NOT_RELEASED: '未拨付',
  REQUESTED: '拨付中',
  PAID: '已拨付',
  PAYMENT_FAILED: '拨付失败',
  CANCELLED: '不再拨付',
});

export const TRANCHE_PAYMENT_LABELS_EN: Readonly<Record<TranchePayment, string>> = Object.freeze({
  NOT_RELEASED: 'Not released',
  REQUESTED: 'Being paid',
  PAID: 'Paid',
  PAYMENT_FAILED: 'Payment failed',
  CANCELLED: 'Cancelled',
});

export const AWARD_POOL_LABELS_ZH: Readonly<Record<AwardPool, string>> = Object.freeze({
  RURAL_RESERVE: '农村预留额度',
  GENERAL: '一般额度',
});

export const AWARD_POOL_LABELS_EN: Readonly<Record<AwardPool, string>> = Object.freeze({
  RURAL_RESERVE: 'Rural reserve',
  GENERAL: 'General pool',
});
