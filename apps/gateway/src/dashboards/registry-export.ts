import type { CountyTiersView, RegistryAreaView, RegistryDashboardView } from '@civic/contracts';
import { DIVISION_LEVEL_LABELS_ZH } from '@civic/domain/dashboards';
import {
  AREA_TYPE_LABELS_ZH,
  AREA_TYPES,
  CATEGORY_LABELS_ZH,
  MANAGEMENT_TIER_LABELS_ZH,
  MANAGEMENT_TIERS,
  ORGANIZATION_CATEGORIES,
} from '@civic/domain/organizations';
import { excel } from '../exports/excel';
import { addTableSheet, filterRow, type SheetColumn, workbookBytes } from './dashboard-sheet';

/** The registry's columns per area: counts by tier (R5), area type, category; R10 share. */
const AREA_COLUMNS: SheetColumn<RegistryAreaView>[] = [
  { header: '地区', width: 22, kind: 'text', value: (a) => a.name },
  { header: '区划代码', width: 12, kind: 'text', value: (a) => a.code },
  { header: '层级', width: 12, kind: 'text', value: (a) => DIVISION_LEVEL_LABELS_ZH[a.level] },
  { header: '组织总数', width: 10, kind: 'count', value: (a) => a.total },
  ...MANAGEMENT_TIERS.map((tier): SheetColumn<RegistryAreaView> => ({
    header: MANAGEMENT_TIER_LABELS_ZH[tier],
    width: 10,
    kind: 'count',
    value: (a) => a.byTier[tier],
  })),
  ...AREA_TYPES.map((type): SheetColumn<RegistryAreaView> => ({
    header: AREA_TYPE_LABELS_ZH[type],
    width: 8,
    kind: 'count',
    value: (a) => a.byAreaType[type],
  })),
  ...ORGANIZATION_CATEGORIES.map((category): SheetColumn<RegistryAreaView> => ({
    header: CATEGORY_LABELS_ZH[category],
    width: 14,
    kind: 'count',
    value: (a) => a.byCategory[category],
  })),
  { header: '党员领办', width: 10, kind: 'count', value: (a) => a.partyLed.part },
  { header: '党员领办占比', width: 12, kind: 'text', value: (a) => a.partyLed.text },
  { header: '农村组织占比', width: 12, kind: 'text', value: (a) => a.rural.text },
  { header: '公益慈善类占比', width: 14, kind: 'text', value: (a) => a.publicWelfare.text },
];

const COUNTY_COLUMNS: SheetColumn<CountyTiersView>[] = [
  { header: '县（市、区）', width: 18, kind: 'text', value: (c) => c.name },
  { header: '所属市', width: 12, kind: 'text', value: (c) => c.cityName },
  { header: '区划代码', width: 10, kind: 'text', value: (c) => c.code },
  { header: '组织总数', width: 10, kind: 'count', value: (c) => c.total },
  ...MANAGEMENT_TIERS.map((tier): SheetColumn<CountyTiersView> => ({
    header: MANAGEMENT_TIER_LABELS_ZH[tier],
    width: 10,
    kind: 'count',
    value: (c) => c.byTier[tier],
  })),
];

/** What the export was filtered by, in words: the area and how the year was read. */
export function registryFilter(view: RegistryDashboardView): string {
  const area = `${view.area.name}（${DIVISION_LEVEL_LABELS_ZH[view.area.level]}）`;
  const year = view.year === null ? '全部年度' : `截至 ${view.year} 年底登记`;
  return `地区：${area}；年度：${year}`;
}

/**
 * The registry dashboard as Excel (issue #18): the areas one level down with the area's total
 * last, and the tiers by county (R5); Chinese labels from libs/domain, counts as numbers.
 */
export async function registryWorkbook(view: RegistryDashboardView, at: Date): Promise<Buffer> {
  const workbook = new (excel().Workbook)();
  workbook.creator = 'civic-grants';
  const filter = filterRow(registryFilter(view), at);
  const total: RegistryAreaView = {
    ...view.figures,
    ...view.area,
    name: `合计：${view.area.name}`,
  };
  addTableSheet(workbook, '分地区统计', filter, AREA_COLUMNS, [...view.children, total]);
  addTableSheet(workbook, '各县分类管理', filter, COUNTY_COLUMNS, view.tiersByCounty);
  return workbookBytes(workbook);
}
