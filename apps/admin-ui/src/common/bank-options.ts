import { BANKS } from '@civic/domain/identifiers';

export interface BankOption {
  value: string;
  label: string;
}

/**
 * The banks a payee account may be at (R28), as select options: the CNAPS category code and the
 * name in the UI language, so a search finds 102, 工商 or Industrial alike.
 */
export function bankOptions(language: string): BankOption[] {
  return BANKS.map((bank) => ({
    value: bank.code,
    label: `${bank.code} ${language === 'en' ? bank.nameEn : bank.name}`,
  }));
}

/** Whether an option matches what was typed: by code or by either name, case aside. */
export function bankMatches(input: string, code: string | undefined): boolean {
  const bank = BANKS.find((b) => b.code === code);
  if (!bank) return false;
  const needle = input.trim().toLowerCase();
  return [bank.code, bank.name, bank.nameEn].some((text) => text.toLowerCase().includes(needle));
}
