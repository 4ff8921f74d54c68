export {
  annualReportDeadline,
  DEFAULT_DISCLOSURE_WARN_DAYS,
  disclosureStatus,
} from './lib/annual-disclosure';
export type { DisclosureInput, DisclosureState, DisclosureStatus } from './lib/annual-disclosure';
export { assertBannedUsePolicy, DEFAULT_BANNED_USE_POLICY } from './lib/banned-use-policy';
export type { BannedUsePolicy } from './lib/banned-use-policy';
export { checkBeneficiaries, totalBeneficiaries } from './lib/beneficiaries';
export type {
  BeneficiaryCheck,
  BeneficiaryCount,
  BeneficiaryViolation,
  BeneficiaryViolationCode,
} from './lib/beneficiaries';
export {
  ALLOWED_BUDGET_CATEGORIES,
  AllowedBudgetCategory,
  BANNED_USE_LABELS_EN,
  BANNED_USE_LABELS_ZH,
  BANNED_USES,
  BannedUse,
  BUDGET_CATEGORIES,
  BUDGET_CATEGORY_LABELS_ZH,
  BudgetCategory,
  isBannedUse,
  isBudgetCategory,
} from './lib/budget-category';
export { checkBudget } from './lib/check-budget';
export type { BudgetCheckResult, BudgetViolation, BudgetViolationCode } from './lib/check-budget';
export { checkBudgetLine } from './lib/check-budget-line';
export type { BudgetLine, BudgetLineCheck, BudgetLineRefusalReason } from './lib/check-budget-line';
export { checkCorrection } from './lib/check-correction';
export type { CorrectionCheck, CorrectionRefusalReason } from './lib/check-correction';
export { LOTTERY_FUNDED_LABEL } from './lib/disclosure-label';
export { assertEldercarePolicy, DEFAULT_ELDERCARE_POLICY } from './lib/eldercare-policy';
export type { EldercarePolicy } from './lib/eldercare-policy';
export { checkEldercareFloor, eldercareShare, meetsEldercareFloor } from './lib/eldercare-share';
export type {
  ApprovedByPurpose,
  DefinedEldercareShare,
  EldercareFloorCheck,
  EldercareShare,
} from './lib/eldercare-share';
export { findBannedKeyword, normalizeText } from './lib/keyword-match';
export type { KeywordMatch } from './lib/keyword-match';
export {
  isLotteryPurpose,
  LOTTERY_PURPOSE_LABELS_EN,
  LOTTERY_PURPOSE_LABELS_ZH,
  LOTTERY_PURPOSES,
  LotteryPurpose,
} from './lib/lottery-purpose';
export {
  assertNotice,
  currentNotice,
  isNoticeKind,
  NOTICE_KIND_LABELS_ZH,
  NOTICE_KINDS,
  NoticeKind,
  noticeHistory,
} from './lib/notice';
export type { LotteryNotice } from './lib/notice';
export { canObject, DEFAULT_PUBLICITY_DAYS, publicityWindow } from './lib/publicity-window';
export type { PublicityWindow } from './lib/publicity-window';
export { buildAnnualReport, isYearOver } from './lib/annual-report';
export type {
  AnnualReport,
  AnnualReportInput,
  PurposeLine,
  ReportProgramme,
  ReportProject,
} from './lib/annual-report';
export {
  APPLICATION_STATUSES,
  applicationStatus,
  DISCLOSED_STATUSES,
  HOLDING_STATUSES,
  lotteryDecision,
  withdrawalCheck,
} from './lib/application-status';
export type { ApplicationStatus } from './lib/application-status';
export {
  APPLICATION_STATUS_LABELS_EN,
  APPLICATION_STATUS_LABELS_ZH,
  NOTICE_KIND_LABELS_EN,
} from './lib/lottery-labels';
