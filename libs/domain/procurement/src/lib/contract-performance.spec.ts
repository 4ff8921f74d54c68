import {
  checkEvaluationScores,
  checkIndicators,
  contractStatus,
  finalEvaluationCheck,
  instalmentRelease,
  monitoringDecision,
  monitoringTarget,
  type PerformanceIndicator,
  type YearInstalment,
  yearPaysNoMore,
} from './contract-performance';
import { POLICY } from './purchase-policy.fixture';

const INDICATORS: PerformanceIndicator[] = [
  { name: '服务数量', target: '每月上门探访不少于 2 次', weight: 40 },
  { name: '服务质量', target: '服务记录完整', weight: 30 },
  { name: '满意度', target: '服务对象满意度不低于 90%', weight: 30 },
];

const instalment = (over: Partial<YearInstalment>): YearInstalment => ({
  trigger: 'MONITORING',
  release: 'PENDING',
  amountFen: 100,
  scheduledFen: 100,
  ...over,
});

describe('rule R25: performance indicators', () => {
  it('takes uniquely named indicators whose weights add up to 100', () => {
    expect(checkIndicators(INDICATORS)).toEqual({ ok: true });
  });

  it('refuses none, a name twice, a weight out of range and weights not adding up to 100', () => {
    expect(checkIndicators([])).toMatchObject({ code: 'RULE_R25_INDICATORS' });
    expect(
      checkIndicators([INDICATORS[0], { ...INDICATORS[1], name: ' 服务数量 ' }, INDICATORS[2]]),
    ).toMatchObject({ code: 'RULE_R25_INDICATOR_NAME', field: 'indicators.1.name' });
    expect(checkIndicators([{ ...INDICATORS[0], weight: 0 }])).toMatchObject({
      code: 'RULE_R25_INDICATOR_WEIGHT',
      field: 'indicators.0.weight',
    });
    expect(checkIndicators(INDICATORS.slice(0, 2))).toMatchObject({
      code: 'RULE_R25_INDICATOR_WEIGHTS',
      field: 'indicators',
      messageZh: expect.stringContaining('70'),
    });
  });
});

describe('rule R25: an evaluation’s scores', () => {
  const scores = [
    { indicator: '服务数量', score: 35.5 },
    { indicator: '服务质量', score: 25 },
    { indicator: '满意度', score: 27.25 },
  ];

  it('takes one score per indicator within its weight, the total their sum', () => {
    expect(checkEvaluationScores(INDICATORS, scores, 87.75)).toEqual({ ok: true });
  });

  it('refuses an unknown or repeated indicator, a missing one, a score above its weight', () => {
    expect(
      checkEvaluationScores(INDICATORS, [...scores, { indicator: '其他', score: 1 }], 88.75),
    ).toMatchObject({ code: 'RULE_R25_EVALUATION_INDICATOR', field: 'scores.3.indicator' });
    expect(
      checkEvaluationScores(INDICATORS, [...scores, { indicator: '满意度', score: 1 }], 88.75),
    ).toMatchObject({ code: 'RULE_R25_EVALUATION_INDICATOR', field: 'scores.3.indicator' });
    expect(checkEvaluationScores(INDICATORS, scores.slice(0, 2), 60.5)).toMatchObject({
      code: 'RULE_R25_EVALUATION_INDICATOR',
      field: 'scores',
      message: expect.stringContaining('满意度'),
    });
    expect(
      checkEvaluationScores(
        INDICATORS,
        [{ indicator: '服务数量', score: 40.01 }, ...scores.slice(1)],
        92.26,
      ),
    ).toMatchObject({ code: 'RULE_R25_EVALUATION_SCORE', field: 'scores.0.score' });
    expect(
      checkEvaluationScores(
        INDICATORS,
        [{ indicator: '服务数量', score: 1.005 }, ...scores.slice(1)],
        53.255,
      ),
    ).toMatchObject({ code: 'RULE_R25_EVALUATION_SCORE' });
  });

  it('refuses a total that is not the indicators’ sum, naming the sum', () => {
    expect(checkEvaluationScores(INDICATORS, scores, 88)).toMatchObject({
      code: 'RULE_R25_EVALUATION_TOTAL',
      field: 'totalScore',
      message: expect.stringContaining('87.75'),
    });
  });
});

describe('rule R25, rule R19: monitoring and the instalments it decides', () => {
  it('passes at the pass mark and releases, holds below it; stamps the policy version', () => {
    expect(monitoringDecision(POLICY, 60)).toMatchObject({
      passed: true,
      decision: 'RELEASE',
      policyVersion: 'test.1',
    });
    expect(monitoringDecision(POLICY, 59.99)).toMatchObject({
      passed: false,
      decision: 'HOLD',
      reasonZh: expect.stringContaining('test.1'),
    });
    expect(() => monitoringDecision(POLICY, 100.5)).toThrow(RangeError);
    expect(() => monitoringDecision(POLICY, 1.001)).toThrow(RangeError);
  });

  it('decides the earliest monitoring instalment not released, a held one before a later one', () => {
    const signing = instalment({ trigger: 'SIGNING', release: 'RELEASED' });
    const final = instalment({ trigger: 'FINAL_EVALUATION' });
    expect(monitoringTarget([signing, instalment({}), instalment({}), final])).toBe(1);
    expect(
      monitoringTarget([signing, instalment({ release: 'HELD' }), instalment({}), final]),
    ).toBe(1);
    expect(
      monitoringTarget([signing, instalment({ release: 'RELEASED' }), instalment({}), final]),
    ).toBe(2);
    expect(monitoringTarget([signing, final])).toBeNull();
  });

  it('lets a passing re-check release a held instalment; a released one never moves', () => {
    expect(instalmentRelease.next('HELD', 'RELEASE')).toBe('RELEASED');
    expect(instalmentRelease.can('RELEASED', 'HOLD')).toBe(false);
    expect(instalmentRelease.can('RELEASED', 'RELEASE')).toBe(false);
  });

  it('takes the final evaluation only once every monitoring instalment was checked', () => {
    expect(finalEvaluationCheck([instalment({ release: 'HELD' })])).toEqual({ ok: true });
    expect(finalEvaluationCheck([instalment({})])).toMatchObject({
      code: 'RULE_R25_MONITORING_OPEN',
    });
  });

  it('rule R27: releases the unpaid rest once the final is in and something is held or reduced', () => {
    const paid = [
      instalment({ trigger: 'SIGNING', release: 'RELEASED' }),
      instalment({ trigger: 'FINAL_EVALUATION', release: 'RELEASED' }),
    ];
    expect(yearPaysNoMore(true, paid)).toBe(false);
    expect(yearPaysNoMore(false, [instalment({ release: 'HELD' })])).toBe(false);
    expect(yearPaysNoMore(true, [paid[0], { ...paid[1], release: 'HELD' }])).toBe(true);
    expect(yearPaysNoMore(true, [paid[0], { ...paid[1], amountFen: 70 }])).toBe(true);
  });

  it('completes a contract once', () => {
    expect(contractStatus.next('IN_FORCE', 'COMPLETE')).toBe('COMPLETED');
    expect(contractStatus.isFinal('COMPLETED')).toBe(true);
  });
});
