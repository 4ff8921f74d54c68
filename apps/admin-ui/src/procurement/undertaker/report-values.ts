import dayjs, { type Dayjs } from 'dayjs';
import type { ViolationMapping } from '../../common/form-violations';
import type { ContractView, ContractYearView, SubmitContractReportDto } from './undertaker-types';

/** What the undertaker types: the year, the kind, the period, the summary, per indicator achieved. */
export interface ReportFormValues {
  year: number;
  kind: SubmitContractReportDto['kind'];
  periodFrom: Dayjs;
  periodTo: Dayjs;
  summary: string;
  /** What was achieved, by the indicator's position in the contract; blank ones are left out. */
  achieved?: (string | undefined)[];
}

/**
 * The contract years a report may be on (R25), as the API decides them: the contract in force,
 * the year signed or renewed, its final evaluation not in yet.
 */
export function reportableYears(contract: ContractView): ContractYearView[] {
  if (contract.status !== 'IN_FORCE') return [];
  const evaluated = new Set(
    contract.evaluations.filter((e) => e.kind === 'FINAL').map((e) => e.year),
  );
  return contract.years.filter((y) => y.commitment !== 'NOT_RENEWED' && !evaluated.has(y.year));
}

/** Whether the year has its one final report already (R25). */
export const finalReported = (contract: ContractView, year: number) =>
  contract.reports.some((r) => r.year === year && r.kind === 'FINAL');

/** The period a report on the year starts with: from its first day to today, within the year. */
export function defaultPeriod(
  year: ContractYearView,
): Pick<ReportFormValues, 'periodFrom' | 'periodTo'> {
  const from = dayjs(year.startsOn);
  const end = dayjs(year.endsOn);
  const today = dayjs().startOf('day');
  const to = today.isBefore(from) ? from : today.isAfter(end) ? end : today;
  return { periodFrom: from, periodTo: to };
}

/**
 * The request body (dates as `YYYY-MM-DD`, figures only for the indicators filled in), and where
 * the API's violations of each figure go: onto the indicator's field it was typed in.
 */
export function toReportDto(
  values: ReportFormValues,
  indicators: readonly { name: string }[],
): { body: SubmitContractReportDto; mapping: ViolationMapping } {
  const filled = indicators
    .map((indicator, position) => ({ indicator, position, text: values.achieved?.[position] }))
    .filter((f) => f.text !== undefined && f.text.trim() !== '');
  const aliases: Record<string, string> = {};
  filled.forEach((f, i) => {
    aliases[`figures.${i}.indicator`] = `achieved.${f.position}`;
    aliases[`figures.${i}.achieved`] = `achieved.${f.position}`;
  });
  return {
    body: {
      year: values.year,
      kind: values.kind,
      periodFrom: values.periodFrom.format('YYYY-MM-DD'),
      periodTo: values.periodTo.format('YYYY-MM-DD'),
      summary: values.summary.trim(),
      figures: filled.map((f) => ({ indicator: f.indicator.name, achieved: f.text!.trim() })),
    },
    mapping: { aliases },
  };
}
