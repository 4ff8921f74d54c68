export { stateMachine, TransitionRefused } from './lib/state-machine';
export type {
  MachineDefinition,
  StateMachine,
  TransitionCheck,
  TransitionRefusal,
  Transitions,
} from './lib/state-machine';
export { COMMITMENT_STATES, fundingCommitment, holdsMoney } from './lib/funding-commitment';
export type { CommitmentEvent, CommitmentState } from './lib/funding-commitment';
export { fundingPayment, PAYMENT_STATES } from './lib/funding-payment';
export type { PaymentEvent, PaymentState } from './lib/funding-payment';
export { projectKey } from './lib/same-application';
export { singlePayoutStatus, withdrawalCheck } from './lib/single-payout';
export type { SinglePayoutStatus, WithdrawalCheck } from './lib/single-payout';
export { applicantOutcome } from './lib/applicant-outcome';
export type {
  ApplicantOutcome,
  ApplicantOutcomeCode,
  ApplicantOutcomeInput,
  ApplicantOutcomeReason,
  OutcomeRefusal,
  OutcomeRow,
} from './lib/applicant-outcome';
