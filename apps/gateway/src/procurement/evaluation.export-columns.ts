import {
  BidsQuery,
  type BidView,
  PanelTasksQuery,
  type PanelTaskView,
  PurchaseObjectionsQuery,
  type PurchaseObjectionView,
  PurchaseResultsQuery,
  type PurchaseResultView,
  ReviewersQuery,
  type ReviewerView,
  BID_STATUS_LABELS_EN,
  BID_STATUS_LABELS_ZH,
  OBJECTION_STATUS_LABELS_EN,
  OBJECTION_STATUS_LABELS_ZH,
} from '@civic/contracts';
import { columnsOf, exportQueryOf, labels, listExport, regionName } from '../exports';
import { KIND } from './directory.export-columns';
import { METHOD, PROJECT_STATUS } from './projects.export-columns';

const b = columnsOf<BidView>();

/**
 * Bids as Excel (R25; issue #18): a project's bids for its buyer (sealed until the deadline, so
 * the export is refused 409 as the list is), or an undertaker's own bids.
 */
export const BIDS_EXPORT = listExport({
  file: 'bids',
  title: { zh: '投标', en: 'Bids' },
  query: BidsQuery,
  columns: [
    b.text('项目名称', 'Project', (r) => r.projectTitle, 30),
    b.enum('项目状态', 'Project status', PROJECT_STATUS, (r) => r.projectStatus, 12),
    b.text('投标人', 'Bidder', (r) => r.undertakerName, 28),
    b.enum('投标人类型', 'Bidder kind', KIND, (r) => r.undertakerKind, 16),
    b.yuan('报价（元）', 'Price (yuan)', (r) => r.priceFen),
    b.enum(
      '状态',
      'Status',
      labels(BID_STATUS_LABELS_ZH, BID_STATUS_LABELS_EN),
      (r) => r.status,
      12,
    ),
    b.decimal('综合得分', 'Total score', (r) => r.totalScore),
    b.integer('排名', 'Rank', (r) => r.rank, 6),
    b.date('投标时间', 'Submitted at', (r) => r.submittedAt),
  ],
  filters: {},
});

export const MY_BIDS_EXPORT = listExport({
  ...BIDS_EXPORT,
  file: 'my-bids',
  title: { zh: '我的投标', en: 'My bids' },
});

export class BidsExportQuery extends exportQueryOf(BidsQuery) {}

const e = columnsOf<ReviewerView>();

/** The expert pool of government purchase as Excel (R18; issue #18). */
export const EXPERTS_EXPORT = listExport({
  file: 'procurement-experts',
  title: { zh: '政府购买服务评审专家库', en: 'Purchase expert pool' },
  query: ReviewersQuery,
  columns: [
    e.text('姓名', 'Name', (r) => r.name, 12),
    e.text('专业领域', 'Fields', (r) => r.fields.join('、'), 30),
    e.integer('申报关联关系', 'Declared relations', (r) => r.relations.length),
    e.boolean('参与抽取', 'Drawn for new panels', (r) => r.active, 12),
  ],
  filters: {},
});

export class ExpertsExportQuery extends exportQueryOf(ReviewersQuery) {}

const t = columnsOf<PanelTaskView>();

/** A panel member's bids to score as Excel (R18, R25; issue #18), with their own total. */
export const PANEL_TASKS_EXPORT = listExport({
  file: 'panel-tasks',
  title: { zh: '我的评审任务（政府购买服务）', en: 'My bids to score' },
  query: PanelTasksQuery,
  columns: [
    t.text('项目名称', 'Project', (r) => r.projectTitle, 30),
    t.text('投标人', 'Bidder', (r) => r.undertakerName, 28),
    t.yuan('报价（元）', 'Price (yuan)', (r) => r.priceFen),
    t.boolean('已评分', 'Scored', (r) => r.scores !== null, 8),
    t.integer('评分合计', 'Total of my scores', (r) =>
      r.scores ? Object.values(r.scores).reduce((sum, score) => sum + score, 0) : undefined,
    ),
  ],
  filters: {},
});

export class PanelTasksExportQuery extends exportQueryOf(PanelTasksQuery) {}

const o = columnsOf<PurchaseObjectionView>();

/** A project's objections and their answers as Excel (R25; issue #18). */
export const OBJECTIONS_EXPORT = listExport({
  file: 'objections',
  title: { zh: '质疑与答复', en: 'Objections and answers' },
  query: PurchaseObjectionsQuery,
  columns: [
    o.text('质疑人', 'Raised by', (r) => r.undertakerName, 28),
    o.text('质疑内容', 'Objection', (r) => r.text, 40),
    o.enum(
      '状态',
      'Status',
      labels(OBJECTION_STATUS_LABELS_ZH, OBJECTION_STATUS_LABELS_EN),
      (r) => r.status,
      12,
    ),
    o.text('答复', 'Answer', (r) => r.answer, 40),
    o.date('提出时间', 'Raised at', (r) => r.raisedAt),
    o.date('答复时间', 'Answered at', (r) => r.answeredAt),
  ],
  filters: {},
});

export class ObjectionsExportQuery extends exportQueryOf(PurchaseObjectionsQuery) {}

const r = columnsOf<PurchaseResultView>();
const winner = (result: PurchaseResultView) => result.ranking.find((bid) => bid.awarded);

/** Published results (成交结果公告) as Excel, for anyone (R25; issue #18). */
export const RESULTS_EXPORT = listExport({
  file: 'results',
  title: { zh: '成交结果公告', en: 'Purchase results' },
  query: PurchaseResultsQuery,
  columns: [
    r.text('项目名称', 'Project', (x) => x.title, 30),
    r.text('地区', 'Region', (x) => regionName(x.regionCode), 12),
    r.integer('年度', 'Fiscal year', (x) => x.fiscalYear, 8),
    r.enum('采购方式', 'Method', METHOD, (x) => x.method, 14),
    r.enum('状态', 'Status', PROJECT_STATUS, (x) => x.status, 12),
    r.text('成交供应商', 'Awarded to', (x) => winner(x)?.undertakerName, 28),
    r.yuan('成交金额（元）', 'Price (yuan)', (x) => winner(x)?.priceFen),
    r.decimal('综合得分', 'Total score', (x) => winner(x)?.totalScore),
    r.integer('投标数', 'Bids ranked', (x) => x.ranking.length),
    r.date('公告时间', 'Published at', (x) => x.resultPublishedAt),
    r.date('质疑截止', 'Objections until', (x) => x.objectionDeadline),
    r.integer('质疑数', 'Objections', (x) => x.objections),
  ],
  filters: {},
});

export class ResultsExportQuery extends exportQueryOf(PurchaseResultsQuery) {}
