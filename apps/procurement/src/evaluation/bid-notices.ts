import type { DecisionMadeV1, DecisionOutcome } from '@civic/contracts';
import type { OutboxWriter } from '@civic/platform/messaging';
import { clipped } from '@civic/platform/programme-kit';
import { In, type EntityManager } from 'typeorm';
import { DirectoryEntry } from '../directory/directory-entry.entity';
import type { Bid } from '../projects/bid.entity';
import type { PurchaseProject } from '../projects/purchase-project.entity';

export type BidOutcome = Extract<
  DecisionOutcome,
  'CONTRACT_AWARDED' | 'BID_NOT_SELECTED' | 'AWARD_REVOKED'
>;

/**
 * Tells each bidder's organization how its bid came out (R25, issue #18): awarded, not selected,
 * or its award revoked after an upheld objection. `procurement.decision-made.v1`, in the
 * transaction of the result; an undertaker outside the registry (no organization) has nobody
 * bound to it to tell.
 */
export async function publishBidDecisions(
  outbox: OutboxWriter,
  manager: EntityManager,
  project: PurchaseProject,
  decisions: { bid: Bid; outcome: BidOutcome }[],
  decidedAt: Date,
): Promise<void> {
  if (decisions.length === 0) return;
  const entries = await manager.findBy(DirectoryEntry, {
    id: In(decisions.map((d) => d.bid.entryId)),
  });
  const organizationOf = new Map(entries.map((e) => [e.id, e.organizationId]));
  const payloads = decisions.flatMap(({ bid, outcome }): DecisionMadeV1[] => {
    const organizationId = organizationOf.get(bid.entryId);
    if (!organizationId) return [];
    return [
      {
        decisionId: `procurement:bid:${bid.id}:${outcome}`,
        organizationId,
        programme: 'procurement',
        subjectType: 'bid',
        subjectId: bid.id,
        outcome,
        title: clipped({ zh: project.title, en: project.title }),
        ...(outcome === 'CONTRACT_AWARDED' ? { amountFen: bid.priceFen } : {}),
        decidedAt: decidedAt.toISOString(),
        link: '/procurement/undertaker/bids',
      },
    ];
  });
  await outbox.publishMany(manager, 'procurement.decision-made.v1', payloads);
}
