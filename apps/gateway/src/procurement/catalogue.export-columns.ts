import { CatalogueQuery, type CatalogueItemView } from '@civic/contracts';
import { columnsOf, exportQueryOf, filter, listExport, regionFilter, regionName } from '../exports';

const c = columnsOf<CatalogueItemView>();

const COLUMNS = [
  c.text('服务名称', 'Service', (r) => r.name, 30),
  c.text('地区', 'Region', (r) => regionName(r.regionCode), 14),
  c.integer('年度', 'Fiscal year', (r) => r.fiscalYear, 8),
  c.text('类别', 'Categories', (r) => r.categories.join(' / '), 30),
  c.text('服务内容', 'Description', (r) => r.description, 40),
  c.text('计量单位', 'Unit', (r) => r.unit, 10),
  c.yuan('参考价格（元）', 'Reference price (yuan)', (r) => r.referencePriceFen),
  c.boolean('常年性服务', 'Recurring', (r) => r.stable, 10),
  c.date('列入时间', 'Entered at', (r) => r.createdAt),
];

const FILTERS = {
  regionCode: regionFilter('地区', 'Region'),
  fiscalYear: filter('年度', 'Fiscal year'),
  category: filter('类别', 'Category'),
};

/** The catalogue as officers keep it, as Excel (R24; issue #18). */
export const CATALOGUE_EXPORT = listExport({
  file: 'procurement-catalogue',
  title: { zh: '政府购买服务指导性目录', en: 'Catalogue of services purchased' },
  query: CatalogueQuery,
  columns: COLUMNS,
  filters: FILTERS,
});

/** The published catalogue as Excel, for anyone (R24; issue #18). */
export const PUBLIC_CATALOGUE_EXPORT = listExport({ ...CATALOGUE_EXPORT, file: 'catalogue' });

export class CatalogueExportQuery extends exportQueryOf(CatalogueQuery) {}
