import { DEFAULT_TRANCHES, RUBRIC_LIMITS } from '@civic/domain/venture';
import type { Dayjs } from 'dayjs';
import type { ViolationMapping } from '../../common/form-violations';
import { parseYuan } from '../../common/yuan-input';
import type { CreateCallDto, PriorityGroup } from '../types';

export interface CriterionRow {
  key?: string;
  name?: string;
  weight?: number | null;
  scaleMax?: number | null;
}

export interface TrancheRow {
  key?: string;
  percent?: number | null;
}

export interface CallFormValues {
  name: string;
  fiscalYear: number;
  budgetYuan: string;
  minYuan: string;
  maxYuan: string;
  ruralReservePercent: number;
  focusGroups: PriorityGroup[];
  deadline: Dayjs;
  rubric: CriterionRow[];
  tranches: TrancheRow[];
}

/** The weights the rubric's criteria add up to; must be exactly 100 (R17). */
export const WEIGHT_TOTAL = RUBRIC_LIMITS.weightTotal;

/** The sum of the whole numbers among `values`, skipping empty or broken ones. */
export function wholeSum(values: readonly (number | null | undefined)[]): number {
  return values.reduce<number>(
    (sum, value) => sum + (Number.isInteger(value) ? (value as number) : 0),
    0,
  );
}

export const weightsTotal = (rubric: readonly CriterionRow[] = []) =>
  wholeSum(rubric.map((c) => c?.weight));

export const percentsTotal = (tranches: readonly TrancheRow[] = []) =>
  wholeSum(tranches.map((t) => t?.percent));

/**
 * A new call's form: 30 % rural reserve (R14), the default 50/30/20 tranches (R19) and a
 * three-criterion rubric to start from, its names in the UI language (`names`).
 */
export function initialCallValues(
  fiscalYear: number,
  names: { need: string; design: string; budget: string },
): Partial<CallFormValues> {
  return {
    fiscalYear,
    ruralReservePercent: 30,
    focusGroups: [],
    rubric: [
      { key: 'need', name: names.need, weight: 40, scaleMax: 10 },
      { key: 'design', name: names.design, weight: 35, scaleMax: 10 },
      { key: 'budget', name: names.budget, weight: 25, scaleMax: 10 },
    ],
    tranches: DEFAULT_TRANCHES.map((t) => ({ key: t.key, percent: t.percent })),
  };
}

/** POST /venture/calls: yuan typed become fen (R26), the deadline an instant. */
export function toCreateCallDto(values: CallFormValues): CreateCallDto {
  return {
    name: values.name.trim(),
    fiscalYear: values.fiscalYear,
    budgetFen: parseYuan(values.budgetYuan)!,
    minFen: parseYuan(values.minYuan)!,
    maxFen: parseYuan(values.maxYuan)!,
    ruralReservePercent: values.ruralReservePercent,
    focusGroups: values.focusGroups ?? [],
    deadline: values.deadline.toISOString(),
    rubric: values.rubric.map((c) => ({
      key: (c.key ?? '').trim(),
      name: (c.name ?? '').trim(),
      weight: c.weight as number,
      scaleMax: c.scaleMax as number,
    })),
    tranches: values.tranches.map((t) => ({
      key: (t.key ?? '').trim().toUpperCase(),
      percent: t.percent as number,
    })),
  };
}

/** The API names amounts in fen; the form has them in yuan. */
export const CALL_MAPPING: ViolationMapping = {
  aliases: { budgetFen: 'budgetYuan', minFen: 'minYuan', maxFen: 'maxYuan' },
  lists: ['focusGroups'],
};
