import type { ApplicantKind } from './screening-types';
import type { AdmissionStatus, IncubateeStatus } from './record-status';
import type { SeatSource } from './admission-types';
import type { SubsidyStatus } from './subsidy-status';

/** A cohort's phase as its window and decision make it (R16). */
export type CohortPhase = 'UPCOMING' | 'OPEN' | 'CLOSED' | 'DECIDED';

/**
 * Incubation's codes as people read them, in Chinese and English (issue #18: labels, never
 * codes): cohorts and admissions (R16, R14), incubation records and their start-up subsidy (R27).
 */
export const COHORT_PHASE_LABELS_ZH: Readonly<Record<CohortPhase, string>> = Object.freeze({
  UPCOMING: '未开始',
  OPEN: '接受申请',
  CLOSED: '申请截止',
  DECIDED: '已确定名单',
});

export const COHORT_PHASE_LABELS_EN: Readonly<Record<CohortPhase, string>> = Object.freeze({
  UPCOMING: 'Upcoming',
  OPEN: 'Open',
  CLOSED: 'Closed',
  DECIDED: 'Decided',
});

export const ADMISSION_STATUS_LABELS_ZH: Readonly<Record<AdmissionStatus, string>> = Object.freeze({
  SUBMITTED: '待评审',
  ADMITTED: '入驻',
  WAITLISTED: '候补',
  REJECTED: '未通过',
});

export const ADMISSION_STATUS_LABELS_EN: Readonly<Record<AdmissionStatus, string>> = Object.freeze({
  SUBMITTED: 'Awaiting review',
  ADMITTED: 'Admitted',
  WAITLISTED: 'Waitlisted',
  REJECTED: 'Not admitted',
});

export const APPLICANT_KIND_LABELS_ZH: Readonly<Record<ApplicantKind, string>> = Object.freeze({
  ORGANIZATION: '组织',
  FOUNDING_GROUP: '筹备团队',
});

export const APPLICANT_KIND_LABELS_EN: Readonly<Record<ApplicantKind, string>> = Object.freeze({
  ORGANIZATION: 'Organization',
  FOUNDING_GROUP: 'Founding group',
});

export const SEAT_SOURCE_LABELS_ZH: Readonly<Record<SeatSource, string>> = Object.freeze({
  RURAL_RESERVE: '农村预留名额',
  GENERAL: '一般名额',
});

export const SEAT_SOURCE_LABELS_EN: Readonly<Record<SeatSource, string>> = Object.freeze({
  RURAL_RESERVE: 'Rural reserve seat',
  GENERAL: 'General seat',
});

export const INCUBATEE_STATUS_LABELS_ZH: Readonly<Record<IncubateeStatus, string>> = Object.freeze({
  ACTIVE: '在孵',
  GRADUATED: '已出壳',
  EXITED: '已退出',
});

export const INCUBATEE_STATUS_LABELS_EN: Readonly<Record<IncubateeStatus, string>> = Object.freeze({
  ACTIVE: 'In incubation',
  GRADUATED: 'Graduated',
  EXITED: 'Left',
});

export const SUBSIDY_STATUS_LABELS_ZH: Readonly<Record<SubsidyStatus, string>> = Object.freeze({
  REQUESTED: '已申请',
  COMMITTED: '待拨付',
  PAID: '已拨付',
  REFUSED: '资金未落实',
  PAYMENT_FAILED: '拨付失败',
  WITHDRAWING: '撤销中（待释放资金）',
  WITHDRAWN: '已撤销',
});

export const SUBSIDY_STATUS_LABELS_EN: Readonly<Record<SubsidyStatus, string>> = Object.freeze({
  REQUESTED: 'Requested',
  COMMITTED: 'Awaiting payment',
  PAID: 'Paid',
  REFUSED: 'Funds refused',
  PAYMENT_FAILED: 'Payment failed',
  WITHDRAWING: 'Withdrawing (release pending)',
  WITHDRAWN: 'Withdrawn',
});
