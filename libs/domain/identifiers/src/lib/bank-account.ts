import { type FieldCheck, refused, stripDigitGroupSpaces } from './field-check';

/**
 * Account numbers are 8–32 digits (rule R28). Personal bank cards are 16–19 digits (GB/T 19584,
 * the ISO/IEC 7812 primary account number); corporate settlement accounts (对公结算账户) are
 * numbered by each bank, commonly 12–25 digits (e.g. 12 at some branches of Bank of China, 15–19
 * at the big four, up to about 25 at some city and rural banks). 8 refuses an obvious slip of a
 * few digits without refusing any real account we know of; 32 leaves room above the longest and
 * is the width of the account field in CNAPS payment messages.
 */
export const ACCOUNT_NUMBER_MIN_DIGITS = 8;
export const ACCOUNT_NUMBER_MAX_DIGITS = 32;
/** An account holder's name as the bank keeps it: a person's or an organization's full name. */
export const ACCOUNT_NAME_MIN_LENGTH = 2;
export const ACCOUNT_NAME_MAX_LENGTH = 100;

export type AccountNumberFailure = 'NOT_TEXT' | 'CHARSET' | 'LENGTH';
export type AccountNameFailure = 'NOT_TEXT' | 'BLANK' | 'LENGTH';

// rule R28: an account number as stored, without the spaces typed between groups of digits.
export function normalizeAccountNumber(text: string): string {
  return stripDigitGroupSpaces(text);
}

/**
 * rule R28: a payee account number is digits only, 8–32 of them, after the spaces between groups
 * are dropped (normalizeAccountNumber). Letters, punctuation or SQL text are refused; the message
 * never repeats the number.
 */
export function validateAccountNumber(value: unknown): FieldCheck<AccountNumberFailure> {
  if (typeof value !== 'string') return refused('NOT_TEXT', 'must be text of digits');
  const digits = normalizeAccountNumber(value);
  if (!/^\d*$/.test(digits)) {
    return refused('CHARSET', 'must hold digits only (spaces between groups are allowed)');
  }
  if (digits.length < ACCOUNT_NUMBER_MIN_DIGITS || digits.length > ACCOUNT_NUMBER_MAX_DIGITS) {
    return refused(
      'LENGTH',
      `must be ${ACCOUNT_NUMBER_MIN_DIGITS}–${ACCOUNT_NUMBER_MAX_DIGITS} digits, got ${digits.length}`,
    );
  }
  return { valid: true };
}

// rule R28: the account holder's name is not blank and at most 100 characters, once trimmed.
export function validateAccountName(value: unknown): FieldCheck<AccountNameFailure> {
  if (typeof value !== 'string') return refused('NOT_TEXT', 'must be text');
  const name = value.trim();
  if (name === '') return refused('BLANK', 'must not be blank');
  const length = [...name].length;
  if (length < ACCOUNT_NAME_MIN_LENGTH || length > ACCOUNT_NAME_MAX_LENGTH) {
    return refused(
      'LENGTH',
      `must be ${ACCOUNT_NAME_MIN_LENGTH}–${ACCOUNT_NAME_MAX_LENGTH} characters, got ${length}`,
    );
  }
  return { valid: true };
}

/** What a masked account number shows: its last 4 digits. */
export const ACCOUNT_NUMBER_VISIBLE_DIGITS = 4;

// rule R30: an account number shown masked, each hidden digit a `*`, the last 4 visible
// (6222021234567890123 → ***************0123).
export function maskAccountNumber(accountNumber: string): string {
  const digits = normalizeAccountNumber(String(accountNumber));
  const shown = Math.min(ACCOUNT_NUMBER_VISIBLE_DIGITS, Math.max(0, digits.length - 4));
  return '*'.repeat(digits.length - shown) + digits.slice(digits.length - shown);
}
