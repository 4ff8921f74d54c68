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
export { clipped, type PaymentNoticeSubject } from './payment-notices';
export type { CommitmentAsk } from './programme-funding';
export { ProgrammeFundingModule } from './programme-funding.module';
export { SinglePayoutPort } from './single-payout.port';
export type { SinglePayoutRecord } from './single-payout.port';
export { recipientFor, recipientOf } from './recipient';
export { TimelinessTally } from './timeliness/timeliness-tally.entity';
export {
  countFirstPayment,
  countTimeliness,
  timelinessGroupBy,
  timelinessTally,
  type TimelinessCount,
  type TimelinessTallyDefinition,
} from './timeliness/timeliness-tally';
export { timelinessHistograms } from './timeliness/timeliness.queries';
