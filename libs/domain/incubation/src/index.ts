export type {
  AdmissionCandidate,
  AdmissionDecision,
  AdmissionInput,
  AdmissionOutcome,
  AdmissionResult,
  SeatSource,
} from './lib/admission-types';
export {
  BASE_LEVEL_LABELS_EN,
  BASE_LEVEL_LABELS_ZH,
  BASE_LEVELS,
  BaseLevel,
  isBaseLevel,
} from './lib/base-level';
export { checkGraduation } from './lib/check-graduation';
export type {
  GraduationCheck,
  GraduationCriterionResult,
  GraduationRecord,
} from './lib/check-graduation';
export { deadlineStatus } from './lib/deadline-status';
export type { DeadlineInput, DeadlineStatus } from './lib/deadline-status';
export { answerDeadline, spaceReturnDeadline } from './lib/deadlines';
export { decideAdmissions } from './lib/decide-admissions';
export { assertGraduationCriteria, GRADUATION_CRITERION_KINDS } from './lib/graduation-criteria';
export type { GraduationCriterion, GraduationCriterionKind } from './lib/graduation-criteria';
export { feeWaiverFen, spaceValueFen } from './lib/in-kind-support';
export { assertIncubationPolicy, DEFAULT_INCUBATION_POLICY } from './lib/incubation-policy';
export type { IncubationPolicy } from './lib/incubation-policy';
export { addMonths, monthsBetween } from './lib/months';
export { screenApplicant } from './lib/screening';
export type {
  ApplicantKind,
  CohortEligibility,
  Screening,
  ScreeningApplicant,
  ScreeningReason,
  ScreeningReasonCode,
} from './lib/screening-types';
export { checkVenueAssignment } from './lib/venue-assignment';
export type {
  VenueAssignmentCheck,
  VenueAssignmentInput,
  VenueRefusal,
} from './lib/venue-assignment';
export { SUBSIDY_STATUSES, subsidyStatus } from './lib/subsidy-status';
export type { SubsidyStatus } from './lib/subsidy-status';
export {
  ADMISSION_EVENT,
  ADMISSION_STATUSES,
  admissionStatus,
  incubateeStatus,
} from './lib/record-status';
export type { AdmissionStatus, IncubateeStatus } from './lib/record-status';
export {
  ADMISSION_STATUS_LABELS_EN,
  ADMISSION_STATUS_LABELS_ZH,
  APPLICANT_KIND_LABELS_EN,
  APPLICANT_KIND_LABELS_ZH,
  COHORT_PHASE_LABELS_EN,
  COHORT_PHASE_LABELS_ZH,
  INCUBATEE_STATUS_LABELS_EN,
  INCUBATEE_STATUS_LABELS_ZH,
  SEAT_SOURCE_LABELS_EN,
  SEAT_SOURCE_LABELS_ZH,
  SUBSIDY_STATUS_LABELS_EN,
  SUBSIDY_STATUS_LABELS_ZH,
} from './lib/incubation-labels';
export type { CohortPhase } from './lib/incubation-labels';
