import { DECISION_MESSAGES, type DecisionTextV1 } from '@civic/contracts';
import type { OutboxWriter } from '@civic/platform/messaging';
import type { EntityManager } from 'typeorm';
import type { FundedPayment, Funding, FundingPort } from './funding';

/** What a payment's notice is about, as the programme names it (FundingPort.paymentNotice). */
export interface PaymentNoticeSubject {
  /** The project, award or contract the money is for, in both languages. */
  title: DecisionTextV1;
  /** Where the organization's user reads it in the admin UI. */
  link: string;
  /** The organization told, when the commitment names a payee instead (a contract's undertaker). */
  organizationId?: string;
}

const MAX_TEXT = 200;

/**
 * Tells the organization that a payment settled or failed (issue #18): the programme's
 * `<programme>.decision-made.v1`, in the transaction of the state change that the answer from
 * finance made (so only a real transition is told, once). A programme whose port names no
 * subject, or that has no decision message yet, tells nothing.
 */
export async function publishPaymentDecision(
  outbox: OutboxWriter,
  port: FundingPort,
  manager: EntityManager,
  change: {
    funding: Funding;
    payment: FundedPayment;
    outcome: 'PAID' | 'PAYMENT_FAILED';
    decidedAt: Date;
    reason?: DecisionTextV1;
  },
): Promise<void> {
  const name = DECISION_MESSAGES[port.programme];
  if (!name) return;
  const subject = await port.paymentNotice(manager, change.funding, change.payment);
  if (!subject) return;
  const { payment, outcome } = change;
  await outbox.publish(manager, name, {
    decisionId: `${port.programme}:payment:${payment.paymentId}:${outcome}`,
    organizationId: subject.organizationId ?? change.funding.commitment.organizationId,
    programme: port.programme,
    subjectType: 'payment',
    subjectId: payment.paymentId,
    outcome,
    title: clipped(subject.title),
    amountFen: payment.amountFen,
    ...(change.reason ? { reason: clipped(change.reason) } : {}),
    decidedAt: change.decidedAt.toISOString(),
    link: subject.link,
  });
}

/** Texts within the message's limit (a long project name is cut, never refused). */
export function clipped(text: DecisionTextV1): DecisionTextV1 {
  const clip = (value: string) =>
    value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT - 1)}…` : value || '—';
  return { zh: clip(text.zh), en: clip(text.en) };
}
