import type { PaymentView } from '@civic/contracts';
import type { Payment } from './entities/payment.entity';

export function paymentView(payment: Payment): PaymentView {
  const paidTo = payment.payee.paidTo;
  const account = payment.bankAccount;
  return {
    id: payment.id,
    commitmentId: payment.commitmentId,
    programme: payment.programme as PaymentView['programme'],
    fund: payment.fund as PaymentView['fund'],
    fiscalYear: payment.fiscalYear,
    organizationId: payment.organizationId,
    organizationName: payment.organizationName,
    amountFen: payment.amountFen,
    reference: payment.reference,
    paidTo: {
      kind: paidTo.kind,
      ...(paidTo.kind === 'CUSTODIAN' ? { custodianName: paidTo.custodianName } : {}),
      accountName: account?.accountName ?? '',
      bankName: account?.bankName ?? '',
      ...(account?.bankCode ? { bankCode: account.bankCode } : {}),
      accountNumberMasked: payment.accountNumberMasked ?? '', // R30: never the number
    },
    status: payment.status,
    ...(payment.batchId ? { batchId: payment.batchId } : {}),
    attempts: payment.attempts,
    ...(payment.bankReference ? { bankReference: payment.bankReference } : {}),
    ...(payment.failure ? { failure: payment.failure } : {}),
    requestedAt: payment.requestedAt.toISOString(),
    ...(payment.settledAt ? { settledAt: payment.settledAt.toISOString() } : {}),
    ...(payment.reissueOf ? { reissueOf: payment.reissueOf } : {}),
  };
}
