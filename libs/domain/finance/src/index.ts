export {
  accountId,
  AccountKind,
  assertFiscalYear,
  FUND_ACCOUNT_KINDS,
  parseAccountId,
  payeeAccountId,
  tryParseAccountId,
} from './lib/accounts';
export type { FundAccount, FundAccountKind, ParsedAccount, PayeeAccount } from './lib/accounts';
export { balancesOf, disbursedByPayee, fundPosition } from './lib/balances';
export type { FundPosition } from './lib/balances';
export { BATCH_TRANSITIONS, batchOutcome, nextBatchStatus } from './lib/batch-status';
export type { BatchEvent, BatchStatus } from './lib/batch-status';
export {
  checkClawback,
  checkCommitment,
  checkDisbursement,
  checkRelease,
} from './lib/budget-checks';
export type { BudgetCheck, BudgetRefusalReason } from './lib/budget-checks';
export { ALL_FUND_CODES, FUND_LABELS_ZH, FundCode, isFundCode } from './lib/funds';
export { checkReceipt, clawbackStatusAfter, outstandingFen } from './lib/clawback-recovery';
export type { ClawbackAmounts, ClawbackStatus, ReceiptCheck } from './lib/clawback-recovery';
export { checkBatchDecision } from './lib/maker-checker';
export type { BatchDecisionCheck, BatchDecisionInput, CheckedRecord } from './lib/maker-checker';
export { assertPayee, payeeFor, payeeMemo } from './lib/payee';
export type {
  BankAccount,
  FinancialCustodian,
  PaidTo,
  Payee,
  PayeeInput,
  PayeeResolution,
} from './lib/payee';
export {
  financePayment,
  IN_FLIGHT_PAYMENT_STATUSES,
  nextPaymentStatus,
  PAYMENT_TRANSITIONS,
} from './lib/payment-status';
export { financeCommitment, releasableFen } from './lib/commitment-status';
export type {
  CommitmentHolding,
  CommitmentStatus,
  CommitmentStatusEvent,
} from './lib/commitment-status';
export type { PaymentEvent, PaymentStatus } from './lib/payment-status';
export { assertBalanced, validatePosting } from './lib/posting';
export type {
  Posting,
  PostingKind,
  PostingLine,
  PostingProblem,
  PostingProblemCode,
} from './lib/posting';
export {
  appropriate,
  clawback,
  commit,
  releaseCommitment,
  settlePayment,
} from './lib/posting-builders';
export {
  afterFailedAttempt,
  assertRetryPolicy,
  DEFAULT_RETRY_POLICY,
  retryDelayMs,
  shouldRetry,
} from './lib/retry-policy';
export type { AfterFailedAttempt, AttemptError, RetryPolicy } from './lib/retry-policy';
export { reconcile } from './lib/reconciliation';
export { reconcilePayments } from './lib/payment-reconciliation';
export type {
  BankRecord,
  PaymentDifference,
  PaymentDifferenceKind,
  PaymentReconciliationInput,
  PaymentRecord,
} from './lib/payment-reconciliation';
export type { Difference, DifferenceKind, ReconciliationInput } from './lib/reconciliation';
export { idleHolds } from './lib/idle-holds';
export type { HeldCommitment, HeldPayment, IdleHold } from './lib/idle-holds';
export {
  BATCH_STATUS_LABELS_EN,
  BATCH_STATUS_LABELS_ZH,
  CLAWBACK_STATUS_LABELS_EN,
  CLAWBACK_STATUS_LABELS_ZH,
  FUND_LABELS_EN,
  PAID_TO_LABELS_EN,
  PAID_TO_LABELS_ZH,
  PAYMENT_STATUS_LABELS_EN,
  PAYMENT_STATUS_LABELS_ZH,
  PROGRAMME_LABELS_EN,
  PROGRAMME_LABELS_ZH,
} from './lib/finance-labels';
export type { PaidToKind, PayingProgramme } from './lib/finance-labels';
