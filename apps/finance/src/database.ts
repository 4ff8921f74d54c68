import { AUDIT_ENTITIES } from '@civic/platform/audit';
import type { ServiceDatabase } from '@civic/platform/database';
import { MESSAGING_ENTITIES } from '@civic/platform/messaging';
import { PolicyCopy } from '@civic/platform/policy-copies';
import { DisbursementBatch } from './batches/entities/disbursement-batch.entity';
import { FundBudget } from './budgets/entities/fund-budget.entity';
import { Clawback } from './clawbacks/clawback.entity';
import { ClawbackReceipt } from './clawbacks/clawback-receipt.entity';
import { Commitment } from './commitments/entities/commitment.entity';
import { FundingTally } from './dashboard/funding-tally.entity';
import { AccountBalance } from './ledger/entities/account-balance.entity';
import { LedgerLine } from './ledger/entities/ledger-line.entity';
import { LedgerPosting } from './ledger/entities/ledger-posting.entity';
import { MIGRATIONS } from './migrations';
import { Payment } from './payments/entities/payment.entity';
import { PaymentReissue } from './payments/reissues/payment-reissue.entity';
import { SimulatedTransfer } from './treasury/entities/simulated-transfer.entity';

/** Finance's own schema: budgets, commitments, the ledger, payments and batches, its outbox, inbox and audit chain. */
export const FINANCE_DATABASE: ServiceDatabase = {
  schema: 'finance',
  entities: [
    FundBudget,
    Commitment,
    Clawback,
    ClawbackReceipt,
    LedgerPosting,
    LedgerLine,
    AccountBalance,
    Payment,
    PaymentReissue,
    DisbursementBatch,
    SimulatedTransfer,
    FundingTally,
    PolicyCopy,
    ...MESSAGING_ENTITIES,
    ...AUDIT_ENTITIES,
  ],
  migrations: MIGRATIONS,
};
