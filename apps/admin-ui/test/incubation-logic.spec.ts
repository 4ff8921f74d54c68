import {
  BASE_LEVEL_LABELS_EN,
  BASE_LEVEL_LABELS_ZH,
  DEFAULT_INCUBATION_POLICY,
  GRADUATION_CRITERION_KINDS,
} from '@civic/domain/incubation';
import dayjs from 'dayjs';
import type { AdmissionRankingRowView, AdmissionView, IncubateeView } from '../src/api/types';
import { namePathOf } from '../src/common/form-violations';
import en from '../src/i18n/en.json';
import zhCN from '../src/i18n/zh-CN.json';
import {
  foundingGroupAdmission,
  organizationAdmission,
} from '../src/incubation/admissions/admission-values';
import { isUnassessed, outcomeOf, rankingRows } from '../src/incubation/admissions/ranking-rows';
import {
  COHORT_MAPPING,
  type CohortFormValues,
  initialCohortValues,
  toCohortDto,
} from '../src/incubation/cohorts/cohort-form-values';
import { criterionDto, manualLabels, unmetCriteria } from '../src/incubation/criteria';
import { toVenueDto, trimmed, VENUE_MAPPING } from '../src/incubation/form-values';
import { recordOf, subsidyOnItsWay } from '../src/incubation/records';

// Pure parts of the incubation pages, run in the `browser` Jest project (the others skip admin-ui).

describe('a new cohort (R14, R16)', () => {
  const values: CohortFormValues = {
    baseId: 'b-1',
    name: ' 2026 年第二期孵化 ',
    capacity: 10,
    windowOpensOn: dayjs('2026-09-01'),
    windowClosesOn: dayjs('2026-09-30'),
    startsOn: dayjs('2026-10-15'),
    termMonths: 12,
    ruralReservePercent: 30,
    support: {
      spaceM2: 15,
      monthlyFeeYuan: '500',
      feeWaivedPercent: 100,
      startupSubsidyYuan: '20000.5',
      trainingSessions: 6,
    },
    graduationCriteria: [
      { kind: 'MIN_MONTHS', months: 6, label: 'left over from another kind' },
      { kind: 'REGISTERED_OR_FILED', sessions: 3 },
      { kind: 'MANUAL', label: ' 建立财务管理制度 ' },
    ],
    eligibleCategories: [],
  };

  it('sends dates as YYYY-MM-DD, amounts typed in yuan as fen (R26), each criterion with only its field', () => {
    expect(toCohortDto(values)).toEqual({
      baseId: 'b-1',
      name: '2026 年第二期孵化',
      capacity: 10,
      windowOpensOn: '2026-09-01',
      windowClosesOn: '2026-09-30',
      startsOn: '2026-10-15',
      termMonths: 12,
      ruralReservePercent: 30,
      support: {
        spaceM2: 15,
        monthlyFeeFen: 50_000,
        feeWaivedPercent: 100,
        startupSubsidyFen: 2_000_050,
        trainingSessions: 6,
      },
      graduationCriteria: [
        { kind: 'MIN_MONTHS', months: 6 },
        { kind: 'REGISTERED_OR_FILED' },
        { kind: 'MANUAL', label: '建立财务管理制度' },
      ],
    });
    expect(
      toCohortDto({ ...values, eligibleCategories: ['MUTUAL_AID'] }).eligibleCategories,
    ).toEqual(['MUTUAL_AID']);
  });

  it('starts from the policy in force: term, rural reserve, a window from today', () => {
    const initial = initialCohortValues('b-1', dayjs('2026-03-02'));
    expect(initial).toMatchObject({
      baseId: 'b-1',
      termMonths: DEFAULT_INCUBATION_POLICY.defaultTermMonths,
      ruralReservePercent: DEFAULT_INCUBATION_POLICY.ruralReservePercent,
      graduationCriteria: [{ kind: 'MIN_MONTHS', months: 12 }],
    });
    expect(initial.windowClosesOn?.format('YYYY-MM-DD')).toBe('2026-04-01');
    expect(initial.startsOn?.format('YYYY-MM-DD')).toBe('2026-04-16');
  });

  it('puts an amount violation on the yuan field, and a category one on the select', () => {
    expect(namePathOf('support.monthlyFeeFen', COHORT_MAPPING)).toEqual([
      'support',
      'monthlyFeeYuan',
    ]);
    expect(namePathOf('graduationCriteria.2.label', COHORT_MAPPING)).toEqual([
      'graduationCriteria',
      2,
      'label',
    ]);
    expect(namePathOf('eligibleCategories.0', COHORT_MAPPING)).toEqual(['eligibleCategories']);
  });
});

