import { dayOfDateString } from '@civic/domain/calendar';
import type {
  ContractStatus,
  PerformanceCheck,
  PerformanceIndicator,
} from './contract-performance';
import { refusal } from './purchase-policy';

/**
 * The undertaker's performance reports (履约报告, R25; Order 102: performance is evaluated and
 * payment follows the contract and the evaluation): progress reports during a contract year and
 * at most one final report per year, each over a period within the year, with what was achieved
 * of the contract's indicators, while the year is in performance.
 */

/** A report during the year (进展报告) or the year's final report (年度履约总结报告). */
export type ReportKind = 'PROGRESS' | 'FINAL';
export const REPORT_KINDS: readonly ReportKind[] = Object.freeze(['PROGRESS', 'FINAL']);

/** What was achieved of one of the contract's indicators, in words. */
export interface ReportFigure {
  indicator: string;
  achieved: string;
}

/** A contract year as the report rules read it. */
export interface ReportYear {
  year: number;
  startsOn: string;
  endsOn: string;
  /** Committed at signing (year 1) or renewed against its budget year. */
  renewed: boolean;
  /** The year's final evaluation is in. */
  finalEvaluated: boolean;
  /** The year's final report is in. */
  finalReported: boolean;
}

export interface ReportStateInput {
  status: ContractStatus;
  kind: ReportKind;
  /** The contract year reported on. */
  year: ReportYear;
}

/**
 * rule R25: a report is taken only while its contract year is in performance: the contract in
 * force, the year signed or renewed, and the year's final evaluation not in yet (refused with 409,
 * as the evaluation closes the year); and a year has at most one final report.
 */
export function reportStateCheck(input: ReportStateInput): PerformanceCheck {
  const { status, kind, year } = input;
  if (status !== 'IN_FORCE' || !year.renewed || year.finalEvaluated) {
    const why = !year.renewed
      ? { en: 'is not renewed yet', zh: '尚未续签' }
      : { en: 'has its final evaluation already', zh: '已完成结项评价' };
    return refusal(
      'R25',
      'YEAR_NOT_IN_PERFORMANCE',
      'year',
      `reports are taken while the contract year is in performance: year ${year.year} ${why.en}`,
      `履约报告须在合同年度履约期间提交：第 ${year.year} 年${why.zh}`,
    );
  }
  if (kind === 'FINAL' && year.finalReported) {
    return refusal(
      'R25',
      'FINAL_REPORT_SUBMITTED',
      'kind',
      `contract year ${year.year} has its final report already; a year has one`,
      `合同第 ${year.year} 年已提交年度履约总结报告，每个合同年度只能提交一份`,
    );
  }
  return { ok: true };
}

export interface ReportContentInput {
  /** The contract's indicators; figures may name only these. */
  indicators: readonly PerformanceIndicator[];
  year: Pick<ReportYear, 'year' | 'startsOn' | 'endsOn'>;
  periodFrom: string;
  periodTo: string;
  figures: readonly ReportFigure[];
}

/**
 * rule R25: what a report says: its period real dates within its contract year, from before to;
 * its figures each about one of the contract's indicators (trimmed), at most once each. Refused
 * with 422 naming the field, and the indicator by its name.
 */
export function reportContentCheck(input: ReportContentInput): PerformanceCheck {
  const { year } = input;
  const first = dayOfDateString(year.startsOn, 'startsOn', 'R25');
  const last = dayOfDateString(year.endsOn, 'endsOn', 'R25');
  const day = (field: 'periodFrom' | 'periodTo') => {
    try {
      return dayOfDateString(input[field], field, 'R25');
    } catch {
      return Number.NaN;
    }
  };
  const from = day('periodFrom');
  const to = day('periodTo');
  for (const [field, value] of [
    ['periodFrom', from],
    ['periodTo', to],
  ] as const) {
    if (!(value >= first && value <= last)) {
      return refusal(
        'R25',
        'REPORT_PERIOD',
        field,
        `the period lies within contract year ${year.year}, ${year.startsOn} to ${year.endsOn}; ${field} is ${String(input[field])}`,
        `报告期间须在合同第 ${year.year} 年（${year.startsOn} 至 ${year.endsOn}）之内，实际为 ${String(input[field])}`,
      );
    }
  }
  if (from > to) {
    return refusal(
      'R25',
      'REPORT_PERIOD',
      'periodTo',
      `the period ends on or after it starts: ${input.periodFrom} to ${input.periodTo}`,
      `报告期间的截止日期不得早于起始日期：${input.periodFrom} 至 ${input.periodTo}`,
    );
  }
  return figuresCheck(input.indicators, input.figures);
}

// rule R25: each figure about one of the contract's indicators, once.
function figuresCheck(
  indicators: readonly PerformanceIndicator[],
  figures: readonly ReportFigure[],
): PerformanceCheck {
  const names = new Set(indicators.map((it) => it.name.trim()));
  const seen = new Set<string>();
  for (const [i, figure] of figures.entries()) {
    const name = figure.indicator.trim();
    if (!names.has(name)) {
      return refusal(
        'R25',
        'REPORT_INDICATOR',
        `figures.${i}.indicator`,
        `figure ${i + 1}: ${name} is not an indicator of the contract`,
        `第 ${i + 1} 项完成情况：“${name}”不是合同约定的绩效指标`,
      );
    }
    if (seen.has(name)) {
      return refusal(
        'R25',
        'REPORT_INDICATOR',
        `figures.${i}.indicator`,
        `figure ${i + 1}: ${name} is reported twice`,
        `第 ${i + 1} 项完成情况：“${name}”重复填报`,
      );
    }
    seen.add(name);
  }
  return { ok: true };
}
