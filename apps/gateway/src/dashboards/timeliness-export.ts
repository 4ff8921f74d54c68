import {
  type DurationStatsView,
  PROGRAMME_LABELS_ZH,
  type ProgrammeTimelinessView,
  type TimelinessAreaView,
  type TimelinessDashboardView,
  type TimelinessFiguresView,
} from '@civic/contracts';
import { DIVISION_LEVEL_LABELS_ZH } from '@civic/domain/dashboards';
import { excel } from '../exports/excel';
import { addTableSheet, filterRow, type SheetColumn, workbookBytes } from './dashboard-sheet';

/** A day count, or a dash when nothing was counted. */
const days = (value: number | null) => (value === null ? '—' : value);

/** Count, median and p90 of both times (R16, R28), labelled in Chinese. */
function timeColumns<T extends TimelinessFiguresView>(): SheetColumn<T>[] {
  const three = (what: string, of: (row: T) => DurationStatsView): SheetColumn<T>[] => [
    { header: `${what}：件数`, width: 12, kind: 'count', value: (r) => of(r).count },
    { header: `${what}：中位天数`, width: 14, kind: 'count', value: (r) => days(of(r).medianDays) },
    {
      header: `${what}：90%用时（天）`,
      width: 16,
      kind: 'count',
      value: (r) => days(of(r).p90Days),
    },
  ];
  return [...three('申请至决定', (r) => r.toDecision), ...three('申请至拨付', (r) => r.toPayment)];
}

const PROGRAMME_COLUMNS: SheetColumn<ProgrammeTimelinessView>[] = [
  { header: '项目类型', width: 16, kind: 'text', value: (p) => PROGRAMME_LABELS_ZH[p.programme] },
  ...timeColumns<ProgrammeTimelinessView>(),
];

const AREA_COLUMNS: SheetColumn<TimelinessAreaView>[] = [
  { header: '地区', width: 22, kind: 'text', value: (a) => a.name },
  { header: '区划代码', width: 12, kind: 'text', value: (a) => a.code },
  { header: '层级', width: 12, kind: 'text', value: (a) => DIVISION_LEVEL_LABELS_ZH[a.level] },
  ...timeColumns<TimelinessAreaView>(),
];

/** What the export was filtered by, in words. */
export function timelinessFilter(view: TimelinessDashboardView): string {
  const area = `${view.area.name}（${DIVISION_LEVEL_LABELS_ZH[view.area.level]}，按申请者所在地）`;
  const year = view.year === null ? '全部年度' : `${view.year} 年提交的申请`;
  const programme = view.programme === null ? '全部项目' : PROGRAMME_LABELS_ZH[view.programme];
  return `地区：${area}；年度：${year}；项目类型：${programme}；天数按北京时间自然日计`;
}

/**
 * The timeliness dashboard as Excel (issue #18; R16, R28): per programme and by area one level
 * down (the area's total last), day counts as numbers, Chinese labels from libs/domain.
 */
export async function timelinessWorkbook(view: TimelinessDashboardView, at: Date): Promise<Buffer> {
  const workbook = new (excel().Workbook)();
  workbook.creator = 'civic-grants';
  const filter = filterRow(timelinessFilter(view), at);
  addTableSheet(workbook, '分项目时效', filter, PROGRAMME_COLUMNS, view.programmes);
  const unknown: TimelinessAreaView[] = view.areaUnknown
    ? [{ ...view.areaUnknown, ...view.area, code: '', name: '所在地不详' }]
    : [];
  const total: TimelinessAreaView = {
    ...view.totals,
    ...view.area,
    name: `合计：${view.area.name}`,
  };
  addTableSheet(workbook, '分地区时效', filter, AREA_COLUMNS, [
    ...view.children,
    ...unknown,
    total,
  ]);
  return workbookBytes(workbook);
}
