import {
  IncubateesQuery,
  type IncubateeView,
  TrainingsQuery,
  type TrainingView,
  INCUBATEE_STATUS_LABELS_EN,
  INCUBATEE_STATUS_LABELS_ZH,
  SUBSIDY_STATUS_LABELS_EN,
  SUBSIDY_STATUS_LABELS_ZH,
} from '@civic/contracts';
import {
  columnsOf,
  exportQueryOf,
  filterById,
  labels,
  listExport,
  reasonWords,
  sortFilter,
} from '../exports';

const c = columnsOf<IncubateeView>();

/**
 * Incubation records as Excel (R4, R11, R16, R27; issue #18): venue, in-kind support, training,
 * activities, the start-up subsidy and its payment, graduation or exit. An applicant exports its
 * own records only (the service scopes the pages).
 */
export const INCUBATEES_EXPORT = listExport({
  file: 'incubatees',
  title: { zh: '在孵组织', en: 'Incubation records' },
  query: IncubateesQuery,
  columns: [
    c.text('组织（团队）', 'Organization (group)', (r) => r.name, 28),
    c.text('孵化批次', 'Cohort', (r) => r.cohortName, 24),
    c.enum(
      '状态',
      'Status',
      labels(INCUBATEE_STATUS_LABELS_ZH, INCUBATEE_STATUS_LABELS_EN),
      (r) => r.status,
      10,
    ),
    c.date('入驻时间', 'Admitted at', (r) => r.admittedAt),
    c.text('场地', 'Venue', (r) => r.venue?.venueName, 18),
    c.yuan('实物支持折价（元）', 'In-kind support (yuan)', (r) => r.inKindFen),
    c.integer('参加培训次数', 'Training sessions', (r) => r.trainingSessionsAttended),
    c.integer('开展活动次数', 'Activities', (r) => r.activitiesHeld),
    c.yuan('启动资金（元）', 'Start-up subsidy (yuan)', (r) => r.subsidy?.amountFen),
    c.enum(
      '启动资金状态',
      'Subsidy status',
      labels(SUBSIDY_STATUS_LABELS_ZH, SUBSIDY_STATUS_LABELS_EN),
      (r) => r.subsidy?.status,
      14,
    ),
    c.text('启动资金说明', 'Subsidy note', (r) => reasonWords(r.subsidy?.statusReason), 30),
    c.date('启动资金到账', 'Subsidy paid at', (r) => r.subsidy?.payment?.paidAt),
    c.date('退出日期', 'Left on', (r) => r.exitedOn, 12),
    c.text('退出原因', 'Why it left', (r) => r.exitReason, 30),
  ],
  filters: {
    cohortId: filterById<IncubateeView>(
      '孵化批次',
      'Cohort',
      (r) => r.cohortId,
      (r) => r.cohortName,
    ),
    sort: sortFilter({ name: { zh: '名称', en: 'name' }, status: { zh: '状态', en: 'status' } }),
  },
});

export class IncubateesExportQuery extends exportQueryOf(IncubateesQuery) {}

const t = columnsOf<TrainingView>();

/** A cohort's training sessions as Excel (R11; issue #18): when, who taught, who attended. */
export const TRAININGS_EXPORT = listExport({
  file: 'trainings',
  title: { zh: '培训记录', en: 'Training sessions' },
  query: TrainingsQuery,
  columns: [
    t.text('培训主题', 'Title', (r) => r.title, 30),
    t.date('日期', 'Held on', (r) => r.heldOn, 12),
    t.decimal('学时', 'Hours', (r) => r.hours),
    t.text('授课人', 'Trainer', (r) => r.trainer, 14),
    t.integer('参加组织数', 'Attended', (r) => r.attendees.length),
  ],
  filters: {},
});

export class TrainingsExportQuery extends exportQueryOf(TrainingsQuery) {}
