import { UNKNOWN_STREET_CODE } from '@civic/domain/dashboards';
import {
  countFirstPayment,
  countTimeliness,
  timelinessGroupBy,
  timelinessTally,
} from '@civic/platform/programme-kit';
import type { EntityManager } from 'typeorm';
import { Bid } from '../projects/bid.entity';

/** Procurement's timeliness tally (issue #18), in its schema. */
export const TIMELINESS_TALLY = timelinessTally('procurement');

/**
 * The GROUP BY the tally must equal (its migration backfilled from the same): a bid's days from
 * submission to the award that ranked it (R16, R25), and the winning bid's to its contract's
 * first instalment paid (R25, R28), under its undertaker's street when decided.
 */
export const TIMELINESS_SOURCE = timelinessGroupBy(
  'procurement',
  `SELECT coalesce(street_code, '${UNKNOWN_STREET_CODE}') AS street_code, submitted_at,
          decided_at AS at, 'DECISION' AS stage
     FROM procurement.bid WHERE decided_at IS NOT NULL
   UNION ALL
   SELECT coalesce(b.street_code, '${UNKNOWN_STREET_CODE}'), b.submitted_at, f.first_paid, 'PAYMENT'
     FROM procurement.contract c JOIN procurement.bid b ON b.id = c.bid_id
     JOIN (SELECT contract_id, min(paid_at) AS first_paid FROM procurement.contract_instalment
            WHERE paid_at IS NOT NULL GROUP BY contract_id) f ON f.contract_id = c.id`,
);

/**
 * rule R16, rule R25: the bids an award ranks are decided now: each is stamped with the time and
 * its undertaker's street (the snapshot of the directory entry's organization), before it is saved.
 */
export async function stampDecided(manager: EntityManager, bids: Bid[], at: Date): Promise<void> {
  const rows: { id: string; street: string | null }[] = await manager.query(
    `SELECT e.id, s.data->>'streetCode' AS street FROM procurement.directory_entry e
       LEFT JOIN procurement.organization_snapshot s ON s.organization_id = e.organization_id
      WHERE e.id = ANY($1::uuid[])`,
    [bids.map((b) => b.entryId)],
  );
  const streets = new Map(rows.map((row) => [row.id, row.street]));
  for (const bid of bids) {
    bid.decidedAt = at;
    bid.streetCode = streets.get(bid.entryId) ?? null;
  }
}

const timed = (bid: Pick<Bid, 'streetCode' | 'submittedAt'>) => ({
  streetCode: bid.streetCode ?? UNKNOWN_STREET_CODE,
  submittedAt: bid.submittedAt,
});

/** rule R16: the bids stamped decided, counted in the awarding transaction, one upsert. */
export function countDecided(manager: EntityManager, bids: readonly Bid[]) {
  return countTimeliness(
    manager,
    TIMELINESS_TALLY,
    'procurement',
    bids.map((bid) => ({ stage: 'DECISION' as const, ...timed(bid), at: bid.decidedAt! })),
  );
}

/**
 * rule R28: an instalment paid, in the settlement's inbox transaction; the contract's first
 * settlement counts, under its bid (`earliest`: when its other instalments first settled).
 */
export async function countInstalmentPaid(
  manager: EntityManager,
  bidId: string,
  earliest: Date | null,
  paidAt: Date,
): Promise<void> {
  const bid = await manager.findOneByOrFail(Bid, { id: bidId });
  await countFirstPayment(manager, TIMELINESS_TALLY, 'procurement', timed(bid), earliest, paidAt);
}

/** When the contract's instalments other than `except` first settled; null if none did. */
export async function earliestPaid(
  manager: EntityManager,
  contractId: string,
  except: string,
): Promise<Date | null> {
  const [row] = await manager.query(
    `SELECT min(paid_at) AS first_paid FROM procurement.contract_instalment
      WHERE contract_id = $1 AND id <> $2 AND paid_at IS NOT NULL`,
    [contractId, except],
  );
  return row?.first_paid ? new Date(row.first_paid) : null;
}
