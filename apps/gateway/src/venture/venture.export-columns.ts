import {
  CallsQuery,
  type CallView,
  ProposalsQuery,
  type ProposalView,
  ReviewersQuery,
  type ReviewerView,
  CALL_PHASE_LABELS_EN,
  CALL_PHASE_LABELS_ZH,
  PROPOSAL_STATUS_LABELS_EN,
  PROPOSAL_STATUS_LABELS_ZH,
} from '@civic/contracts';
import {
  AREA_TYPE_LABELS_EN,
  AREA_TYPE_LABELS_ZH,
  PRIORITY_GROUP_LABELS_EN,
  PRIORITY_GROUP_LABELS_ZH,
} from '@civic/domain/organizations';
import {
  columnsOf,
  exportQueryOf,
  filterById,
  labels,
  listExport,
  priorityReasons,
  sortFilter,
} from '../exports';

const AREA = labels(AREA_TYPE_LABELS_ZH, AREA_TYPE_LABELS_EN);
const GROUPS = labels(PRIORITY_GROUP_LABELS_ZH, PRIORITY_GROUP_LABELS_EN);
const c = columnsOf<CallView>();

/** Calls as Excel (R17; issue #18): budget and range in yuan, focus groups, deadline, phase. */
export const CALLS_EXPORT = listExport({
  file: 'venture-calls',
  title: { zh: '公益创投征集', en: 'Venture philanthropy calls' },
  query: CallsQuery,
  columns: [
    c.text('征集名称', 'Call', (r) => r.name, 32),
    c.integer('年度', 'Fiscal year', (r) => r.fiscalYear, 8),
    c.enum('阶段', 'Phase', labels(CALL_PHASE_LABELS_ZH, CALL_PHASE_LABELS_EN), (r) => r.phase, 12),
    c.yuan('预算（元）', 'Budget (yuan)', (r) => r.budgetFen),
    c.yuan('单项最低（元）', 'Least per project (yuan)', (r) => r.minFen),
    c.yuan('单项最高（元）', 'Most per project (yuan)', (r) => r.maxFen),
    c.decimal('农村预留（%）', 'Rural reserve (%)', (r) => r.ruralReservePercent),
    c.enum('重点服务对象', 'Focus groups', GROUPS, (r) => r.focusGroups, 30),
    c.date('截止时间', 'Deadline', (r) => r.deadline),
    c.integer('项目书', 'Proposals', (r) => r.proposals),
    c.integer('已提交', 'Submitted', (r) => r.submitted),
  ],
  filters: {},
});

export class CallsExportQuery extends exportQueryOf(CallsQuery) {}

const p = columnsOf<ProposalView>();

/**
 * Proposals as Excel (R13, R17; issue #18): officers export all, an organization its own (the
 * service scopes the pages), each with its priority bonus and reasons.
 */
export const PROPOSALS_EXPORT = listExport({
  file: 'venture-proposals',
  title: { zh: '公益创投项目书', en: 'Venture philanthropy proposals' },
  query: ProposalsQuery,
  columns: [
    p.text('项目名称', 'Title', (r) => r.title, 32),
    p.text('申请组织', 'Organization', (r) => r.organizationName, 28),
    p.text('征集', 'Call', (r) => r.callName, 28),
    p.enum('组织城乡', 'Organization urban/rural', AREA, (r) => r.organizationAreaType, 10),
    p.enum('项目地域', 'Project area', AREA, (r) => r.projectAreaType, 10),
    p.enum('服务对象', 'Groups served', GROUPS, (r) => r.servedGroups, 30),
    p.yuan('申请金额（元）', 'Requested (yuan)', (r) => r.requestedFen),
    p.decimal('优先加分（%）', 'Priority bonus (%)', (r) => r.priority.bonus),
    p.text('加分依据', 'Bonus reasons', (r) => priorityReasons(r.priority), 40),
    p.enum(
      '状态',
      'Status',
      labels(PROPOSAL_STATUS_LABELS_ZH, PROPOSAL_STATUS_LABELS_EN),
      (r) => r.status,
      10,
    ),
    p.date('提交时间', 'Submitted at', (r) => r.submittedAt),
  ],
  filters: {
    sort: sortFilter({
      createdAt: { zh: '创建时间', en: 'creation time' },
      title: { zh: '项目名称', en: 'title' },
      requestedFen: { zh: '申请金额', en: 'amount requested' },
      status: { zh: '状态', en: 'status' },
    }),
    callId: filterById<ProposalView>(
      '征集',
      'Call',
      (r) => r.callId,
      (r) => r.callName,
    ),
  },
});

export class ProposalsExportQuery extends exportQueryOf(ProposalsQuery) {}

const r = columnsOf<ReviewerView>();

/** The reviewer pool as Excel (R18; issue #18): name, fields, declared relations, drawn or not. */
export const REVIEWERS_EXPORT = listExport({
  file: 'venture-reviewers',
  title: { zh: '评审专家库', en: 'Reviewer pool' },
  query: ReviewersQuery,
  columns: [
    r.text('姓名', 'Name', (x) => x.name, 12),
    r.text('专业领域', 'Fields', (x) => x.fields.join('、'), 30),
    r.integer('申报关联关系', 'Declared relations', (x) => x.relations.length),
    r.boolean('参与抽取', 'Drawn for new calls', (x) => x.active, 12),
  ],
  filters: {},
});

export class ReviewersExportQuery extends exportQueryOf(ReviewersQuery) {}
