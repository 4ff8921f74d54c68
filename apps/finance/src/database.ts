import { AUDIT_ENTITIES } from '@civic/platform/audit';
import type { ServiceDatabase } from '@civic/platform/database';
import { MESSAGING_ENTITIES } from '@civic/platform/messaging';
import { FundBudget } from './budgets/entities/fund-budget.entity';
import { Commitment } from './commitments/entities/commitment.entity';
import { AccountBalance } from './ledger/entities/account-balance.entity';
import { LedgerLine } from './ledger/entities/ledger-line.entity';
import { LedgerPosting } from './ledger/entities/ledger-posting.entity';
import { MIGRATIONS } from './migrations';

/** Finance's own schema: budgets, commitments, the ledger, its outbox, inbox and audit chain. */
export const FINANCE_DATABASE: ServiceDatabase = {
  schema: 'finance',
  entities: [
    FundBudget,
    Commitment,
    LedgerPosting,
    LedgerLine,
    AccountBalance,
    ...MESSAGING_ENTITIES,
    ...AUDIT_ENTITIES,
  ],
  migrations: MIGRATIONS,
};
