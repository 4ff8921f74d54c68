import {
  AwardsQuery,
  type AwardView,
  ReviewTasksQuery,
  type ReviewTaskView,
  type TrancheView,
  AWARD_POOL_LABELS_EN,
  AWARD_POOL_LABELS_ZH,
  AWARD_STATUS_LABELS_EN,
  AWARD_STATUS_LABELS_ZH,
  MILESTONE_STATE_LABELS_EN,
  MILESTONE_STATE_LABELS_ZH,
  TRANCHE_LABELS_EN,
  TRANCHE_LABELS_ZH,
  TRANCHE_PAYMENT_LABELS_EN,
  TRANCHE_PAYMENT_LABELS_ZH,
} from '@civic/contracts';
import {
  AREA_TYPE_LABELS_EN,
  AREA_TYPE_LABELS_ZH,
  PRIORITY_GROUP_LABELS_EN,
  PRIORITY_GROUP_LABELS_ZH,
} from '@civic/domain/organizations';
import { columnsOf, exportQueryOf, filter, labels, listExport, reasonWords } from '../exports';

const POOL = labels(AWARD_POOL_LABELS_ZH, AWARD_POOL_LABELS_EN);
const STATUS = labels(AWARD_STATUS_LABELS_ZH, AWARD_STATUS_LABELS_EN);
const a = columnsOf<AwardView>();
const paid = (award: AwardView) =>
  award.tranches.filter((t) => t.payment === 'PAID').reduce((sum, t) => sum + t.amountFen, 0);

/**
 * Awards as Excel (R14, R19, R27; issue #18): officers export all (or a call's), an organization
 * its own; each with its amount, pool, status, what its tranches paid so far and what was
 * released or clawed back.
 */
export const AWARDS_EXPORT = listExport({
  file: 'venture-awards',
  title: { zh: '公益创投资助', en: 'Venture philanthropy awards' },
  query: AwardsQuery,
  columns: [
    a.integer('排名', 'Rank', (r) => r.rank, 6),
    a.text('项目名称', 'Title', (r) => r.title, 32),
    a.text('受资助组织', 'Organization', (r) => r.organizationName, 28),
    a.yuan('资助金额（元）', 'Award (yuan)', (r) => r.amountFen),
    a.enum('额度来源', 'Pool', POOL, (r) => r.source, 12),
    a.enum('状态', 'Status', STATUS, (r) => r.status, 20),
    a.text('状态说明', 'Status reason', (r) => reasonWords(r.statusReason), 30),
    a.integer('分期数', 'Tranches', (r) => r.tranches.length),
    a.yuan('已拨付（元）', 'Paid (yuan)', paid),
    a.yuan('已释放（元）', 'Released (yuan)', (r) => r.releasedFen),
    a.yuan('已追回（元）', 'Clawed back (yuan)', (r) =>
      r.clawbacks.reduce((sum, k) => sum + (k.recoveredFen ?? 0), 0),
    ),
    a.text('评审意见', 'Comment', (r) => r.comment, 30),
    a.date('决定时间', 'Decided at', (r) => r.decidedAt),
  ],
  filters: { callId: filter('征集编号', 'Call id') },
});

export class AwardsExportQuery extends exportQueryOf(AwardsQuery) {}

type TrancheRow = { award: AwardView; tranche: TrancheView };
const t = columnsOf<TrancheRow>();

/** Awards' tranches as Excel, one row a tranche (R19; issue #18): milestone, payment, amount. */
export const TRANCHES_EXPORT = listExport({
  file: 'venture-tranches',
  title: { zh: '公益创投分期拨付', en: 'Venture award tranches' },
  query: AwardsQuery,
  expand: (award: AwardView): TrancheRow[] => award.tranches.map((tranche) => ({ award, tranche })),
  columns: [
    t.text('项目名称', 'Title', (r) => r.award.title, 32),
    t.text('受资助组织', 'Organization', (r) => r.award.organizationName, 28),
    t.integer('期次', 'Tranche', (r) => r.tranche.position, 6),
    t.enum('节点', 'Stage', labels(TRANCHE_LABELS_ZH, TRANCHE_LABELS_EN), (r) => r.tranche.key, 14),
    t.decimal('比例（%）', 'Share (%)', (r) => r.tranche.percent),
    t.yuan('金额（元）', 'Amount (yuan)', (r) => r.tranche.amountFen),
    t.enum(
      '里程碑',
      'Milestone',
      labels(MILESTONE_STATE_LABELS_ZH, MILESTONE_STATE_LABELS_EN),
      (r) => r.tranche.milestone,
      12,
    ),
    t.enum(
      '拨付',
      'Payment',
      labels(TRANCHE_PAYMENT_LABELS_ZH, TRANCHE_PAYMENT_LABELS_EN),
      (r) => r.tranche.payment,
      12,
    ),
    t.text('暂缓原因', 'Held because', (r) => reasonWords(r.tranche.heldBecause), 30),
    t.text('银行流水号', 'Bank reference', (r) => r.tranche.bankReference, 22),
    t.date('到账时间', 'Paid at', (r) => r.tranche.paidAt),
  ],
  filters: { callId: filter('征集编号', 'Call id') },
});

const v = columnsOf<ReviewTaskView>();
const AREA = labels(AREA_TYPE_LABELS_ZH, AREA_TYPE_LABELS_EN);

/**
 * A reviewer's own assignments as Excel, blind to the applicant (R17, R18; issue #18): the
 * proposal without its organization, and the reviewer's own scores and comment.
 */
export const REVIEWS_EXPORT = listExport({
  file: 'venture-reviews',
  title: { zh: '我的评审任务', en: 'My reviews' },
  query: ReviewTasksQuery,
  columns: [
    v.text('征集', 'Call', (r) => r.proposal.callName, 28),
    v.text('项目名称', 'Title', (r) => r.proposal.title, 32),
    v.enum('项目地域', 'Project area', AREA, (r) => r.proposal.projectAreaType, 10),
    v.enum(
      '服务对象',
      'Groups served',
      labels(PRIORITY_GROUP_LABELS_ZH, PRIORITY_GROUP_LABELS_EN),
      (r) => r.proposal.servedGroups,
      30,
    ),
    v.yuan('申请金额（元）', 'Requested (yuan)', (r) => r.proposal.requestedFen),
    v.integer('总分', 'Total score', (r) =>
      r.scores ? Object.values(r.scores).reduce((sum, score) => sum + score, 0) : undefined,
    ),
    v.text('评审意见', 'Comment', (r) => r.comment, 30),
    v.date('评分时间', 'Scored at', (r) => r.scoredAt),
  ],
  filters: {},
});

export class ReviewTasksExportQuery extends exportQueryOf(ReviewTasksQuery) {}
