import type { PerformanceIndicator } from './contract-performance';
import { type ReportYear, reportContentCheck, reportStateCheck } from './contract-reports';

const INDICATORS: PerformanceIndicator[] = [
  { name: '服务数量', target: '每月上门探访不少于 2 次', weight: 60 },
  { name: '满意度', target: '服务对象满意度不低于 90%', weight: 40 },
];

const YEAR: ReportYear = {
  year: 1,
  startsOn: '2026-07-01',
  endsOn: '2027-06-30',
  renewed: true,
  finalEvaluated: false,
  finalReported: false,
};

describe('rule R25: a report while its contract year is in performance', () => {
  it('takes progress reports and a first final report of a year in performance', () => {
    expect(reportStateCheck({ status: 'IN_FORCE', kind: 'PROGRESS', year: YEAR })).toEqual({
      ok: true,
    });
    expect(reportStateCheck({ status: 'IN_FORCE', kind: 'FINAL', year: YEAR })).toEqual({
      ok: true,
    });
    const reported = { ...YEAR, finalReported: true };
    expect(reportStateCheck({ status: 'IN_FORCE', kind: 'PROGRESS', year: reported })).toEqual({
      ok: true,
    });
  });

  it('refuses a year not renewed, a year evaluated and a completed contract, naming the year', () => {
    expect(
      reportStateCheck({ status: 'IN_FORCE', kind: 'PROGRESS', year: { ...YEAR, renewed: false } }),
    ).toMatchObject({
      code: 'RULE_R25_YEAR_NOT_IN_PERFORMANCE',
      field: 'year',
      message: expect.stringContaining('not renewed'),
    });
    const evaluated = { ...YEAR, finalEvaluated: true };
    for (const status of ['IN_FORCE', 'COMPLETED'] as const) {
      expect(reportStateCheck({ status, kind: 'PROGRESS', year: evaluated })).toMatchObject({
        code: 'RULE_R25_YEAR_NOT_IN_PERFORMANCE',
        messageZh: expect.stringContaining('已完成结项评价'),
      });
    }
  });

  it('refuses a second final report of the year', () => {
    expect(
      reportStateCheck({
        status: 'IN_FORCE',
        kind: 'FINAL',
        year: { ...YEAR, finalReported: true },
      }),
    ).toMatchObject({ code: 'RULE_R25_FINAL_REPORT_SUBMITTED', field: 'kind' });
  });
});

describe('rule R25: what a report says', () => {
  const content = (over: Partial<Parameters<typeof reportContentCheck>[0]>) =>
    reportContentCheck({
      indicators: INDICATORS,
      year: YEAR,
      periodFrom: '2026-07-01',
      periodTo: '2026-09-30',
      figures: [{ indicator: ' 服务数量 ', achieved: '探访 320 人次' }],
      ...over,
    });

  it('takes a period within the year and figures about the contract’s indicators', () => {
    expect(content({})).toEqual({ ok: true });
    expect(content({ periodFrom: '2027-06-30', periodTo: '2027-06-30', figures: [] })).toEqual({
      ok: true,
    });
  });

  it('refuses a period outside the year, backwards, or not a real date, naming the field', () => {
    expect(content({ periodFrom: '2026-06-30' })).toMatchObject({
      code: 'RULE_R25_REPORT_PERIOD',
      field: 'periodFrom',
    });
    expect(content({ periodTo: '2027-07-01' })).toMatchObject({ field: 'periodTo' });
    expect(content({ periodTo: '2026-02-30' })).toMatchObject({ field: 'periodTo' });
    expect(content({ periodFrom: '2026-10-01' })).toMatchObject({
      code: 'RULE_R25_REPORT_PERIOD',
      field: 'periodTo',
      message: expect.stringContaining('2026-10-01 to 2026-09-30'),
    });
  });

  it('refuses an indicator the contract does not hold, or one twice, naming it', () => {
    expect(
      content({
        figures: [
          { indicator: '满意度', achieved: '92%' },
          { indicator: '服务时长', achieved: '600 小时' },
        ],
      }),
    ).toMatchObject({
      code: 'RULE_R25_REPORT_INDICATOR',
      field: 'figures.1.indicator',
      message: expect.stringContaining('服务时长'),
      messageZh: expect.stringContaining('“服务时长”不是合同约定的绩效指标'),
    });
    expect(
      content({
        figures: [
          { indicator: '满意度', achieved: '92%' },
          { indicator: '满意度 ', achieved: '93%' },
        ],
      }),
    ).toMatchObject({ field: 'figures.1.indicator', message: expect.stringContaining('twice') });
  });
});
