import type { ClawbackView } from '@civic/contracts';
import { outstandingFen } from '@civic/domain/finance';
import type { Clawback } from './clawback.entity';
import type { ClawbackReceipt } from './clawback-receipt.entity';

/** A clawback with its receipts, oldest first; outstanding counts receipts awaiting a check (R19). */
export function clawbackView(
  c: Clawback,
  receipts: readonly ClawbackReceipt[],
  organizationName: string,
): ClawbackView {
  const mine = receipts
    .filter((r) => r.clawbackId === c.id)
    .sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime() || a.id.localeCompare(b.id));
  const pendingFen = mine
    .filter((r) => r.status === 'PENDING')
    .reduce((sum, r) => sum + r.amountFen, 0);
  return {
    id: c.id,
    commitmentId: c.commitmentId,
    programme: c.programme,
    organizationId: c.organizationId,
    organizationName,
    amountFen: c.amountFen,
    paidFen: c.paidFen,
    recoveredFen: c.recoveredFen,
    outstandingFen:
      c.status === 'REFUSED'
        ? 0
        : outstandingFen({ amountFen: c.amountFen, recoveredFen: c.recoveredFen, pendingFen }),
    reason: c.reason,
    status: c.status,
    openedAt: c.openedAt.toISOString(),
    receipts: mine.map((r) => ({
      id: r.id,
      amountFen: r.amountFen,
      bankReference: r.bankReference,
      receivedOn: r.receivedOn,
      status: r.status,
      recordedBy: r.recordedBy,
      recordedAt: r.recordedAt.toISOString(),
      ...(r.decidedBy ? { decidedBy: r.decidedBy } : {}),
      ...(r.decidedAt ? { decidedAt: r.decidedAt.toISOString() } : {}),
      ...(r.note ? { note: r.note } : {}),
    })),
  };
}
