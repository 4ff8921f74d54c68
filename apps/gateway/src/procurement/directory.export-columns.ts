import {
  DirectoryQuery,
  type DirectoryEntryView,
  PublicDirectoryQuery,
  type PublicDirectoryEntryView,
  DIRECTORY_STATUS_LABELS_EN,
  DIRECTORY_STATUS_LABELS_ZH,
  UNDERTAKER_KIND_LABELS_EN,
  UNDERTAKER_KIND_LABELS_ZH,
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

export const KIND = labels(UNDERTAKER_KIND_LABELS_ZH, UNDERTAKER_KIND_LABELS_EN);
const STATUS = labels(DIRECTORY_STATUS_LABELS_ZH, DIRECTORY_STATUS_LABELS_EN);
const areas = (codes: readonly string[]) => codes.map((code) => regionName(code)).join('、');
const lastScore = (performance: { score: number }[]) => performance.at(-1)?.score;

const PUBLIC_FILTERS = {
  kind: filter('承接主体类型', 'Kind', KIND),
  regionCode: regionFilter('服务地区', 'Region served'),
  category: filter('服务类别', 'Category'),
};

const c = columnsOf<DirectoryEntryView>();

/**
 * The undertaker directory as Excel (R24; issue #18): officers every entry, an applicant its own
 * organization's; the ID number and phone only masked (R30).
 */
export const DIRECTORY_EXPORT = listExport({
  file: 'procurement-directory',
  title: { zh: '承接主体名录', en: 'Undertaker directory' },
  query: DirectoryQuery,
  columns: [
    c.text('名称', 'Name', (r) => r.name, 30),
    c.enum('类型', 'Kind', KIND, (r) => r.kind, 16),
    c.text('统一社会信用代码', 'Credit code', (r) => r.creditCode, 22),
    c.text('身份证号（脱敏）', 'ID number (masked)', (r) => r.residentIdMasked, 20),
    c.text('服务地区', 'Regions served', (r) => areas(r.serviceAreas), 24),
    c.text('服务类别', 'Categories', (r) => r.serviceCategories.join('、'), 24),
    c.text('联系人', 'Contact', (r) => r.contactName, 10),
    c.text('联系电话（脱敏）', 'Phone (masked)', (r) => r.contactPhone, 16),
    c.enum('状态', 'Status', STATUS, (r) => r.status, 12),
    c.text('审核说明', 'Decision note', (r) => r.statusReason, 24),
    c.integer('履约记录', 'Contracts evaluated', (r) => r.performance.length),
    c.integer('最近评分', 'Latest score', (r) => lastScore(r.performance)),
    c.date('申请时间', 'Applied at', (r) => r.appliedAt),
    c.date('列入时间', 'Listed at', (r) => r.listedAt),
  ],
  filters: { ...PUBLIC_FILTERS, status: filter('状态', 'Status', STATUS) },
});

export class DirectoryExportQuery extends exportQueryOf(DirectoryQuery) {}

const p = columnsOf<PublicDirectoryEntryView>();

/** The published directory as Excel, for anyone (R24; issue #18): no contact, no ID number. */
export const PUBLIC_DIRECTORY_EXPORT = listExport({
  file: 'directory',
  title: { zh: '承接主体名录（公开）', en: 'Undertaker directory (public)' },
  query: PublicDirectoryQuery,
  columns: [
    p.text('名称', 'Name', (r) => r.name, 30),
    p.enum('类型', 'Kind', KIND, (r) => r.kind, 16),
    p.text('统一社会信用代码', 'Credit code', (r) => r.creditCode, 22),
    p.text('服务地区', 'Regions served', (r) => areas(r.serviceAreas), 24),
    p.text('服务类别', 'Categories', (r) => r.serviceCategories.join('、'), 24),
    p.integer('履约记录', 'Contracts evaluated', (r) => r.performance.length),
    p.integer('最近评分', 'Latest score', (r) => lastScore(r.performance)),
    p.date('列入时间', 'Listed at', (r) => r.listedAt),
  ],
  filters: PUBLIC_FILTERS,
});

export class PublicDirectoryExportQuery extends exportQueryOf(PublicDirectoryQuery) {}