describe('graduation criteria (R16)', () => {
  const criteria = [
    { kind: 'MIN_MONTHS' as const, months: 6 },
    { kind: 'MANUAL' as const, label: '建立财务管理制度' },
    { kind: 'MANUAL' as const, label: '完成年度工作总结' },
  ];

  it('keeps the field of its kind only', () => {
    expect(criterionDto({ kind: 'MIN_ACTIVITIES', activities: 2, months: 1 })).toEqual({
      kind: 'MIN_ACTIVITIES',
      activities: 2,
    });
  });

  it('lists what staff confirm by hand', () => {
    expect(manualLabels(criteria)).toEqual(['建立财务管理制度', '完成年度工作总结']);
  });

  it('reads each unmet criterion of a refusal by its index', () => {
    const unmet = unmetCriteria([
      { field: 'graduationCriteria.0', rule: 'R16', message: '孵化未满 6 个月' },
      { field: 'graduationCriteria.2', rule: 'R16', message: '待确认：完成年度工作总结' },
      { field: 'note', rule: 'maxLength', message: 'x' },
    ]);
    expect([...unmet]).toEqual([
      [0, '孵化未满 6 个月'],
      [2, '待确认：完成年度工作总结'],
    ]);
  });
});

describe('venues and texts', () => {
  it('sends the rent in fen (R26) and texts trimmed', () => {
    expect(
      toVenueDto({
        name: ' 共享办公区 ',
        areaM2: 60,
        capacity: 2,
        shared: true,
        monthlyRateYuanPerM2: '30',
      }),
    ).toEqual({
      name: '共享办公区',
      areaM2: 60,
      capacity: 2,
      shared: true,
      monthlyRateFenPerM2: 3000,
    });
    expect(namePathOf('monthlyRateFenPerM2', VENUE_MAPPING)).toEqual(['monthlyRateYuanPerM2']);
    expect(trimmed({ a: ' x ', b: 1 })).toEqual({ a: 'x', b: 1 });
  });
});

describe('admission applications', () => {
  const plan = {
    servedGroups: ['CHILDREN' as const],
    plan: ' 课后托管 ',
    contactName: '陈静 ',
    contactPhone: ' 13800000000',
  };

  it('applies for the organization one acts for with its plan only', () => {
    expect(organizationAdmission('c-1', plan)).toEqual({
      cohortId: 'c-1',
      kind: 'ORGANIZATION',
      servedGroups: ['CHILDREN'],
      plan: '课后托管',
      contactName: '陈静',
      contactPhone: '13800000000',
    });
  });

  it('enters a founding group with its facts, without the county or an empty background', () => {
    const dto = foundingGroupAdmission('c-1', {
      ...plan,
      groupName: ' 青山社区儿童托管互助小组 ',
      founders: 5,
      category: 'MUTUAL_AID',
      areaType: 'URBAN',
      countyCode: '450103',
      streetCode: '450103001',
    });
    expect(dto).toMatchObject({
      kind: 'FOUNDING_GROUP',
      groupName: '青山社区儿童托管互助小组',
      founders: 5,
      streetCode: '450103001',
      plan: '课后托管',
    });
    expect(dto).not.toHaveProperty('countyCode');
    expect(dto).not.toHaveProperty('founderBackground');
    expect(dto).not.toHaveProperty('answers');
  });

  it("issue #17: sends the answers to the cohort's added questions, blank ones left out", () => {
    const dto = organizationAdmission('c-1', {
      ...plan,
      answers: { volunteers: 12, selfFunds: 500_050, note: '  ', partners: [], venue: undefined },
    });
    expect(dto.answers).toEqual({ volunteers: 12, selfFunds: 500_050 });
    expect(organizationAdmission('c-1', { ...plan, answers: { note: '' } })).not.toHaveProperty(
      'answers',
    );
  });
});

