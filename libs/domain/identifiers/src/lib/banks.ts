import BANK_FILE from './banks.zh-CN.json';

/** One bank category of China's payment system (CNAPS 行别代码) and its names. */
export interface BankCategory {
  /** 3 digits, the first 3 of every CNAPS participant number (联行号) of that bank. */
  code: string;
  name: string;
  nameEn: string;
}

/**
 * The banks a payee account may be held at (rule R28): the data file `banks.zh-CN.json`, whose
 * header names its source (People's Bank of China, CNAPS bank category codes) and scope.
 */
export const BANKS: readonly BankCategory[] = Object.freeze(
  BANK_FILE.banks.map((bank) => Object.freeze({ ...bank })),
);

const BY_CODE = new Map(BANKS.map((bank) => [bank.code, bank]));

// rule R28: the bank of a 3-digit category code, or undefined when the list has no such bank.
export function bankByCode(code: unknown): BankCategory | undefined {
  return typeof code === 'string' ? BY_CODE.get(code) : undefined;
}

// rule R28: a payment goes only to an account at a real institution, one of BANKS by its code.
export function isKnownBankCode(code: unknown): boolean {
  return bankByCode(code) !== undefined;
}
