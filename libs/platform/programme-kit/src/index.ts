export { custodianFor, custodianOf } from './custodian';
export { FundingPort } from './funding';
export type {
  ClawbackRecovery,
  FundedCommitment,
  FundedPayment,
  Funding,
  PaymentOrder,
  StatusReason,
} from './funding';
export { fundingAnswerHandlers } from './funding-answers';
export { ProgrammeFunding } from './programme-funding';
export type { CommitmentAsk } from './programme-funding';
export { ProgrammeFundingModule } from './programme-funding.module';
export { SinglePayoutPort } from './single-payout.port';
export type { SinglePayoutRecord } from './single-payout.port';
