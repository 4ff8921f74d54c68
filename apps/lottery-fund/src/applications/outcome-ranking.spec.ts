import type { SubsidyProgramme } from '../programmes/entities/subsidy-programme.entity';
import type { SubsidyApplication } from './entities/subsidy-application.entity';
import { outcomeRanking } from './outcome-ranking';

const PROGRAMME = { id: 'p', budgetFen: 10_000_000, ruralReservePercent: 0 } as SubsidyProgramme;

function application(
  id: string,
  status: SubsidyApplication['status'],
  merit: number | null,
  requestedFen = 4_000_000,
): SubsidyApplication {
  return {
    id,
    status,
    merit,
    requestedFen,
    priorityBonus: 0,
    priority: { bonus: 0, policyVersion: 'test', reasons: [] },
    organizationAreaType: 'URBAN',
    organizationName: id,
    projectName: id,
    fundingSource: status === 'APPROVED' ? 'GENERAL' : null,
  } as unknown as SubsidyApplication;
}

const ranks = (ranking: ReturnType<typeof outcomeRanking>) =>
  ranking.rows.map((r) => [r.applicationId, r.rank, r.outcome]);

describe('outcomeRanking: the ranking an applicant is told its place in (rule R13, rule R14)', () => {
  it('rule R13: counts every assessed application: approved, undecided and rejected alike', () => {
    const apps = [
      application('approved', 'APPROVED', 90),
      application('waiting', 'SUBMITTED', 80),
      application('rejected', 'REJECTED', 70),
      application('unassessed', 'SUBMITTED', null),
    ];
    expect(ranks(outcomeRanking(PROGRAMME, apps, apps[2]))).toEqual([
      ['approved', 1, 'FUNDED_FROM_GENERAL'],
      ['waiting', 2, 'FUNDED_FROM_GENERAL'],
      ['rejected', 3, 'NOT_FUNDED'],
    ]);
  });

  it('rule R13: a rejected application the ranking would fund was refused for its own reasons and takes no money', () => {
    const apps = [
      application('refused-for-cause', 'REJECTED', 95),
      application('approved', 'APPROVED', 90),
      application('me', 'REJECTED', 80),
    ];
    // With the first left out, 6,000,000 fen of 10,000,000 is left: enough for mine.
    expect(ranks(outcomeRanking(PROGRAMME, apps, apps[2]))).toEqual([
      ['approved', 1, 'FUNDED_FROM_GENERAL'],
      ['me', 2, 'FUNDED_FROM_GENERAL'],
    ]);
  });

  it('rule R27: an approval finance refused gives its money back, but keeps its own place when it asks', () => {
    const apps = [
      application('refused-by-finance', 'COMMITMENT_REFUSED', 95, 8_000_000),
      application('approved', 'APPROVED', 90),
    ];
    expect(ranks(outcomeRanking(PROGRAMME, apps, apps[1]))).toEqual([
      ['approved', 1, 'FUNDED_FROM_GENERAL'],
    ]);
    expect(ranks(outcomeRanking(PROGRAMME, apps, apps[0]))).toEqual([
      ['refused-by-finance', 1, 'FUNDED_FROM_GENERAL'],
      ['approved', 2, 'FUNDED_FROM_GENERAL'],
    ]);
  });
});
