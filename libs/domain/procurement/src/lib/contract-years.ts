import { dateStringOfDay, dayOfDateString } from '@civic/domain/calendar';
import { allocateByWeights } from '@civic/domain/money';
import type { Instalment } from './instalments';
import { type PurchaseRefusal, refusal } from './purchase-policy';

const DAY_MS = 86_400_000;

/** One contract year of a signed contract: its dates, its budget year and its own instalments. */
export interface ContractYearPlan {
  /** 1 for the first contract year, 2 for the second, … */
  year: number;
  /** The budget year it is committed against (R27): the project's, then one more each year. */
  fiscalYear: number;
  /** First and last day, `YYYY-MM-DD`. */
  startsOn: string;
  endsOn: string;
  /** How much of the term the year covers (a 30-month term: 12, 12, 6). */
  months: number;
  /** What the year pays, the sum of its instalments (R26). */
  amountFen: number;
  /** The schedule's instalments, each its share of this year, in schedule order. */
  instalments: Instalment[];
}

export interface ContractYearsInput {
  /** The first day of the term, `YYYY-MM-DD`. */
  startDate: string;
  /** The term in months; it passed checkContractTerm. */
  months: number;
  /** The purchase project's fiscal year: the first contract year's budget year. */
  fiscalYear: number;
  /** The schedule over the whole contract amount (checkInstalmentSchedule). */
  instalments: readonly Instalment[];
}

export type ContractYearsPlan = { ok: true; years: ContractYearPlan[] } | PurchaseRefusal;

/**
 * rule R25, rule R26, rule R27 (Order 102 art. 24): a contract longer than 12 months is split
 * into contract years, each renewed and committed against its own budget year. Year y runs from
 * the start date plus 12·(y − 1) months for up to 12 months; its budget year is the project's
 * plus y − 1. Every instalment of the schedule (signing, monitoring, final evaluation) recurs
 * each year: its amount is split over the years in proportion to their months by the largest
 * remainder, so the years' instalments add up exactly to the contract's (R26), and each year ends
 * with its own final evaluation. Refused, naming the field: a start date that is not a real date,
 * and a schedule so small that a year's share of an instalment would be 0 fen.
 */
export function planContractYears(input: ContractYearsInput): ContractYearsPlan {
  const { startDate, months, fiscalYear, instalments } = input;
  if (!Number.isSafeInteger(months) || months < 1) {
    throw new RangeError(`rule R25: months must be a whole number, at least 1, got ${months}`);
  }
  let start: number;
  try {
    start = dayOfDateString(startDate, 'startDate', 'R25');
  } catch {
    return refusal(
      'R25',
      'CONTRACT_START',
      'startDate',
      `the contract's start date must be a real date YYYY-MM-DD, got ${String(startDate)}`,
      `合同起始日期须为有效日期（YYYY-MM-DD），实际为 ${String(startDate)}`,
    );
  }
  const count = Math.ceil(months / 12);
  const yearMonths = Array.from({ length: count }, (_, i) => Math.min(12, months - 12 * i));
  const shares = instalments.map((it) => allocateByWeights(it.amountFen, yearMonths));
  for (const [i, parts] of shares.entries()) {
    const year = parts.findIndex((fen) => fen < 1);
    if (year >= 0) {
      return refusal(
        'R26',
        'INSTALMENT_TOO_SMALL',
        `instalments.${i}`,
        `instalment ${instalments[i].key} of ${instalments[i].amountFen} fen cannot be split over ${count} contract years with at least 1 fen in each`,
        `第 ${i + 1} 期 ${instalments[i].key} 金额 ${instalments[i].amountFen} 分，无法在 ${count} 个合同年度中各分得至少 1 分`,
      );
    }
  }
  const years = yearMonths.map((yearMonthCount, y) => {
    const parts = instalments.map((it, i) => ({ ...it, amountFen: shares[i][y] }));
    return {
      year: y + 1,
      fiscalYear: fiscalYear + y,
      startsOn: dateStringOfDay(addMonths(start, 12 * y)),
      endsOn: dateStringOfDay(addMonths(start, 12 * y + yearMonthCount) - 1),
      months: yearMonthCount,
      amountFen: parts.reduce((sum, it) => sum + it.amountFen, 0),
      instalments: parts,
    };
  });
  return { ok: true, years };
}

/**
 * rule R25: the same day of the month `months` months later, or that month's last day when it is
 * shorter (31 January + 1 month is the end of February); days are calendar day numbers.
 */
export function addMonths(day: number, months: number): number {
  const date = new Date(day * DAY_MS);
  const total = date.getUTCFullYear() * 12 + date.getUTCMonth() + months;
  const [year, month] = [Math.floor(total / 12), total % 12];
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)) / DAY_MS;
}
