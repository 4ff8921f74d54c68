import dayjs, { type Dayjs } from 'dayjs';
import type { ViolationMapping } from '../../common/form-violations';
import { parseYuan } from '../../common/yuan-input';
import { wholeSum } from '../../venture/calls/call-form-values';
import type { InstalmentTrigger, PayeeAccountDto, SignContractDto } from './contract-types';

/** How the schedule is stated (R25, R26): all in whole percents of the amount, or all in yuan. */
export type InstalmentBasis = 'PERCENT' | 'AMOUNT';

export interface InstalmentRow {
  key?: string;
  trigger?: InstalmentTrigger;
  percent?: number | null;
  amountYuan?: string;
}

export interface IndicatorRow {
  name?: string;
  target?: string;
  weight?: number | null;
}

/** What an officer types to sign a contract (R25; Order 102 art. 23–24). */
export interface SignFormValues {
  startDate: Dayjs;
  months: number;
  basis: InstalmentBasis;
  instalments: InstalmentRow[];
  indicators: IndicatorRow[];
  bankAccount: PayeeAccountDto;
}

/** The most instalments and indicators a contract takes (the API's limits). */
export const MAX_INSTALMENTS = 10;
export const MAX_INDICATORS = 20;

/** The indicators' weights add up to exactly this, and so does a percent schedule (R25). */
export const FULL = 100;

export const percentsTotal = (rows: readonly (InstalmentRow | undefined)[] = []) =>
  wholeSum(rows.map((r) => r?.percent));

/** The yuan amounts typed so far as fen (R26), skipping those not (yet) an amount. */
export const amountsTotalFen = (rows: readonly (InstalmentRow | undefined)[] = []) =>
  rows.reduce((sum, r) => sum + (parseYuan(r?.amountYuan) ?? 0), 0);

export const indicatorsWeight = (rows: readonly (IndicatorRow | undefined)[] = []) =>
  wholeSum(rows.map((r) => r?.weight));

/**
 * The term's last day as the API plans it: the same day `months` later (the month's last day when
 * shorter), less one day; undefined until both are typed.
 */
export function termEnd(start: Dayjs | null | undefined, months: number | null | undefined) {
  if (!start || !Number.isInteger(months) || (months as number) < 1) return undefined;
  return start
    .add(months as number, 'month')
    .subtract(1, 'day')
    .format('YYYY-MM-DD');
}

/**
 * A new contract's form: from the first of next month for the term the project announced; the
 * usual schedule, 40 % on signing, 30 % after monitoring and 30 % after the final evaluation;
 * three indicators weighing 40, 30 and 30 to be named; the account in the undertaker's name.
 */
export function initialSignValues(months: number, accountName = ''): Partial<SignFormValues> {
  return {
    startDate: dayjs().add(1, 'month').startOf('month'),
    months,
    basis: 'PERCENT',
    instalments: [
      { key: 'SIGNING', trigger: 'SIGNING', percent: 40 },
      { key: 'MONITORING', trigger: 'MONITORING', percent: 30 },
      { key: 'FINAL', trigger: 'FINAL_EVALUATION', percent: 30 },
    ],
    indicators: [{ weight: 40 }, { weight: 30 }, { weight: 30 }],
    bankAccount: { accountName } as PayeeAccountDto,
  };
}

/**
 * POST /procurement/projects/{id}/contract: the schedule in percents or in fen (yuan typed,
 * R26), keys upper-cased, texts and the account trimmed.
 */
export function toSignDto(values: SignFormValues): SignContractDto {
  const byPercent = values.basis === 'PERCENT';
  return {
    startDate: values.startDate.format('YYYY-MM-DD'),
    months: values.months,
    instalments: values.instalments.map((row) => ({
      key: (row.key ?? '').trim().toUpperCase(),
      trigger: row.trigger as InstalmentTrigger,
      ...(byPercent
        ? { percent: row.percent as number }
        : { amountFen: parseYuan(row.amountYuan) as number }),
    })),
    indicators: values.indicators.map((row) => ({
      name: (row.name ?? '').trim(),
      target: (row.target ?? '').trim(),
      weight: row.weight as number,
    })),
    bankAccount: {
      accountName: values.bankAccount.accountName.trim(),
      accountNumber: values.bankAccount.accountNumber.trim(),
      bankCode: values.bankAccount.bankCode,
      bankName: values.bankAccount.bankName.trim(),
    },
  };
}

/** The API names an instalment's amount in fen; the form has it in yuan. */
export const SIGN_MAPPING: ViolationMapping = {
  aliases: Object.fromEntries(
    Array.from({ length: MAX_INSTALMENTS }, (_, i) => [
      `instalments.${i}.amountFen`,
      `instalments.${i}.amountYuan`,
    ]),
  ),
};
