import { type TrancheState, trancheRelease } from '@civic/domain/venture';
import type { OutboxWriter } from '@civic/platform/messaging';
import { custodianOf, OrganizationSnapshot } from '@civic/platform/snapshots';
import type { EntityManager } from 'typeorm';
import { Proposal } from '../proposals/proposal.entity';
import type { Award } from './award.entity';
import { Tranche } from './tranche.entity';

/**
 * Tranches as the domain reads them. For releasing, a tranche asked of finance counts as released
 * (paid or on its way), so it is never asked twice; for a clawback, only what the bank paid counts.
 */
export function trancheStates(
  tranches: readonly Tranche[],
  count: 'RELEASED' | 'PAID' = 'RELEASED',
): TrancheState[] {
  return tranches.map((t) => {
    const out = count === 'PAID' ? t.payment === 'PAID' : t.payment !== 'NOT_RELEASED';
    return {
      key: t.key,
      amountFen: t.amountFen,
      milestone: t.milestone,
      paidFen: out ? t.amountFen : 0,
      ...(out && t.releasedAt ? { releasedAt: new Date(t.releasedAt).toISOString() } : {}),
    };
  });
}

/**
 * Release every tranche the rules allow now (R19): the award is committed at finance, the
 * tranche's milestone is approved, every earlier one released and none failed. Releasing asks
 * finance to pay it (payment id = tranche id), to the custodian under custody (R3).
 */
export async function releaseDue(
  manager: EntityManager,
  outbox: OutboxWriter,
  award: Award,
  now = new Date(),
): Promise<void> {
  if (award.status !== 'COMMITTED') return;
  const tranches = await manager.find(Tranche, {
    where: { awardId: award.id },
    order: { position: 'ASC' },
    lock: { mode: 'pessimistic_write' },
  });
  const proposal = await manager.findOneByOrFail(Proposal, { id: award.id });
  const snapshot = await manager.findOneBy(OrganizationSnapshot, {
    organizationId: award.organizationId,
  });
  const custodian = custodianOf(snapshot?.data);
  for (const [index, tranche] of tranches.entries()) {
    if (!trancheRelease(trancheStates(tranches), index).ok) continue;
    tranche.payment = 'REQUESTED';
    tranche.releasedAt = now;
    await manager.save(tranche);
    await outbox.publish(manager, 'finance.disbursement-requested.v1', {
      paymentId: tranche.id,
      commitmentId: award.id,
      programme: 'venture',
      organizationId: award.organizationId,
      organizationName: proposal.organizationName,
      amountFen: tranche.amountFen,
      reference: `公益创投资助（${tranche.key} ${tranche.percent}%）：${proposal.title}`,
      bankAccount: proposal.bankAccount,
      ...(custodian ? { financialCustodian: custodian } : {}),
    });
  }
}
