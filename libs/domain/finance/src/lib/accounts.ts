import { FundCode, isFundCode } from './funds';

/**
 * The ledger accounts. Each fund has four per fiscal year (rule R27):
 * - APPROPRIATION: the budget granted for the year (a credit balance: its source);
 * - AVAILABLE: budget not yet committed;
 * - COMMITTED: committed to awards, subsidies and contracts, not yet paid;
 * - DISBURSED: paid out to payees, net of clawbacks.
 * PAYEE names one payee (rule R3); see settlePayment for why it is not a posting line.
 */
export const AccountKind = {
  APPROPRIATION: 'APPROPRIATION',
  AVAILABLE: 'AVAILABLE',
  COMMITTED: 'COMMITTED',
  DISBURSED: 'DISBURSED',
  PAYEE: 'PAYEE',
} as const;

export type AccountKind = (typeof AccountKind)[keyof typeof AccountKind];

/** The four accounts every fund has in every fiscal year. */
export type FundAccountKind = Exclude<AccountKind, 'PAYEE'>;

export const FUND_ACCOUNT_KINDS: readonly FundAccountKind[] = Object.freeze([
  'APPROPRIATION',
  'AVAILABLE',
  'COMMITTED',
  'DISBURSED',
]);

export interface FundAccount {
  fund: FundCode;
  year: number;
  kind: FundAccountKind;
}

export interface PayeeAccount {
  kind: 'PAYEE';
  payeeKey: string;
}

export type ParsedAccount = FundAccount | PayeeAccount;

const FUND_ACCOUNT_FORM = /^([A-Z_]+):(\d{4}):([A-Z_]+)$/;
const PAYEE_PREFIX = 'PAYEE:';

// rule R27: the id of one fund's account for one fiscal year, e.g. "LOTTERY_WELFARE:2026:COMMITTED".
export function accountId(account: FundAccount): string {
  const { fund, year, kind } = account;
  if (!isFundCode(fund)) throw new RangeError(`rule R27: unknown fund "${String(fund)}"`);
  assertFiscalYear(year);
  if (!FUND_ACCOUNT_KINDS.includes(kind)) {
    throw new RangeError(`rule R27: unknown fund account kind "${String(kind)}"`);
  }
  return `${fund}:${year}:${kind}`;
}

// rule R3: the id of the account of one payee (the organization the money is for), "PAYEE:<key>".
export function payeeAccountId(payeeKey: string): string {
  if (typeof payeeKey !== 'string' || payeeKey.trim() === '' || payeeKey.trim() !== payeeKey) {
    throw new RangeError(
      `rule R3: a payee key must be a non-empty string without surrounding spaces, got "${String(payeeKey)}"`,
    );
  }
  return `${PAYEE_PREFIX}${payeeKey}`;
}

// rule R27: read an account id back; throws a RangeError on anything accountId/payeeAccountId would not make.
export function parseAccountId(id: string): ParsedAccount {
  const parsed = tryParseAccountId(id);
  if (parsed === undefined) {
    throw new RangeError(`rule R27: "${String(id)}" is not a ledger account id`);
  }
  return parsed;
}

// rule R27: like parseAccountId, but undefined instead of throwing.
export function tryParseAccountId(id: unknown): ParsedAccount | undefined {
  if (typeof id !== 'string') return undefined;
  if (id.startsWith(PAYEE_PREFIX)) {
    const payeeKey = id.slice(PAYEE_PREFIX.length);
    return payeeKey !== '' && payeeKey.trim() === payeeKey
      ? { kind: 'PAYEE', payeeKey }
      : undefined;
  }
  const match = FUND_ACCOUNT_FORM.exec(id);
  if (match === null) return undefined;
  const [, fund, year, kind] = match;
  if (!isFundCode(fund) || !(FUND_ACCOUNT_KINDS as readonly string[]).includes(kind)) {
    return undefined;
  }
  return { fund, year: Number(year), kind: kind as FundAccountKind };
}

// rule R27: budgets are per fiscal year, a four-digit calendar year.
export function assertFiscalYear(year: unknown): asserts year is number {
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new RangeError(`rule R27: fiscal year must be a four-digit integer, got ${String(year)}`);
  }
}