describe('the ranked list (R13, R14, R16)', () => {
  const row = (id: string, extra: Partial<AdmissionRankingRowView> = {}) =>
    ({
      id,
      status: 'SUBMITTED',
      screening: { eligible: true, reasons: [] },
      ...extra,
    }) as AdmissionRankingRowView;
  const preview = (rank?: number) => ({
    outcome: rank ? ('ADMITTED' as const) : ('REJECTED' as const),
    ...(rank ? { rank } : {}),
    message: 'm',
    messageZh: '录取',
  });

  it('shows the decision once made, else the preview', () => {
    const decided = row('a', {
      status: 'WAITLISTED',
      decision: {
        outcome: 'WAITLISTED',
        rank: 3,
        waitlistPosition: 1,
        message: 'w',
        messageZh: '候补',
        decidedAt: '2026-10-01T00:00:00Z',
      },
      preview: preview(1),
    });
    expect(outcomeOf(decided)).toEqual({
      outcome: 'WAITLISTED',
      rank: 3,
      waitlistPosition: 1,
      message: 'w',
      messageZh: '候补',
      decided: true,
    });
    expect(outcomeOf(row('b', { merit: 70, preview: preview(2) }))).toMatchObject({
      rank: 2,
      decided: false,
    });
    expect(outcomeOf(row('c'))).toBeUndefined();
  });

  it('lists the ranked in rank order, then those to score, then the rest', () => {
    const rows = [
      row('ineligible', { screening: { eligible: false, reasons: [] } }),
      row('second', { merit: 70, preview: preview(2) }),
      row('toScore'),
      row('first', { merit: 90, preview: preview(1) }),
      row('below', { merit: 40, preview: preview() }),
    ];
    expect(rankingRows(rows).map((r) => r.id)).toEqual([
      'first',
      'second',
      'toScore',
      'ineligible',
      'below',
    ]);
    expect(rows.filter(isUnassessed).map((r) => r.id)).toEqual(['toScore']);
  });
});

describe('incubation records (R15, R16)', () => {
  const record = (cohortId: string, status?: string) =>
    ({
      cohortId,
      organizationId: 'o-1',
      ...(status ? { subsidy: { status, amountFen: 1 } } : {}),
    }) as IncubateeView;

  it('finds the record an application became', () => {
    const admission = { cohortId: 'c-2', organizationId: 'o-1' } as AdmissionView;
    const records = [record('c-1'), record('c-2')];
    expect(recordOf(admission, records)).toBe(records[1]);
    expect(recordOf({ ...admission, cohortId: 'c-3' }, records)).toBeUndefined();
  });

  it('follows a subsidy until finance has answered', () => {
    expect(subsidyOnItsWay([record('c-1', 'PAID'), record('c-2', 'COMMITTED')])).toBe(true);
    expect(subsidyOnItsWay([record('c-1', 'PAID'), record('c-2')])).toBe(false);
  });
});

describe('incubation labels', () => {
  it("use the domain's labels for base levels", () => {
    expect(zhCN.enums.baseLevel).toEqual(BASE_LEVEL_LABELS_ZH);
    expect(en.enums.baseLevel).toEqual(BASE_LEVEL_LABELS_EN);
  });

  it('label and describe every graduation criterion kind in both languages', () => {
    for (const messages of [zhCN, en]) {
      expect(Object.keys(messages.enums.criterionKind).sort()).toEqual(
        [...GRADUATION_CRITERION_KINDS].sort(),
      );
      expect(Object.keys(messages.incubation.criterion).sort()).toEqual(
        [...GRADUATION_CRITERION_KINDS].sort(),
      );
    }
  });
});
