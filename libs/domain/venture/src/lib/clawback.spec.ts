import { clawbackOf } from './clawback';
import { MilestoneState, TrancheState } from './tranche-state';

const tranches = (final: MilestoneState, paid: [boolean, boolean, boolean]): TrancheState[] => [
  { key: 'SIGNING', amountFen: 500_000, milestone: 'APPROVED', paidFen: paid[0] ? 500_000 : 0 },
  { key: 'MID_TERM', amountFen: 300_000, milestone: 'APPROVED', paidFen: paid[1] ? 300_000 : 0 },
  { key: 'FINAL', amountFen: 200_000, milestone: final, paidFen: paid[2] ? 200_000 : 0 },
];

describe('rule R19: clawbackOf', () => {
  it('rule R19: a failed final evaluation makes what was paid so far recoverable', () => {
    expect(clawbackOf(tranches('FAILED', [true, true, false]))).toEqual({
      eligible: true,
      paidFen: 800_000,
      recoverableFen: 800_000,
      message:
        'rule R19: the final evaluation failed; up to 8,000.00 of the 8,000.00 yuan paid may be clawed back',
      messageZh: '规则 R19：结项评估未通过，已拨付 8,000.00 元，可追回 8,000.00 元',
    });
  });

  it('rule R19: no clawback while the final evaluation has not failed', () => {
    for (const final of ['PENDING', 'SUBMITTED', 'APPROVED'] as const) {
      expect(clawbackOf(tranches(final, [true, true, final === 'APPROVED']))).toMatchObject({
        eligible: false,
      });
    }
    expect(clawbackOf(tranches('APPROVED', [true, true, true]))).toEqual({
      eligible: false,
      paidFen: 1_000_000,
      recoverableFen: 0,
      message:
        'rule R19: no clawback: only a failed final evaluation allows it (10,000.00 yuan paid so far)',
      messageZh: '规则 R19：不予追回：仅结项评估未通过时方可追回资金（已拨付 10,000.00 元）',
    });
  });

  it('rule R19: an earlier failure holds tranches but is not a clawback', () => {
    const held: TrancheState[] = [
      { key: 'SIGNING', amountFen: 500, milestone: 'APPROVED', paidFen: 500 },
      { key: 'MID_TERM', amountFen: 300, milestone: 'FAILED', paidFen: 0 },
      { key: 'FINAL', amountFen: 200, milestone: 'PENDING', paidFen: 0 },
    ];
    expect(clawbackOf(held)).toMatchObject({ eligible: false, paidFen: 500 });
  });

  it('rule R19: a single-tranche award that failed may have everything clawed back', () => {
    expect(
      clawbackOf([{ key: 'SIGNING', amountFen: 1_000, milestone: 'FAILED', paidFen: 1_000 }]),
    ).toMatchObject({ eligible: true, paidFen: 1_000 });
  });

  it('rule R19: what earlier clawbacks claimed is not claimed again', () => {
    const failed = tranches('FAILED', [true, true, false]);
    expect(clawbackOf(failed, 500_000)).toMatchObject({
      eligible: true,
      paidFen: 800_000,
      recoverableFen: 300_000,
    });
    expect(clawbackOf(failed, 800_000)).toMatchObject({
      eligible: false,
      recoverableFen: 0,
      messageZh: '规则 R19：已拨付的 8,000.00 元均已追回或正在追回，无可再追回的资金',
    });
    expect(() => clawbackOf(failed, -1)).toThrow('rule R19: claimedFen must be');
  });

  it('rule R19: inconsistent tranches are a programming error', () => {
    expect(() => clawbackOf([])).toThrow('rule R19: tranches must be a non-empty array');
  });
});
