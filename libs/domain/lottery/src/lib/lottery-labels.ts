import type { ApplicationStatus } from './application-status';
import type { NoticeKind } from './notice';

/**
 * The lottery fund's codes as people read them (issue #18: labels, never codes): an
 * application's status (R13, R21, R27) and a disclosure notice's kind (R23), in Chinese and
 * English.
 */
export const APPLICATION_STATUS_LABELS_ZH: Readonly<Record<ApplicationStatus, string>> =
  Object.freeze({
    SUBMITTED: '待审核',
    APPROVED: '已批准',
    COMMITTED: '待拨付',
    PAID: '已拨付',
    REJECTED: '未获批准',
    COMMITMENT_REFUSED: '资金未落实',
    PAYMENT_FAILED: '拨付失败',
    WITHDRAWING: '撤销中（待释放资金）',
    WITHDRAWN: '已撤销',
  });

export const APPLICATION_STATUS_LABELS_EN: Readonly<Record<ApplicationStatus, string>> =
  Object.freeze({
    SUBMITTED: 'Awaiting review',
    APPROVED: 'Approved',
    COMMITTED: 'Awaiting payment',
    PAID: 'Paid',
    REJECTED: 'Rejected',
    COMMITMENT_REFUSED: 'Funds refused',
    PAYMENT_FAILED: 'Payment failed',
    WITHDRAWING: 'Withdrawing (release pending)',
    WITHDRAWN: 'Withdrawn',
  });

export const NOTICE_KIND_LABELS_EN: Readonly<Record<NoticeKind, string>> = Object.freeze({
  PUBLICITY: 'Publicity notice',
  PROJECT_FUNDED: 'Funded project',
  ANNUAL_REPORT: 'Annual report',
});
