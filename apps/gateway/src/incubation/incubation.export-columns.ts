import {
  AdmissionsQuery,
  type AdmissionView,
  BasesQuery,
  type BaseView,
  CohortsQuery,
  type CohortView,
  ADMISSION_STATUS_LABELS_EN,
  ADMISSION_STATUS_LABELS_ZH,
  APPLICANT_KIND_LABELS_EN,
  APPLICANT_KIND_LABELS_ZH,
  BASE_LEVEL_LABELS_EN,
  BASE_LEVEL_LABELS_ZH,
  COHORT_PHASE_LABELS_EN,
  COHORT_PHASE_LABELS_ZH,
  SEAT_SOURCE_LABELS_EN,
  SEAT_SOURCE_LABELS_ZH,
} from '@civic/contracts';
import {
  AREA_TYPE_LABELS_EN,
  AREA_TYPE_LABELS_ZH,
  CATEGORY_LABELS_EN,
  CATEGORY_LABELS_ZH,
} from '@civic/domain/organizations';
import {
  columnsOf,
  exportQueryOf,
  filterById,
  labels,
  listExport,
  priorityReasons,
  regionFilter,
  regionName,
  sortFilter,
} from '../exports';

const b = columnsOf<BaseView>();

/** Incubation bases as Excel (R15; issue #18): level, area, contact and venues. */
export const BASES_EXPORT = listExport({
  file: 'incubation-bases',
  title: { zh: '孵化基地', en: 'Incubation bases' },
  query: BasesQuery,
  columns: [
    b.text('基地名称', 'Base', (r) => r.name, 32),
    b.enum('级别', 'Level', labels(BASE_LEVEL_LABELS_ZH, BASE_LEVEL_LABELS_EN), (r) => r.level),
    b.text('所在区县', 'County', (r) => regionName(r.countyCode), 12),
    b.text('地址', 'Address', (r) => r.address, 32),
    b.text('联系人', 'Contact', (r) => r.contactName, 10),
    b.integer('场地数', 'Venues', (r) => r.venues.length),
    b.decimal('场地面积（平方米）', 'Floor area (m²)', (r) =>
      r.venues.reduce((sum, v) => sum + v.areaM2, 0),
    ),
    b.integer('可容纳组织数', 'Capacity', (r) => r.venues.reduce((sum, v) => sum + v.capacity, 0)),
    b.integer('在驻组织数', 'Occupants', (r) => r.venues.reduce((sum, v) => sum + v.occupants, 0)),
  ],
  filters: { countyCode: regionFilter('区县', 'County') },
});

export class BasesExportQuery extends exportQueryOf(BasesQuery) {}

const h = columnsOf<CohortView>();
const PHASE = labels(COHORT_PHASE_LABELS_ZH, COHORT_PHASE_LABELS_EN);

/** Cohorts as Excel (R16; issue #18): window, term, seats, support and counts. */
export const COHORTS_EXPORT = listExport({
  file: 'incubation-cohorts',
  title: { zh: '孵化批次', en: 'Incubation cohorts' },
  query: CohortsQuery,
  columns: [
    h.text('批次名称', 'Cohort', (r) => r.name, 28),
    h.text('孵化基地', 'Base', (r) => r.baseName, 28),
    h.enum('阶段', 'Phase', PHASE, (r) => r.phase, 12),
    h.date('申请开始', 'Window opens', (r) => r.windowOpensOn, 12),
    h.date('申请截止', 'Window closes', (r) => r.windowClosesOn, 12),
    h.date('孵化开始', 'Starts', (r) => r.startsOn, 12),
    h.date('孵化结束', 'Ends', (r) => r.endsOn, 12),
    h.integer('孵化期（月）', 'Term (months)', (r) => r.termMonths),
    h.integer('名额', 'Seats', (r) => r.capacity),
    h.decimal('农村预留（%）', 'Rural reserve (%)', (r) => r.ruralReservePercent),
    h.yuan('启动资金（元/家）', 'Start-up subsidy (yuan each)', (r) => r.support.startupSubsidyFen),
    h.integer('申请数', 'Applications', (r) => r.counts.applications),
    h.integer('入驻', 'Admitted', (r) => r.counts.admitted),
    h.integer('候补', 'Waitlisted', (r) => r.counts.waitlisted),
    h.integer('未通过', 'Not admitted', (r) => r.counts.rejected),
    h.yuan('实物支持折价（元）', 'In-kind support (yuan)', (r) => r.counts.inKindFen),
  ],
  filters: {
    baseId: filterById<CohortView>(
      '孵化基地',
      'Base',
      (r) => r.baseId,
      (r) => r.baseName,
    ),
  },
});

export class CohortsExportQuery extends exportQueryOf(CohortsQuery) {}

const a = columnsOf<AdmissionView>();
const STATUS = labels(ADMISSION_STATUS_LABELS_ZH, ADMISSION_STATUS_LABELS_EN);

/**
 * Admission applications as Excel (R13–R16; issue #18): staff and officers see those in scope,
 * an applicant its own; each with its priority bonus and reasons, merit and outcome.
 */
export const ADMISSIONS_EXPORT = listExport({
  file: 'incubation-admissions',
  title: { zh: '入驻申请', en: 'Admission applications' },
  query: AdmissionsQuery,
  columns: [
    a.text('申请方', 'Applicant', (r) => r.name, 28),
    a.enum(
      '类型',
      'Kind',
      labels(APPLICANT_KIND_LABELS_ZH, APPLICANT_KIND_LABELS_EN),
      (r) => r.kind,
    ),
    a.text('孵化批次', 'Cohort', (r) => r.cohortName, 24),
    a.enum(
      '类别',
      'Category',
      labels(CATEGORY_LABELS_ZH, CATEGORY_LABELS_EN),
      (r) => r.category,
      16,
    ),
    a.enum(
      '城乡',
      'Urban/rural',
      labels(AREA_TYPE_LABELS_ZH, AREA_TYPE_LABELS_EN),
      (r) => r.areaType,
      8,
    ),
    a.text('区县', 'County', (r) => regionName(r.countyCode), 12),
    a.text('街道（乡镇）', 'Street/township', (r) => regionName(r.streetCode), 14),
    a.decimal('优先加分（%）', 'Priority bonus (%)', (r) => r.priority.bonus),
    a.text('加分依据', 'Bonus reasons', (r) => priorityReasons(r.priority), 40),
    a.boolean('符合条件', 'Eligible', (r) => r.screening.eligible),
    a.integer('评审得分', 'Merit', (r) => r.merit),
    a.enum('状态', 'Status', STATUS, (r) => r.status, 10),
    a.integer('排名', 'Rank', (r) => r.decision?.rank),
    a.enum(
      '名额来源',
      'Seat',
      labels(SEAT_SOURCE_LABELS_ZH, SEAT_SOURCE_LABELS_EN),
      (r) => r.decision?.seatSource,
    ),
    a.text(
      '结果说明',
      'Outcome',
      (r) => r.decision && { zh: r.decision.messageZh, en: r.decision.message },
      36,
    ),
    a.date('提交时间', 'Submitted at', (r) => r.submittedAt),
  ],
  filters: {
    sort: sortFilter({
      priorityBonus: { zh: '优先加分', en: 'priority bonus' },
      submittedAt: { zh: '提交时间', en: 'submission time' },
      name: { zh: '名称', en: 'name' },
    }),
    cohortId: filterById<AdmissionView>(
      '孵化批次',
      'Cohort',
      (r) => r.cohortId,
      (r) => r.cohortName,
    ),
  },
});

export class AdmissionsExportQuery extends exportQueryOf(AdmissionsQuery) {}
