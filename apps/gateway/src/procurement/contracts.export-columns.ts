import {
  ContractsQuery,
  type ContractView,
  type PublicContractView,
  CONTRACT_STATUS_LABELS_EN,
  CONTRACT_STATUS_LABELS_ZH,
} from '@civic/contracts';
import { columnsOf, exportQueryOf, filter, labels, listExport, regionName } from '../exports';
import { KIND } from './directory.export-columns';

const STATUS = labels(CONTRACT_STATUS_LABELS_ZH, CONTRACT_STATUS_LABELS_EN);
const FILTERS = {
  fiscalYear: filter('年度', 'Fiscal year'),
  status: filter('状态', 'Status', STATUS),
};

/** What the contract's instalments paid so far, in fen (R25, R26). */
const paidFen = (contract: ContractView) =>
  contract.years
    .flatMap((year) => year.instalments)
    .filter((instalment) => instalment.payment === 'PAID')
    .reduce((sum, instalment) => sum + instalment.amountFen, 0);

const lastScore = (evaluations: { totalScore: number }[]) => evaluations.at(-1)?.totalScore;

const c = columnsOf<ContractView>();

/**
 * Contracts as Excel (R25; issue #18): officers every contract, an undertaker its own (the
 * `mine` list); the price and what was paid in yuan, the term, the status and the latest score.
 */
export const CONTRACTS_EXPORT = listExport({
  file: 'procurement-contracts',
  title: { zh: '政府购买服务合同', en: 'Purchase contracts' },
  query: ContractsQuery,
  columns: [
    c.text('合同名称', 'Contract', (r) => r.title, 32),
    c.text('目录服务', 'Catalogue service', (r) => r.catalogueItemName, 24),
    c.text('地区', 'Region', (r) => regionName(r.regionCode), 12),
    c.integer('年度', 'Fiscal year', (r) => r.fiscalYear, 8),
    c.text('承接主体', 'Undertaker', (r) => r.undertakerName, 28),
    c.enum('承接主体类型', 'Undertaker kind', KIND, (r) => r.undertakerKind, 16),
    c.yuan('合同金额（元）', 'Price (yuan)', (r) => r.amountFen),
    c.yuan('已拨付（元）', 'Paid (yuan)', paidFen),
    c.date('开始日期', 'Starts', (r) => r.startDate, 12),
    c.date('结束日期', 'Ends', (r) => r.endDate, 12),
    c.integer('期限（月）', 'Months', (r) => r.months),
    c.enum('状态', 'Status', STATUS, (r) => r.status, 10),
    c.decimal('最近评价得分', 'Latest evaluation score', (r) => lastScore(r.evaluations)),
    c.date('签订时间', 'Signed at', (r) => r.signedAt),
  ],
  filters: FILTERS,
});

/** An undertaker's own contracts as Excel (R25; issue #18). */
export const MY_CONTRACTS_EXPORT = listExport({
  ...CONTRACTS_EXPORT,
  file: 'my-contracts',
  title: { zh: '我的合同', en: 'My contracts' },
});

export class ContractsExportQuery extends exportQueryOf(ContractsQuery) {}

const p = columnsOf<PublicContractView>();

/** Published contracts as Excel, for anyone (R25; issue #18): no account, no contact. */
export const PUBLIC_CONTRACTS_EXPORT = listExport({
  file: 'contracts',
  title: { zh: '政府购买服务合同公开', en: 'Purchase contracts (public)' },
  query: ContractsQuery,
  columns: [
    p.text('合同名称', 'Contract', (r) => r.title, 32),
    p.text('目录服务', 'Catalogue service', (r) => r.catalogueItemName, 24),
    p.text('地区', 'Region', (r) => regionName(r.regionCode), 12),
    p.integer('年度', 'Fiscal year', (r) => r.fiscalYear, 8),
    p.text('承接主体', 'Undertaker', (r) => r.undertakerName, 28),
    p.enum('承接主体类型', 'Undertaker kind', KIND, (r) => r.undertakerKind, 16),
    p.yuan('合同金额（元）', 'Price (yuan)', (r) => r.amountFen),
    p.date('开始日期', 'Starts', (r) => r.startDate, 12),
    p.date('结束日期', 'Ends', (r) => r.endDate, 12),
    p.enum('状态', 'Status', STATUS, (r) => r.status, 10),
    p.decimal('最近评价得分', 'Latest evaluation score', (r) => lastScore(r.evaluations)),
    p.date('签订时间', 'Signed at', (r) => r.signedAt),
  ],
  filters: FILTERS,
});
