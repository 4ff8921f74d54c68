import type { BatchView } from '@civic/contracts';
import type { DisbursementBatch } from './entities/disbursement-batch.entity';

export function batchView(batch: DisbursementBatch): BatchView {
  return {
    id: batch.id,
    number: batch.number,
    status: batch.status,
    ...(batch.note ? { note: batch.note } : {}),
    makerId: batch.makerId,
    makerName: batch.makerName,
    ...(batch.checkerId ? { checkerId: batch.checkerId } : {}),
    ...(batch.checkerName ? { checkerName: batch.checkerName } : {}),
    ...(batch.decisionComment ? { decisionComment: batch.decisionComment } : {}),
    paymentCount: batch.paymentCount,
    totalFen: batch.totalFen,
    settledCount: batch.settledCount ?? 0,
    settledFen: batch.settledFen ?? 0,
    failedCount: batch.failedCount ?? 0,
    failedFen: batch.failedFen ?? 0,
    createdAt: new Date(batch.createdAt ?? Date.now()).toISOString(),
    ...(batch.decidedAt ? { decidedAt: new Date(batch.decidedAt).toISOString() } : {}),
    ...(batch.completedAt ? { completedAt: new Date(batch.completedAt).toISOString() } : {}),
  };
}
