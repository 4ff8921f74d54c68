import { allocateWithRuralReserve } from '@civic/domain/priority';
import { applicantOutcome, type OutcomeRefusal, type OutcomeRow } from './applicant-outcome';

/** Candidates in rank order (best first), allocated for real, as rankings hand them on. */
function ranked(
  budget: number,
  candidates: readonly { id: string; rural: boolean; requestedFen: number; held?: 'GENERAL' }[],
  reservePercent = 30,
): { rows: OutcomeRow[]; remainingFen: number } {
  const result = allocateWithRuralReserve({
    budget,
    reservePercent,
    candidates: candidates.map((c, i) => ({
      id: c.id,
      amount: c.requestedFen,
      rural: c.rural,
      rankScore: candidates.length - i,
      held: c.held,
    })),
  });
  const byId = new Map(candidates.map((c) => [c.id, c]));
  return {
    rows: result.decisions.map((d) => ({
      id: d.id,
      rank: d.rank,
      rural: d.rural,
      requestedFen: byId.get(d.id)!.requestedFen,
      outcome: d.outcome,
    })),
    remainingFen: result.remaining,
  };
}

const NONE = { kind: 'NONE' as const };
const OFFICER: OutcomeRefusal = {
  code: 'OFFICER_REJECTED',
  rule: 'R20',
  message: 'rejected by the officer: the project duplicates a funded one',
  messageZh: '审核未通过：与已资助项目重复',
};

