import type { RankingView } from '@civic/contracts';
import type { ApplicationStatus } from '@civic/domain/lottery';
import type { SubsidyProgramme } from '../programmes/entities/subsidy-programme.entity';
import type { SubsidyApplication } from './entities/subsidy-application.entity';
import { rankProgramme } from './programme-ranking';

/** Statuses of an approval that stands: the money is the organization's (R27). */
export const FUNDED_STATUSES: readonly ApplicationStatus[] = [
  'APPROVED',
  'COMMITTED',
  'PAID',
  'PAYMENT_FAILED',
];

/**
 * The programme's ranking as an applicant is told its place in it (R13, R14; issue #18): every
 * assessed application, approvals holding their money, the undecided and the rejected competing
 * on merit. A rejected application the ranking would fund was refused for reasons of its own and
 * takes no money, so it is left out (and the ranking drawn again) unless it is `self`; one whose
 * money finance refused or the officer withdrew has given it back and is left out, unless it is
 * `self`, which keeps the place it was approved in.
 */
export function outcomeRanking(
  programme: SubsidyProgramme,
  applications: readonly SubsidyApplication[],
  self: SubsidyApplication,
): RankingView {
  const competing = applications
    .filter((a) => a.id !== self.id && a.merit !== null)
    .flatMap((a) => {
      if (a.status === 'REJECTED') return [{ ...a, status: 'SUBMITTED' as const }];
      return a.status === 'SUBMITTED' || FUNDED_STATUSES.includes(a.status) ? [a] : [];
    });
  const rejected = new Set(applications.filter((a) => a.status === 'REJECTED').map((a) => a.id));
  const mine = asRanked(self);
  for (;;) {
    const ranking = rankProgramme(programme, [...competing, mine]);
    const refusedForOwnReasons = ranking.rows.filter(
      (r) =>
        rejected.has(r.applicationId) && r.applicationId !== self.id && r.outcome !== 'NOT_FUNDED',
    );
    if (refusedForOwnReasons.length === 0) return ranking;
    const out = new Set(refusedForOwnReasons.map((r) => r.applicationId));
    competing.splice(0, competing.length, ...competing.filter((a) => !out.has(a.id)));
  }
}

/** The applicant's own application as it takes part: rejected ones compete, lost approvals hold. */
function asRanked(self: SubsidyApplication): SubsidyApplication {
  if (self.status === 'REJECTED') return { ...self, status: 'SUBMITTED' };
  if (self.status === 'SUBMITTED' || FUNDED_STATUSES.includes(self.status)) return self;
  return { ...self, status: 'APPROVED' };
}
