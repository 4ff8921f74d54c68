import type { BatchStatus } from './batch-status';
import type { ClawbackStatus } from './clawback-recovery';
import type { FundCode } from './funds';
import type { PaymentStatus } from './payment-status';

/**
 * Finance's codes as people read them, in Chinese and English (issue #18: exports and screens
 * show labels, never codes): payments and batches (R28), clawbacks (R19), funds (R27), and the
 * programmes that pay through finance.
 */
export const PAYMENT_STATUS_LABELS_ZH: Readonly<Record<PaymentStatus, string>> = Object.freeze({
  AWAITING_BATCH: '待组批',
  IN_BATCH: '待复核',
  PENDING: '待发送',
  SENT: '银行处理中',
  SETTLED: '已到账',
  FAILED: '失败',
  REFUSED: '已拒付',
  CANCELLED: '已取消',
});

export const PAYMENT_STATUS_LABELS_EN: Readonly<Record<PaymentStatus, string>> = Object.freeze({
  AWAITING_BATCH: 'Awaiting a batch',
  IN_BATCH: 'Awaiting check',
  PENDING: 'To be sent',
  SENT: 'At the bank',
  SETTLED: 'Settled',
  FAILED: 'Failed',
  REFUSED: 'Refused',
  CANCELLED: 'Cancelled',
});

export const BATCH_STATUS_LABELS_ZH: Readonly<Record<BatchStatus, string>> = Object.freeze({
  DRAFT: '草稿',
  SUBMITTED: '待复核',
  APPROVED: '已批准',
  REJECTED: '已退回',
  PAYING: '拨付中',
  PAID: '已拨付',
  PARTLY_FAILED: '部分失败',
});

export const BATCH_STATUS_LABELS_EN: Readonly<Record<BatchStatus, string>> = Object.freeze({
  DRAFT: 'Draft',
  SUBMITTED: 'Awaiting check',
  APPROVED: 'Approved',
  REJECTED: 'Rejected',
  PAYING: 'Paying',
  PAID: 'Paid',
  PARTLY_FAILED: 'Partly failed',
});

export const CLAWBACK_STATUS_LABELS_ZH: Readonly<Record<ClawbackStatus, string>> = Object.freeze({
  OPEN: '待追回',
  PARTLY_RECOVERED: '部分收回',
  RECOVERED: '已收回',
  REFUSED: '已拒绝',
});

export const CLAWBACK_STATUS_LABELS_EN: Readonly<Record<ClawbackStatus, string>> = Object.freeze({
  OPEN: 'Open',
  PARTLY_RECOVERED: 'Partly recovered',
  RECOVERED: 'Recovered',
  REFUSED: 'Refused',
});

export const FUND_LABELS_EN: Readonly<Record<FundCode, string>> = Object.freeze({
  LOTTERY_WELFARE: 'Welfare lottery fund',
  GOVERNMENT_PURCHASE: 'Government purchase of services',
  INCUBATION: 'Incubation fund',
  VENTURE_PHILANTHROPY: 'Venture philanthropy fund',
  SOCIAL_DONATIONS: 'Social donations',
});

/** The programmes that commit and pay through finance (architecture.md "The programme kit"). */
export type PayingProgramme = 'incubation' | 'venture' | 'lottery-fund' | 'procurement';

export const PROGRAMME_LABELS_ZH: Readonly<Record<PayingProgramme, string>> = Object.freeze({
  incubation: '孵化培育',
  venture: '公益创投',
  'lottery-fund': '彩票公益金资助',
  procurement: '政府购买服务',
});

export const PROGRAMME_LABELS_EN: Readonly<Record<PayingProgramme, string>> = Object.freeze({
  incubation: 'Incubation',
  venture: 'Venture philanthropy',
  'lottery-fund': 'Lottery fund grants',
  procurement: 'Government procurement',
});

/** Whose account a payment goes to: the organization's own, or its custodian's (R3). */
export type PaidToKind = 'ORGANIZATION' | 'CUSTODIAN';

export const PAID_TO_LABELS_ZH: Readonly<Record<PaidToKind, string>> = Object.freeze({
  ORGANIZATION: '组织自有账户',
  CUSTODIAN: '代管账户',
});

export const PAID_TO_LABELS_EN: Readonly<Record<PaidToKind, string>> = Object.freeze({
  ORGANIZATION: "The organization's own account",
  CUSTODIAN: "A custodian's account",
});