describe('rule R13, rule R14, rule R27: applicantOutcome, what an applicant is told', () => {
  // 1,000.00 yuan; 300.00 reserved for rural organizations (R14).
  const BUDGET = 100_000;

  it('rule R13: ranked below every funded application is BELOW_CUTOFF, with the cut-off rank', () => {
    const ranking = ranked(BUDGET, [
      { id: 'a', rural: false, requestedFen: 60_000 },
      { id: 'b', rural: false, requestedFen: 40_000 },
      { id: 'c', rural: false, requestedFen: 50_000 },
    ]);
    expect(applicantOutcome({ id: 'c', ranking, decision: NONE })).toEqual({
      outcome: 'NOT_FUNDED',
      reason: 'BELOW_CUTOFF',
      rule: 'R13',
      rank: 3,
      ranked: 3,
      cutoffRank: 2,
      message:
        'rank 3 of 3: not funded; funding reached rank 2, and it ranks below that cut-off (rule R13)',
      messageZh:
        '第 3 名（共 3 份）：未获资助；资助安排到第 2 名为止，该申请排在资助线以下（规则 R13）',
    });
  });

  it('rule R14: an urban application passed over for the rural reserve is RESERVE_USED', () => {
    // The reserve (300.00) funds the rural rank 3; the pool (700.00) funds rank 1 and leaves 100.00.
    const ranking = ranked(BUDGET, [
      { id: 'a', rural: false, requestedFen: 60_000 },
      { id: 'b', rural: false, requestedFen: 40_000 },
      { id: 'c', rural: true, requestedFen: 30_000 },
    ]);
    const outcome = applicantOutcome({ id: 'b', ranking, decision: NONE });
    expect(outcome).toMatchObject({
      outcome: 'NOT_FUNDED',
      reason: 'RESERVE_USED',
      rule: 'R14',
      rank: 2,
      ranked: 3,
      cutoffRank: 3,
    });
    expect(outcome.messageZh).toContain('预留给农村社区社会组织（规则 R14）');
    expect(outcome.messageZh).toContain('剩余 100.00 元不足以安排申请的 400.00 元');
    // The rural one took its reserve seat, and is told so.
    expect(applicantOutcome({ id: 'c', ranking, decision: NONE })).toMatchObject({
      outcome: 'TO_BE_FUNDED',
      reason: 'FUNDED_FROM_RESERVE',
      rank: 3,
    });
  });

  it('rule R27: smaller requests ranked below it fit what was left: BUDGET_SPENT', () => {
    const ranking = ranked(
      BUDGET,
      [
        { id: 'a', rural: false, requestedFen: 60_000 },
        { id: 'b', rural: false, requestedFen: 50_000 },
        { id: 'c', rural: false, requestedFen: 30_000 },
      ],
      0,
    );
    const outcome = applicantOutcome({ id: 'b', ranking, decision: NONE });
    expect(outcome).toMatchObject({
      outcome: 'NOT_FUNDED',
      reason: 'BUDGET_SPENT',
      rule: 'R27',
      rank: 2,
      cutoffRank: 3,
    });
    expect(outcome.message).toContain('100.00 yuan is left, less than the 500.00 yuan requested');
  });

  it('rule R27: an earlier decision that keeps its money makes a better-ranked late one BUDGET_SPENT', () => {
    const ranking = ranked(
      BUDGET,
      [
        { id: 'late', rural: false, requestedFen: 50_000 },
        { id: 'held', rural: false, requestedFen: 80_000, held: 'GENERAL' },
      ],
      0,
    );
    expect(applicantOutcome({ id: 'late', ranking, decision: NONE })).toMatchObject({
      outcome: 'NOT_FUNDED',
      reason: 'BUDGET_SPENT',
      rank: 1,
    });
  });

  it('rule R14: a rural application whose request outgrew the reserve left is not told RESERVE_USED', () => {
    const ranking = ranked(BUDGET, [
      { id: 'a', rural: false, requestedFen: 70_000 },
      { id: 'b', rural: true, requestedFen: 40_000 },
      { id: 'c', rural: true, requestedFen: 30_000 },
    ]);
    expect(applicantOutcome({ id: 'b', ranking, decision: NONE }).reason).toBe('BUDGET_SPENT');
  });

  it('rule R13: a budget that funds nobody is BELOW_CUTOFF without a cut-off rank', () => {
    const ranking = ranked(BUDGET, [{ id: 'a', rural: false, requestedFen: 200_000 }]);
    const outcome = applicantOutcome({ id: 'a', ranking, decision: NONE });
    expect(outcome).toMatchObject({ reason: 'BELOW_CUTOFF', rank: 1, ranked: 1 });
    expect(outcome.cutoffRank).toBeUndefined();
    expect(outcome.messageZh).toContain('本次预算不足以安排任何申请');
  });

  it('rule R14: a decided award is FUNDED from the source it holds', () => {
    const ranking = ranked(BUDGET, [
      { id: 'a', rural: false, requestedFen: 60_000 },
      { id: 'b', rural: true, requestedFen: 30_000 },
    ]);
    const decision = { kind: 'FUNDED' as const, source: 'RURAL_RESERVE' as const };
    expect(applicantOutcome({ id: 'b', ranking, decision })).toEqual({
      outcome: 'FUNDED',
      reason: 'FUNDED_FROM_RESERVE',
      rule: 'R14',
      rank: 2,
      ranked: 2,
      cutoffRank: 2,
      message: 'rank 2 of 2: funded from the rural reserve (rule R14)',
      messageZh: '第 2 名（共 2 份）：从农村预留额度安排资助（规则 R14）',
    });
  });

  it("an officer's refusal of an application the ranking funds is told as the refusal, with its rule", () => {
    const ranking = ranked(BUDGET, [{ id: 'a', rural: false, requestedFen: 60_000 }]);
    const decision = { kind: 'REFUSED' as const, refusal: OFFICER };
    expect(applicantOutcome({ id: 'a', ranking, decision })).toEqual({
      outcome: 'REFUSED',
      reason: 'REFUSED',
      rule: 'R20',
      rank: 1,
      ranked: 1,
      cutoffRank: 1,
      message: OFFICER.message,
      messageZh: OFFICER.messageZh,
    });
  });

  it('rule R13: the refusal of an application the ranking does not fund is told as why it is not funded', () => {
    const ranking = ranked(BUDGET, [
      { id: 'a', rural: false, requestedFen: 80_000 },
      { id: 'b', rural: false, requestedFen: 80_000 },
    ]);
    const decision = { kind: 'REFUSED' as const, refusal: OFFICER };
    expect(applicantOutcome({ id: 'b', ranking, decision })).toMatchObject({
      outcome: 'NOT_FUNDED',
      reason: 'BELOW_CUTOFF',
      rank: 2,
      cutoffRank: 1,
    });
  });

  it('rule R13: before the ranking is decided nothing is told but that; a refusal without a rank is told as such', () => {
    expect(applicantOutcome({ id: 'a', ranking: null, decision: NONE })).toEqual({
      outcome: 'PENDING',
      reason: 'NOT_DECIDED',
      rule: 'R13',
      message:
        'the ranking is not decided yet; the rank and the reasons are shown once it is (rule R13)',
      messageZh: '排名尚未确定；确定后即可查看名次与原因（规则 R13）',
    });
    const refusal = { kind: 'REFUSED' as const, refusal: OFFICER };
    expect(applicantOutcome({ id: 'a', ranking: null, decision: refusal })).toEqual({
      outcome: 'REFUSED',
      reason: 'REFUSED',
      rule: 'R20',
      message: OFFICER.message,
      messageZh: OFFICER.messageZh,
    });
  });

  it('rule R13: tells ranks, the count and its own amounts only, never another applicant', () => {
    const ranking = ranked(BUDGET, [
      { id: 'other-1', rural: false, requestedFen: 60_000 },
      { id: 'mine', rural: false, requestedFen: 40_000 },
      { id: 'other-2', rural: true, requestedFen: 30_000 },
    ]);
    const text = JSON.stringify(applicantOutcome({ id: 'mine', ranking, decision: NONE }));
    expect(text).not.toMatch(/other-|600\.00|300\.00/);
  });
});
