import { trancheRelease } from './tranche-release';
import { MilestoneState, TrancheState } from './tranche-state';

const schedule = (
  milestones: [MilestoneState, MilestoneState, MilestoneState],
  released: [boolean, boolean, boolean],
): TrancheState[] =>
  [
    ['SIGNING', 500_000],
    ['MID_TERM', 300_000],
    ['FINAL', 200_000],
  ].map(([key, amountFen], i) => ({
    key: key as string,
    amountFen: amountFen as number,
    milestone: milestones[i],
    paidFen: released[i] ? (amountFen as number) : 0,
    ...(released[i] ? { releasedAt: `2026-0${i + 1}-15` } : {}),
  }));

describe('rule R19: trancheRelease', () => {
  it('rule R19: the signing tranche is released once the agreement is signed (APPROVED)', () => {
    expect(
      trancheRelease(schedule(['APPROVED', 'PENDING', 'PENDING'], [false, false, false]), 0),
    ).toEqual({
      ok: true,
    });
  });

  it('rule R19: each later tranche needs its milestone approved and every earlier one released', () => {
    const ready = schedule(['APPROVED', 'APPROVED', 'APPROVED'], [true, true, false]);
    expect(trancheRelease(ready, 2)).toEqual({ ok: true });
    expect(
      trancheRelease(schedule(['APPROVED', 'APPROVED', 'PENDING'], [true, false, false]), 1),
    ).toEqual({
      ok: true,
    });
  });

  it('rule R19: a milestone not yet approved holds its tranche', () => {
    const submitted = schedule(['APPROVED', 'SUBMITTED', 'PENDING'], [true, false, false]);
    expect(trancheRelease(submitted, 1)).toEqual({
      ok: false,
      reason: 'MILESTONE_NOT_APPROVED',
      message:
        'rule R19: tranche 2 (on the mid-term review, 3,000.00 yuan) is released only when its milestone is approved; it is submitted, awaiting evaluation',
      messageZh:
        '规则 R19：第 2 期（中期评估拨付，3,000.00 元）须待节点评估通过后拨付，当前状态：已提交待评估',
    });
    expect(
      trancheRelease(schedule(['PENDING', 'PENDING', 'PENDING'], [false, false, false]), 0),
    ).toMatchObject({
      reason: 'MILESTONE_NOT_APPROVED',
    });
  });

  it('rule R19: a failed mid-term evaluation holds the mid-term tranche and every later one', () => {
    const failed = schedule(['APPROVED', 'FAILED', 'APPROVED'], [true, false, false]);
    expect(trancheRelease(failed, 1)).toMatchObject({
      ok: false,
      reason: 'MILESTONE_NOT_APPROVED',
      message: expect.stringContaining('it is failed'),
      messageZh: expect.stringContaining('当前状态：评估未通过'),
    });
    expect(trancheRelease(failed, 2)).toEqual({
      ok: false,
      reason: 'EARLIER_FAILED',
      message:
        'rule R19: tranche 3 (on the final evaluation, 2,000.00 yuan) is held: the evaluation of tranche 2 (on the mid-term review, 3,000.00 yuan) failed',
      messageZh:
        '规则 R19：第 2 期（中期评估拨付，3,000.00 元）评估未通过，第 3 期（结项评估拨付，2,000.00 元）暂停拨付',
    });
  });

  it('rule R19: a tranche never goes before an earlier one', () => {
    expect(
      trancheRelease(schedule(['APPROVED', 'APPROVED', 'APPROVED'], [true, false, false]), 2),
    ).toEqual({
      ok: false,
      reason: 'EARLIER_NOT_RELEASED',
      message:
        'rule R19: tranche 3 (on the final evaluation, 2,000.00 yuan) waits until tranche 2 (on the mid-term review, 3,000.00 yuan) is released',
      messageZh:
        '规则 R19：第 2 期（中期评估拨付，3,000.00 元）尚未拨付，第 3 期（结项评估拨付，2,000.00 元）不能先行拨付',
    });
  });

  it('rule R19: a tranche is paid once', () => {
    expect(
      trancheRelease(schedule(['APPROVED', 'PENDING', 'PENDING'], [true, false, false]), 0),
    ).toEqual({
      ok: false,
      reason: 'ALREADY_RELEASED',
      message:
        'rule R19: tranche 1 (on signing, 5,000.00 yuan) was already released on 2026-01-15; a tranche is paid once',
      messageZh: '规则 R19：第 1 期（签约拨付，5,000.00 元）已于 2026-01-15 拨付，不得重复拨付',
    });
    const paidNoDate: TrancheState[] = [
      { key: 'SIGNING', amountFen: 10, milestone: 'APPROVED', paidFen: 10 },
    ];
    expect(trancheRelease(paidNoDate, 0)).toMatchObject({
      reason: 'ALREADY_RELEASED',
      message:
        'rule R19: tranche 1 (on signing, 0.10 yuan) was already released; a tranche is paid once',
    });
  });

  it('rule R19: reasons come in order: released, earlier failed, earlier unreleased, own milestone', () => {
    const tranches = schedule(['FAILED', 'PENDING', 'PENDING'], [false, false, false]);
    expect(trancheRelease(tranches, 2)).toMatchObject({ reason: 'EARLIER_FAILED' });
    expect(
      trancheRelease(schedule(['APPROVED', 'PENDING', 'PENDING'], [false, false, false]), 2),
    ).toMatchObject({
      reason: 'EARLIER_NOT_RELEASED',
    });
  });

  it('rule R19: custom keys show as they are', () => {
    const tranches: TrancheState[] = [
      { key: 'SIGNING', amountFen: 100, milestone: 'APPROVED', paidFen: 100 },
      { key: 'Q2', amountFen: 100, milestone: 'PENDING', paidFen: 0 },
    ];
    expect(trancheRelease(tranches, 1)).toMatchObject({
      messageZh: '规则 R19：第 2 期（Q2，1.00 元）须待节点评估通过后拨付，当前状态：未提交',
    });
  });

  it.each([
    [[], 0, 'rule R19: tranches must be a non-empty array'],
    [
      [{ key: 'SIGNING', amountFen: 10, milestone: 'DONE', paidFen: 0 }],
      0,
      'rule R19: tranches.0.milestone must be one of',
    ],
    [
      [{ key: 'SIGNING', amountFen: 10, milestone: 'APPROVED', paidFen: 5 }],
      0,
      'rule R19: tranches.0.paidFen must be 0 or amountFen (10), got 5',
    ],
    [
      [{ key: 'SIGNING', amountFen: -1, milestone: 'APPROVED', paidFen: 0 }],
      0,
      'rule R19: tranches.0.amountFen must be a non-negative whole number of fen',
    ],
    [
      [{ key: '', amountFen: 1, milestone: 'APPROVED', paidFen: 0 }],
      0,
      'rule R19: tranches.0.key must be a non-empty string',
    ],
    [
      [
        {
          key: 'SIGNING',
          amountFen: 10,
          milestone: 'APPROVED',
          paidFen: 0,
          releasedAt: '2026-01-01',
        },
      ],
      0,
      'rule R19: tranches.0.releasedAt is set, so paidFen must equal amountFen',
    ],
    [
      [{ key: 'SIGNING', amountFen: 10, milestone: 'APPROVED', paidFen: 0 }],
      1,
      'rule R19: index must be a whole number from 0 to 0, got 1',
    ],
    [
      [{ key: 'SIGNING', amountFen: 10, milestone: 'APPROVED', paidFen: 0 }],
      -1,
      'rule R19: index must be',
    ],
  ])('rule R19: %p at %p is refused', (tranches, index, message) => {
    expect(() => trancheRelease(tranches as never, index)).toThrow(message);
  });
});
