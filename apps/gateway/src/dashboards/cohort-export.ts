import type {
  CohortAreaView,
  CohortDashboardView,
  CohortOutcomeRowView,
  CohortOutcomesView,
} from '@civic/contracts';
import {
  COHORT_OUTCOME_LABELS_ZH,
  COHORT_OUTCOMES,
  DIVISION_LEVEL_LABELS_ZH,
} from '@civic/domain/dashboards';
import { excel } from '../exports/excel';
import { addTableSheet, filterRow, type SheetColumn, workbookBytes } from './dashboard-sheet';

/** The outcome columns every row has (R16), labelled from libs/domain. */
function outcomeColumns<T extends CohortOutcomesView>(): SheetColumn<T>[] {
  return [
    ...COHORT_OUTCOMES.map((outcome): SheetColumn<T> => ({
      header: COHORT_OUTCOME_LABELS_ZH[outcome],
      width: 8,
      kind: 'count',
      value: (row) => row[outcome],
    })),
    { header: '出壳率', width: 10, kind: 'text', value: (row) => row.graduation.text },
  ];
}

const COHORT_COLUMNS: SheetColumn<CohortOutcomeRowView>[] = [
  { header: '孵化基地', width: 30, kind: 'text', value: (c) => c.baseName },
  { header: '批次', width: 24, kind: 'text', value: (c) => c.cohortName },
  { header: '开始年度', width: 10, kind: 'count', value: (c) => c.year },
  ...outcomeColumns<CohortOutcomeRowView>(),
];

const AREA_COLUMNS: SheetColumn<CohortAreaView>[] = [
  { header: '地区', width: 22, kind: 'text', value: (a) => a.name },
  { header: '区划代码', width: 12, kind: 'text', value: (a) => a.code },
  { header: '层级', width: 12, kind: 'text', value: (a) => DIVISION_LEVEL_LABELS_ZH[a.level] },
  ...outcomeColumns<CohortAreaView>(),
];

/** What the export was filtered by, in words. */
export function cohortFilter(view: CohortDashboardView): string {
  const area = `${view.area.name}（${DIVISION_LEVEL_LABELS_ZH[view.area.level]}）`;
  const year = view.year === null ? '全部年度' : `${view.year} 年开始的批次`;
  return `地区：${area}（按申请者所在地）；年度：${year}`;
}

/**
 * Cohort outcomes as Excel (issue #18; R16): each cohort of each base, and the areas one level
 * down with the area's total last; Chinese labels from libs/domain, counts as numbers.
 */
export async function cohortWorkbook(view: CohortDashboardView, at: Date): Promise<Buffer> {
  const workbook = new (excel().Workbook)();
  workbook.creator = 'civic-grants';
  const filter = filterRow(cohortFilter(view), at);
  addTableSheet(workbook, '各批次成效', filter, COHORT_COLUMNS, view.cohorts);
  const total: CohortAreaView = { ...view.totals, ...view.area, name: `合计：${view.area.name}` };
  addTableSheet(workbook, '分地区成效', filter, AREA_COLUMNS, [...view.children, total]);
  return workbookBytes(workbook);
}
