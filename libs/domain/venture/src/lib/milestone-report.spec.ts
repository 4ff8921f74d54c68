import { milestoneReportCheck } from './milestone-report';

describe('rule R19: milestoneReportCheck', () => {
  it('rule R19: the mid-term is reported once the agreement is signed', () => {
    expect(milestoneReportCheck(['APPROVED', 'PENDING', 'PENDING'], 1)).toEqual({ ok: true });
    expect(milestoneReportCheck(['APPROVED', 'SUBMITTED', 'PENDING'], 1)).toEqual({ ok: true });
  });

  it('rule R19: the final report waits for the mid-term evaluation, passed or failed', () => {
    const early = milestoneReportCheck(['APPROVED', 'SUBMITTED', 'PENDING'], 2);
    expect(early).toEqual({
      ok: false,
      reason: 'EARLIER_MILESTONE_OPEN',
      message:
        'rule R19: milestone 2 is not evaluated yet (submitted, awaiting evaluation); report milestone 3 after it',
      messageZh: '规则 R19：第 2 阶段尚未评估（已提交待评估），请在其评估后再提交第 3 阶段报告',
    });
    expect(milestoneReportCheck(['PENDING', 'PENDING', 'PENDING'], 2)).toMatchObject({
      ok: false,
      reason: 'EARLIER_MILESTONE_OPEN',
    });
    expect(milestoneReportCheck(['APPROVED', 'APPROVED', 'PENDING'], 2)).toEqual({ ok: true });
    expect(milestoneReportCheck(['APPROVED', 'FAILED', 'PENDING'], 2)).toEqual({ ok: true });
  });

  it('rule R19: signing is not reported, and an evaluated milestone is not reported again', () => {
    expect(milestoneReportCheck(['PENDING', 'PENDING'], 0)).toMatchObject({
      ok: false,
      reason: 'NOT_REPORTED',
    });
    expect(milestoneReportCheck(['APPROVED', 'FAILED'], 1)).toMatchObject({
      ok: false,
      reason: 'ALREADY_EVALUATED',
      messageZh: '规则 R19：该阶段已评估（评估未通过），不能再提交报告',
    });
  });

  it('rule R19: a position outside the plan is a programming error', () => {
    expect(() => milestoneReportCheck(['APPROVED'], 1)).toThrow(RangeError);
    expect(() => milestoneReportCheck(['APPROVED'], -1)).toThrow(RangeError);
  });
});
