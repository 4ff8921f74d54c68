import {
  disbursementProgress,
  type FundingGroup,
  fundingShares,
  moneyFigures,
} from './funding-figures';
import { FUNDING_TALLY } from './funding-tally';

const TARGETS = {
  reserve: { percent: 30, version: '2026.1' },
  eldercare: { percent: 55, version: '2026.1' },
};

function group(prefix: string, sums: Partial<FundingGroup['sums']>): FundingGroup {
  const zero = Object.fromEntries(FUNDING_TALLY.measures.map((m) => [m, 0]));
  return { prefix, key: {}, sums: { ...zero, ...sums } as FundingGroup['sums'] };
}

describe('funding figures (issue #18)', () => {
  const known = group('450103', {
    commitments: 2,
    committed_fen: 5_000_000,
    released_fen: 1_000_000,
    paid_fen: 2_000_000,
    rural_committed_fen: 13_345,
    eldercare_committed_fen: 500_000,
    welfare_use_committed_fen: 1_000_000,
  });
  const unknown = group('000000', {
    commitments: 1,
    committed_fen: 7_000_000,
    paid_fen: 7_000_000,
  });

  it('rule R26: sums the money of every group, unknown area included', () => {
    expect(moneyFigures([known, unknown])).toMatchObject({
      commitments: 3,
      committedFen: 12_000_000,
      paidFen: 9_000_000,
    });
  });

  it('rule R14, rule R21: shares of known recipients’ money net of releases, never rounded to 0 %', () => {
    const shares = fundingShares([known, unknown], 'committed', TARGETS);
    // 13,345 of 4,000,000 (5,000,000 committed less 1,000,000 released): 0.3 %, not "0%".
    expect(shares.rural).toEqual({
      part: 13_345,
      whole: 4_000_000,
      percent: 0.3,
      text: '0.3%',
      rule: 'R14',
      targetPercent: 30,
      met: false,
      policyVersion: '2026.1',
    });
    expect(shares.eldercare).toMatchObject({ rule: 'R21', text: '50%', met: false });
    expect(shares.partyLed).toMatchObject({ rule: 'R10', targetPercent: null, met: null });
    expect(shares.publicWelfare.policyVersion).toBeNull();
    expect(fundingShares([unknown], 'paid', TARGETS).rural).toMatchObject({ whole: 0, text: '—' });
  });

  it('rule R28: progress is in a batch, paid and released of what was committed', () => {
    const progress = disbursementProgress(moneyFigures([known]));
    expect([progress.paid.text, progress.released.text, progress.inBatch.text]).toEqual([
      '40%',
      '20%',
      '0%',
    ]);
  });
});
