import { UNKNOWN_STREET_CODE } from '@civic/domain/dashboards';
import {
  countFirstPayment,
  countTimeliness,
  timelinessGroupBy,
  timelinessTally,
} from '@civic/platform/programme-kit';
import { OrganizationSnapshot } from '@civic/platform/snapshots';
import type { EntityManager } from 'typeorm';
import type { Award } from '../awards/award.entity';
import { Proposal } from '../proposals/proposal.entity';

/** Venture's timeliness tally (issue #18), in its schema. */
export const TIMELINESS_TALLY = timelinessTally('venture');

/**
 * The GROUP BY the tally must equal (its migration backfilled from the same): an awarded
 * proposal's days from submission to its award (R16; proposals passed over have no decision
 * recorded) and to its first tranche paid (R19, R28), under its organization's street when
 * awarded.
 */
export const TIMELINESS_SOURCE = timelinessGroupBy(
  'venture',
  `SELECT coalesce(a.street_code, '${UNKNOWN_STREET_CODE}') AS street_code, p.submitted_at,
          a.decided_at AS at, 'DECISION' AS stage
     FROM venture.award a JOIN venture.proposal p ON p.id = a.id
   UNION ALL
   SELECT coalesce(a.street_code, '${UNKNOWN_STREET_CODE}'), p.submitted_at, t.first_paid, 'PAYMENT'
     FROM venture.award a JOIN venture.proposal p ON p.id = a.id
     JOIN (SELECT award_id, min(paid_at) AS first_paid FROM venture.tranche
            WHERE paid_at IS NOT NULL GROUP BY award_id) t ON t.award_id = a.id`,
);

/** The organization's street now, from this service's snapshot (R1); null without one. */
export async function awardStreet(
  manager: EntityManager,
  organizationId: string,
): Promise<string | null> {
  const snapshot = await manager.findOneBy(OrganizationSnapshot, { organizationId });
  return snapshot?.data.streetCode ?? null;
}

const timed = (award: Award, proposal: Pick<Proposal, 'submittedAt'>) => ({
  streetCode: award.streetCode ?? UNKNOWN_STREET_CODE,
  submittedAt: proposal.submittedAt!,
});

/** rule R16: a proposal awarded, counted in the awarding transaction (after the award's insert). */
export function countAwarded(manager: EntityManager, award: Award, proposal: Proposal) {
  return countTimeliness(manager, TIMELINESS_TALLY, 'venture', [
    { stage: 'DECISION', ...timed(award, proposal), at: award.decidedAt },
  ]);
}

/**
 * rule R28: a tranche paid, in the settlement's inbox transaction; the award's first settlement is
 * what counts (`earliest`: when its other tranches first settled, null if none had).
 */
export async function countTranchePaid(
  manager: EntityManager,
  award: Award,
  earliest: Date | null,
  paidAt: Date,
): Promise<void> {
  const proposal = await manager.findOneByOrFail(Proposal, { id: award.id });
  await countFirstPayment(
    manager,
    TIMELINESS_TALLY,
    'venture',
    timed(award, proposal),
    earliest,
    paidAt,
  );
}
