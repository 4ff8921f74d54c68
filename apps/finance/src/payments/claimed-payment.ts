import type { ProgrammeName } from '@civic/contracts';
import type { FundCode, Payee } from '@civic/domain/finance';
import type { AccountHolder } from './sealed-account';

/** A payment a worker holds the lease of, as the claim returned it. */
export interface ClaimedPayment {
  id: string;
  batchId: string;
  commitmentId: string;
  programme: ProgrammeName;
  fund: FundCode;
  fiscalYear: number;
  organizationId: string;
  amountFen: number;
  payee: Payee;
  bankAccount: AccountHolder;
  /** R30: opened only to hand the transfer to the bank (PaymentExecutor). */
  accountNumberSealed: string;
  reference: string;
  attempts: number;
  /** PENDING: to be sent. SENT: its last worker died or its answer never came: ask the bank. */
  was: 'PENDING' | 'SENT';
}

interface ClaimRow {
  id: string;
  batch_id: string;
  commitment_id: string;
  programme: ProgrammeName;
  fund: FundCode;
  fiscal_year: number;
  organization_id: string;
  amount_fen: string;
  payee: Payee;
  bank_account: AccountHolder;
  account_number_sealed: string;
  reference: string;
  attempts: number;
  was: 'PENDING' | 'SENT';
}

/**
 * rule R28: takes the lease of the given payments that are due: PENDING ones whose time has come,
 * and SENT ones whose lease ran out. Rows another worker holds are skipped, never waited for.
 * A PENDING payment's attempt is counted here, before it can reach the bank. Its new status, $4,
 * is the payment state machine's (SEND: PENDING → SENT; a SENT one stays SENT under a new lease).
 */
export const CLAIM_SQL = `
  WITH due AS (
    SELECT id, status AS was FROM "finance".payment
     WHERE id = ANY($1::uuid[])
       AND ((status = 'PENDING' AND next_attempt_at <= now())
         OR (status = 'SENT' AND lease_until <= now()))
     ORDER BY id
       FOR UPDATE SKIP LOCKED)
  UPDATE "finance".payment p
     SET status = $4,
         attempts = p.attempts + CASE WHEN due.was = 'PENDING' THEN 1 ELSE 0 END,
         lease_until = now() + make_interval(secs => $2::float8 / 1000),
         lease_token = $3
    FROM due
   WHERE p.id = due.id
  RETURNING p.id, p.batch_id, p.commitment_id, p.programme, p.fund, p.fiscal_year,
            p.organization_id, p.amount_fen, p.payee, p.bank_account, p.account_number_sealed,
            p.reference, p.attempts, due.was`;

export function claimedFrom(row: ClaimRow): ClaimedPayment {
  return {
    id: row.id,
    batchId: row.batch_id,
    commitmentId: row.commitment_id,
    programme: row.programme,
    fund: row.fund,
    fiscalYear: row.fiscal_year,
    organizationId: row.organization_id,
    amountFen: Number(row.amount_fen),
    payee: row.payee,
    bankAccount: row.bank_account,
    accountNumberSealed: row.account_number_sealed,
    reference: row.reference,
    attempts: row.attempts,
    was: row.was,
  };
}
