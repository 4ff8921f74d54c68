import {
  PurchaseProjectQuery,
  type PurchaseProjectView,
  PROJECT_STATUS_LABELS_EN,
  PROJECT_STATUS_LABELS_ZH,
  PURCHASE_METHOD_LABELS_EN,
  PURCHASE_METHOD_LABELS_ZH,
} from '@civic/contracts';
import {
  columnsOf,
  exportQueryOf,
  filter,
  labels,
  listExport,
  regionFilter,
  regionName,
} from '../exports';

export const PROJECT_STATUS = labels(PROJECT_STATUS_LABELS_ZH, PROJECT_STATUS_LABELS_EN);
export const METHOD = labels(PURCHASE_METHOD_LABELS_ZH, PURCHASE_METHOD_LABELS_EN);
const c = columnsOf<PurchaseProjectView>();

/** Purchase projects as Excel (R25; issue #18): budget in yuan, method, status, deadline, bids. */
export const PROJECTS_EXPORT = listExport({
  file: 'procurement-projects',
  title: { zh: '政府购买服务项目', en: 'Purchase projects' },
  query: PurchaseProjectQuery,
  columns: [
    c.text('项目名称', 'Project', (r) => r.title, 32),
    c.text('目录服务', 'Catalogue service', (r) => r.catalogueItemName, 24),
    c.text('地区', 'Region', (r) => regionName(r.regionCode), 12),
    c.integer('年度', 'Fiscal year', (r) => r.fiscalYear, 8),
    c.yuan('预算（元）', 'Budget (yuan)', (r) => r.budgetFen),
    c.enum('采购方式', 'Method', METHOD, (r) => r.method, 14),
    c.integer('合同期（月）', 'Contract (months)', (r) => r.contractMonths),
    c.boolean('预算已落实', 'Budget secured', (r) => r.budgetSecured, 10),
    c.boolean(
      '面向社会组织预留',
      'Reserved for social organizations',
      (r) => r.reservedForSocialOrganizations,
      12,
    ),
    c.enum('状态', 'Status', PROJECT_STATUS, (r) => r.status, 12),
    c.date('公告时间', 'Announced at', (r) => r.announcedAt),
    c.date('投标截止', 'Bid deadline', (r) => r.bidDeadline),
    c.integer('投标数', 'Bids', (r) => r.bidCount),
  ],
  filters: {
    fiscalYear: filter('年度', 'Fiscal year'),
    status: filter('状态', 'Status', PROJECT_STATUS),
    regionCode: regionFilter('地区', 'Region'),
  },
});

/** Purchase announcements (采购公告) as Excel, for anyone (R25; issue #18). */
export const ANNOUNCEMENTS_EXPORT = listExport({
  ...PROJECTS_EXPORT,
  file: 'announcements',
  title: { zh: '政府购买服务采购公告', en: 'Purchase announcements' },
});

export class PurchaseProjectExportQuery extends exportQueryOf(PurchaseProjectQuery) {}
