import type { ReissueView } from '@civic/contracts';
import type { PaymentReissue } from './payment-reissue.entity';

export function reissueView(reissue: PaymentReissue): ReissueView {
  return {
    id: reissue.id,
    paymentId: reissue.paymentId,
    accountName: reissue.bankAccount.accountName,
    bankName: reissue.bankAccount.bankName,
    accountNumberMasked: reissue.accountNumberMasked,
    reason: reissue.reason,
    status: reissue.status,
    proposedBy: reissue.proposedByName,
    proposedAt: reissue.proposedAt.toISOString(),
    ...(reissue.decidedByName ? { decidedBy: reissue.decidedByName } : {}),
    ...(reissue.decidedAt ? { decidedAt: reissue.decidedAt.toISOString() } : {}),
    ...(reissue.decisionComment ? { decisionComment: reissue.decisionComment } : {}),
    ...(reissue.newPaymentId ? { newPaymentId: reissue.newPaymentId } : {}),
  };
}
