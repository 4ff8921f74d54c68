import { concludeRound, type RankedProposal, type RoundToConclude } from './conclude-round';

const row = (
  proposalId: string,
  status: RankedProposal['status'],
  outcome: RankedProposal['outcome'],
): RankedProposal => ({
  proposalId,
  status,
  outcome,
  message: `${proposalId}: below the cut-off`,
  messageZh: `${proposalId}：排名在资助线以下`,
});

const decided: RoundToConclude = {
  concluded: false,
  deadlinePassed: true,
  drawn: true,
  incomplete: 0,
  rows: [
    row('a', 'AWARDED', 'FUNDED_FROM_RESERVE'),
    row('b', 'AWARDED', 'FUNDED_FROM_GENERAL'),
    row('c', 'SUBMITTED', 'NOT_FUNDED'),
    row('d', 'SUBMITTED', 'NOT_FUNDED'),
  ],
};

describe('concludeRound (rule R19)', () => {
  it('passes over every submitted proposal the ranking does not fund, each with its reason', () => {
    expect(concludeRound(decided)).toEqual({
      ok: true,
      passedOver: [
        { proposalId: 'c', reason: { zh: 'c：排名在资助线以下', en: 'c: below the cut-off' } },
        { proposalId: 'd', reason: { zh: 'd：排名在资助线以下', en: 'd: below the cut-off' } },
      ],
    });
  });

  it('concludes a round that funded everything, passing over none', () => {
    expect(concludeRound({ ...decided, rows: decided.rows.slice(0, 2) })).toEqual({
      ok: true,
      passedOver: [],
    });
  });

  it('refuses while the ranking still funds a proposal not yet awarded', () => {
    const rows = [...decided.rows.slice(1), row('e', 'SUBMITTED', 'FUNDED_FROM_GENERAL')];
    expect(concludeRound({ ...decided, rows })).toMatchObject({
      ok: false,
      reason: 'AWARDS_PENDING',
      message: expect.stringContaining('funds 1 proposal(s)'),
    });
  });

  it.each([
    [{ concluded: true }, 'CONCLUDED'],
    [{ deadlinePassed: false }, 'NOT_DRAWN'],
    [{ drawn: false }, 'NOT_DRAWN'],
    [{ incomplete: 2 }, 'REVIEWS_INCOMPLETE'],
  ] as const)('refuses %j: %s', (change, reason) => {
    const decision = concludeRound({ ...decided, ...change });
    expect(decision).toMatchObject({
      ok: false,
      reason,
      messageZh: expect.stringContaining('R19'),
    });
  });
});
