import {
  ApplicationsQuery,
  type ApplicationView,
  ProgrammesQuery,
  type SubsidyProgrammeView,
  APPLICATION_STATUS_LABELS_EN,
  APPLICATION_STATUS_LABELS_ZH,
  LOTTERY_PURPOSE_LABELS_EN,
  LOTTERY_PURPOSE_LABELS_ZH,
} from '@civic/contracts';
import { AREA_TYPE_LABELS_EN, AREA_TYPE_LABELS_ZH } from '@civic/domain/organizations';
import {
  columnsOf,
  exportQueryOf,
  filter,
  filterById,
  labels,
  listExport,
  priorityReasons,
  reasonWords,
} from '../exports';

export const PURPOSE = labels(LOTTERY_PURPOSE_LABELS_ZH, LOTTERY_PURPOSE_LABELS_EN);
const STATUS = labels(APPLICATION_STATUS_LABELS_ZH, APPLICATION_STATUS_LABELS_EN);
const AREA = labels(AREA_TYPE_LABELS_ZH, AREA_TYPE_LABELS_EN);
const year = () => filter('年度', 'Fiscal year');

const p = columnsOf<SubsidyProgrammeView>();

/** Subsidy programmes as Excel (R20; issue #18): budget, reserve and what was asked. */
export const PROGRAMMES_EXPORT = listExport({
  file: 'lottery-programmes',
  title: { zh: '彩票公益金资助计划', en: 'Lottery fund programmes' },
  query: ProgrammesQuery,
  columns: [
    p.text('计划名称', 'Programme', (r) => r.name, 32),
    p.integer('年度', 'Fiscal year', (r) => r.fiscalYear, 8),
    p.enum('资助方向', 'Purpose', PURPOSE, (r) => r.purpose, 12),
    p.yuan('预算（元）', 'Budget (yuan)', (r) => r.budgetFen),
    p.decimal('农村预留比例（%）', 'Rural reserve (%)', (r) => r.ruralReservePercent, 12),
    p.integer('申请数', 'Applications', (r) => r.applicationCount),
    p.yuan('申请金额（元）', 'Requested (yuan)', (r) => r.requestedFen),
    p.date('创建时间', 'Created at', (r) => r.createdAt),
  ],
  filters: { fiscalYear: year() },
});

export class ProgrammesExportQuery extends exportQueryOf(ProgrammesQuery) {}

const a = columnsOf<ApplicationView>();

/**
 * Applications as Excel (R13, R21; issue #18): the review queue for officers, an applicant's own
 * applications for an applicant (the service scopes the pages it answers).
 */
export const APPLICATIONS_EXPORT = listExport({
  file: 'lottery-applications',
  title: { zh: '彩票公益金资助申请', en: 'Lottery fund applications' },
  query: ApplicationsQuery,
  columns: [
    a.text('项目名称', 'Project', (r) => r.projectName, 30),
    a.text('申请组织', 'Organization', (r) => r.organizationName, 28),
    a.text('资助计划', 'Programme', (r) => r.programmeName, 28),
    a.integer('年度', 'Fiscal year', (r) => r.fiscalYear, 8),
    a.enum('资助方向', 'Purpose', PURPOSE, (r) => r.purpose, 10),
    a.enum('项目地域', 'Project area', AREA, (r) => r.projectAreaType, 10),
    a.yuan('申请金额（元）', 'Requested (yuan)', (r) => r.requestedFen),
    a.integer('受益人数', 'Beneficiaries', (r) => r.beneficiaryTotal),
    a.decimal('优先加分（%）', 'Priority bonus (%)', (r) => r.priority.bonus),
    a.text('加分依据', 'Bonus reasons', (r) => priorityReasons(r.priority), 40),
    a.integer('评审得分', 'Merit', (r) => r.merit),
    a.enum('状态', 'Status', STATUS, (r) => r.status, 14),
    a.text('状态说明', 'Status reason', (r) => reasonWords(r.statusReason), 30),
    a.text('联系人', 'Contact', (r) => r.contactName, 10),
    a.date('提交时间', 'Submitted at', (r) => r.submittedAt),
    a.date('到账时间', 'Paid at', (r) => r.payment?.paidAt),
  ],
  filters: {
    programmeId: filterById<ApplicationView>(
      '资助计划',
      'Programme',
      (r) => r.programmeId,
      (r) => r.programmeName,
    ),
  },
});

export class ApplicationsExportQuery extends exportQueryOf(ApplicationsQuery) {}
