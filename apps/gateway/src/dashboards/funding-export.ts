import {
  FUND_LABELS_ZH,
  PROGRAMME_LABELS_ZH,
  type FundingAreaView,
  type FundingDashboardView,
  type MoneyFiguresView,
  type PolicyShareView,
  type ProgrammeFundingView,
} from '@civic/contracts';
import { DIVISION_LEVEL_LABELS_ZH } from '@civic/domain/dashboards';
import { excel } from '../exports/excel';
import { addTableSheet, filterRow, type SheetColumn, workbookBytes } from './dashboard-sheet';
import type { DivisionNames } from './division-names';

/** The money columns every row has (R26: yuan numbers in a yuan format), labelled in Chinese. */
function moneyColumns<T extends MoneyFiguresView>(): SheetColumn<T>[] {
  const yuan = (header: string, value: (row: T) => number): SheetColumn<T> => ({
    header,
    width: 16,
    kind: 'yuan',
    value,
  });
  return [
    { header: '承诺笔数', width: 10, kind: 'count', value: (r) => r.commitments },
    yuan('已承诺（元）', (r) => r.committedFen),
    yuan('待组批（元）', (r) => r.awaitingBatchFen),
    yuan('批次中（元）', (r) => r.inBatchFen),
    yuan('已拨付（元）', (r) => r.paidFen),
    yuan('失败待重拨（元）', (r) => r.failedFen),
    yuan('已释放（元）', (r) => r.releasedFen),
    yuan('应追回（元）', (r) => r.clawedBackFen),
    yuan('已追回（元）', (r) => r.recoveredFen),
  ];
}

const PROGRAMME_COLUMNS: SheetColumn<ProgrammeFundingView>[] = [
  { header: '项目类型', width: 16, kind: 'text', value: (p) => PROGRAMME_LABELS_ZH[p.programme] },
  { header: '资金', width: 18, kind: 'text', value: (p) => FUND_LABELS_ZH[p.fund] },
  ...moneyColumns<ProgrammeFundingView>(),
];

const AREA_COLUMNS: SheetColumn<FundingAreaView>[] = [
  { header: '地区', width: 22, kind: 'text', value: (a) => a.name },
  { header: '区划代码', width: 12, kind: 'text', value: (a) => a.code },
  { header: '层级', width: 12, kind: 'text', value: (a) => DIVISION_LEVEL_LABELS_ZH[a.level] },
  ...moneyColumns<FundingAreaView>(),
];

type ShareRow = { label: string; committed: PolicyShareView; paid: PolicyShareView };

const SHARE_COLUMNS: SheetColumn<ShareRow>[] = [
  { header: '指标', width: 30, kind: 'text', value: (s) => s.label },
  { header: '依据', width: 8, kind: 'text', value: (s) => s.committed.rule },
  { header: '承诺资金中（元）', width: 16, kind: 'yuan', value: (s) => s.committed.part },
  { header: '承诺资金合计（元）', width: 18, kind: 'yuan', value: (s) => s.committed.whole },
  { header: '占比（承诺）', width: 12, kind: 'text', value: (s) => s.committed.text },
  { header: '目标', width: 10, kind: 'text', value: (s) => targetText(s.committed) },
  { header: '是否达到', width: 10, kind: 'text', value: (s) => metText(s.committed) },
  { header: '占比（已拨付）', width: 14, kind: 'text', value: (s) => s.paid.text },
];

const SHARE_LABELS: [keyof FundingDashboardView['shares'], string][] = [
  ['rural', '农村社区社会组织'],
  ['publicWelfare', '公益慈善类组织'],
  ['governmentFunctions', '承接政府职能的组织'],
  ['partyLed', '党员领办的组织'],
  ['eldercare', '扶老（养老）占福彩公益金社会福利用途'],
];

function targetText(share: PolicyShareView): string {
  return share.targetPercent === null ? '未设数值' : `≥ ${share.targetPercent}%`;
}

function metText(share: PolicyShareView): string {
  if (share.met === null) return '—';
  return share.met ? '达到' : '未达到';
}

/** What the export was filtered by, in words, and where the targets come from. */
export function fundingFilter(view: FundingDashboardView): string {
  const area = `${view.area.name}（${DIVISION_LEVEL_LABELS_ZH[view.area.level]}，按受助组织所在地）`;
  const year = view.year === null ? '全部年度' : `${view.year} 财年`;
  const fund = view.fund === null ? '全部资金' : FUND_LABELS_ZH[view.fund];
  const programme = view.programme === null ? '全部项目' : PROGRAMME_LABELS_ZH[view.programme];
  const targets =
    view.targetsFrom === 'SEED' ? '平台默认政策版本（财务服务不保存政策副本）' : '政策库';
  return `地区：${area}；年度：${year}；资金：${fund}；项目类型：${programme}；目标来源：${targets}`;
}

/**
 * The funding dashboard as Excel (issue #18; R26): money by programme and fund, by area one level
 * down (the area's total last, money of unknown area before it at the province), by county, and
 * the policy shares; money as yuan numbers in a yuan format, Chinese labels from libs/domain.
 */
export async function fundingWorkbook(
  view: FundingDashboardView,
  names: DivisionNames,
  at: Date,
): Promise<Buffer> {
  const workbook = new (excel().Workbook)();
  workbook.creator = 'civic-grants';
  const filter = filterRow(fundingFilter(view), at);
  addTableSheet(workbook, '分项目资金', filter, PROGRAMME_COLUMNS, view.byProgramme);
  const unknown: FundingAreaView[] = view.areaUnknown
    ? [{ ...view.areaUnknown, ...view.area, code: '', name: '所在地不详' }]
    : [];
  const total: FundingAreaView = { ...view.totals, ...view.area, name: `合计：${view.area.name}` };
  addTableSheet(workbook, '分地区资金', filter, AREA_COLUMNS, [
    ...view.children,
    ...unknown,
    total,
  ]);
  if (view.counties.length > 0) {
    const countyColumns: SheetColumn<FundingAreaView>[] = [
      AREA_COLUMNS[0],
      { header: '所属市', width: 12, kind: 'text', value: (c) => names.cityNameOf(c.code) },
      ...AREA_COLUMNS.slice(1),
    ];
    addTableSheet(workbook, '各县资金', filter, countyColumns, view.counties);
  }
  const shares = SHARE_LABELS.map(([key, label]) => ({
    label,
    committed: view.shares[key],
    paid: view.paidShares[key],
  }));
  addTableSheet(workbook, '政策占比', filter, SHARE_COLUMNS, shares);
  return workbookBytes(workbook);
}
