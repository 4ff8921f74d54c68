import type {
  CommitmentDecidedV1,
  CommitmentRecipientV2,
  CommitmentReleasedV1,
  DisbursementFailedV1,
  DisbursementSettledV1,
  FundCodeValue,
  PaymentReissuedV1,
  SealedBankAccountV2,
} from '@civic/contracts';
import { fundingCommitment, fundingPayment } from '@civic/domain/programme';
import { OutboxWriter } from '@civic/platform/messaging';
import type { SealedPayeeAccount } from '@civic/platform/pii';
import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { custodianFor } from './custodian';
import { type FundedPayment, type Funding, FundingPort, type StatusReason } from './funding';
import { publishPaymentDecision } from './payment-notices';

/** What a programme asks finance to commit (R27). */
export interface CommitmentAsk {
  fund: FundCodeValue;
  fiscalYear: number;
  /** What the money is for, on finance's records: 公益创投资助：项目名. */
  reference: string;
  /** A lottery subsidy's purpose (R20), for finance's eldercare share (R21). */
  purpose?: CommitmentRecipientV2['purpose'];
}

/**
 * The programme's side of its conversation with finance (R27, R28), written once for every
 * programme: ask for a commitment (with the payment, for a single payout), ask for payments as
 * they fall due, withdraw and have the unpaid rest released, open a clawback, and follow
 * finance's answers. Every status moves through the domain's state machines
 * (fundingCommitment, fundingPayment); an answer the status cannot take (a repeat, a late one)
 * changes nothing. Everything runs in the caller's transaction, with the messages in its outbox.
 * Account numbers go in them sealed, as the programme stores them (v2 messages, R30): the kit has
 * no key to open them with.
 */
@Injectable()
export class ProgrammeFunding {
  private readonly logger = new Logger(ProgrammeFunding.name);

  constructor(
    private readonly port: FundingPort,
    private readonly outbox: OutboxWriter,
  ) {}

  /**
   * Asks finance to commit the whole amount. When the payments due at once cover it (a single
   * payout), the payment goes with the request, so one exchange commits and asks to pay.
   */
  async requestCommitment(manager: EntityManager, funding: Funding, ask: CommitmentAsk) {
    const { commitment } = funding;
    const due = await this.port.duePayments(manager, funding);
    const whole = due.length === 1 && due[0].amountFen === commitment.amountFen ? due[0] : null;
    const payment = whole ? await this.paymentFields(manager, funding, whole) : undefined;
    if (whole) whole.state = fundingPayment.next(whole.state, 'REQUEST');
    // issue #18: who the money goes to, as the snapshot has it now, for finance's funding tally.
    const recipient = await this.port.recipient(manager, funding);
    await this.port.save(manager, funding);
    await this.outbox.publish(manager, 'finance.commitment-requested.v2', {
      commitmentId: commitment.id,
      programme: this.port.programme,
      fund: ask.fund,
      fiscalYear: ask.fiscalYear,
      organizationId: commitment.organizationId,
      amountFen: commitment.amountFen,
      reference: ask.reference,
      recipient: recipient && { ...recipient, ...(ask.purpose ? { purpose: ask.purpose } : {}) },
      ...(payment ? { payment } : {}),
    });
  }

  /** Asks finance to pay what the programme's rules make due now (R19), once committed. */
  async requestDuePayments(manager: EntityManager, commitmentId: string): Promise<void> {
    const funding = await this.port.load(manager, { commitmentId });
    if (!funding) throw new Error(`${this.port.programme} holds no commitment ${commitmentId}`);
    await this.payDue(manager, funding);
    await this.port.save(manager, funding);
  }

  /**
   * The programme will pay no more of the commitment (R27): payments not asked for yet or failed
   * for good are cancelled, and finance is asked to release the unpaid rest. A withdrawal also
   * asks finance to cancel the payments it was asked for and has not batched yet; a programme that
   * only stops further payments (R19: an evaluation failed) passes `cancelRequested: false`, and
   * what is already due is still paid. Only a commitment finance holds can be withdrawn
   * (TransitionRefused otherwise, answered 409).
   */
  async withdraw(
    manager: EntityManager,
    commitmentId: string,
    reason: string,
    { cancelRequested } = { cancelRequested: true },
  ): Promise<Funding> {
    const funding = await this.port.load(manager, { commitmentId });
    if (!funding) throw new Error(`${this.port.programme} holds no commitment ${commitmentId}`);
    await this.close(manager, funding, reason, cancelRequested);
    return funding;
  }

  /** Opens a clawback at finance of money paid under the commitment (R19). */
  async openClawback(
    manager: EntityManager,
    clawback: { id: string; commitmentId: string; organizationId: string; amountFen: number },
    reason: string,
  ): Promise<void> {
    await this.outbox.publish(manager, 'finance.clawback-opened.v1', {
      clawbackId: clawback.id,
      commitmentId: clawback.commitmentId,
      programme: this.port.programme,
      organizationId: clawback.organizationId,
      amountFen: clawback.amountFen,
      reason,
    });
  }

  // ── finance's answers ────────────────────────────────────────────────────────────────────────

  async commitmentDecided(answer: CommitmentDecidedV1, manager: EntityManager): Promise<void> {
    const funding = await this.load(manager, { commitmentId: answer.commitmentId });
    const event = answer.status === 'ACCEPTED' ? 'ACCEPT' : 'REFUSE';
    if (!funding || !fundingCommitment.can(funding.commitment.state, event)) return;
    const { commitment } = funding;
    commitment.state = fundingCommitment.next(commitment.state, event);
    if (event === 'REFUSE') {
      commitment.reason = answer.refusal ?? null;
      for (const payment of funding.payments) {
        if (fundingPayment.can(payment.state, 'CANCEL')) {
          payment.state = fundingPayment.next(payment.state, 'CANCEL');
        }
      }
      await this.port.save(manager, funding);
      await this.port.refused(manager, funding);
      return;
    }
    const refusedPayment = answer.paymentId
      ? funding.payments.find((p) => p.paymentId === answer.paymentId)
      : undefined;
    if (refusedPayment && answer.paymentRefusal) {
      this.fail(refusedPayment, answer.paymentRefusal);
    }
    await this.payDue(manager, funding);
    const noMore = await this.port.paysNoMore(manager, funding);
    if (noMore) await this.close(manager, funding, noMore, false);
    else await this.port.save(manager, funding);
  }

  async settled(answer: DisbursementSettledV1, manager: EntityManager): Promise<void> {
    const found = await this.payment(manager, answer.paymentId, 'SETTLE');
    if (!found) return;
    const { funding, payment } = found;
    payment.state = fundingPayment.next(payment.state, 'SETTLE');
    payment.reason = null;
    payment.bankReference = answer.bankReference;
    payment.paidAt = new Date(answer.settledAt);
    payment.custodianName = answer.paidTo.custodianName ?? null;
    await this.port.save(manager, funding);
    await this.port.paymentSettled(manager, funding, payment);
    // issue #18: the organization is told, once, as the payment moves to settled.
    await publishPaymentDecision(this.outbox, this.port, manager, {
      funding,
      payment,
      outcome: 'PAID',
      decidedAt: new Date(answer.settledAt),
    });
  }

  async failed(answer: DisbursementFailedV1, manager: EntityManager): Promise<void> {
    const found = await this.payment(manager, answer.paymentId, 'FAIL');
    if (!found) return;
    this.fail(found.payment, {
      code: answer.code,
      message: answer.reason,
      messageZh: answer.reasonZh,
    });
    await this.port.save(manager, found.funding);
    await publishPaymentDecision(this.outbox, this.port, manager, {
      ...found,
      outcome: 'PAYMENT_FAILED',
      decidedAt: new Date(),
      reason: { zh: answer.reasonZh, en: answer.reason },
    });
  }

  async released(answer: CommitmentReleasedV1, manager: EntityManager): Promise<void> {
    const funding = await this.load(manager, { commitmentId: answer.commitmentId });
    if (!funding) return;
    const { commitment } = funding;
    if (fundingCommitment.can(commitment.state, 'RELEASED')) {
      commitment.state = fundingCommitment.next(commitment.state, 'RELEASED');
    }
    commitment.releasedFen = Math.max(commitment.releasedFen, answer.releasedFen);
    for (const payment of funding.payments) {
      if (
        answer.cancelledPaymentIds.includes(payment.paymentId) &&
        fundingPayment.can(payment.state, 'CANCEL')
      ) {
        payment.state = fundingPayment.next(payment.state, 'CANCEL');
      }
    }
    await this.port.save(manager, funding);
    await this.port.released(manager, funding);
  }

  async reissued(answer: PaymentReissuedV1, manager: EntityManager): Promise<void> {
    const found = await this.payment(manager, answer.previousPaymentId, 'REISSUE');
    if (!found) return;
    const { funding, payment } = found;
    payment.state = fundingPayment.next(payment.state, 'REISSUE');
    payment.paymentId = answer.paymentId;
    payment.reason = null;
    await this.port.save(manager, funding);
  }

  // ── helpers ──────────────────────────────────────────────────────────────────────────────────

  /** Withdraws the loaded commitment (see withdraw). */
  private async close(
    manager: EntityManager,
    funding: Funding,
    reason: string,
    cancelRequested: boolean,
  ): Promise<void> {
    const { commitment } = funding;
    commitment.state = fundingCommitment.next(commitment.state, 'WITHDRAW');
    for (const payment of funding.payments) {
      if (payment.state === 'NOT_REQUESTED' || payment.state === 'FAILED') {
        payment.state = fundingPayment.next(payment.state, 'CANCEL');
      }
    }
    await this.port.save(manager, funding);
    await this.outbox.publish(manager, 'finance.commitment-release-requested.v1', {
      commitmentId: commitment.id,
      programme: this.port.programme,
      reason,
      cancelPaymentIds: cancelRequested
        ? funding.payments.filter((p) => p.state === 'REQUESTED').map((p) => p.paymentId)
        : [],
    });
  }

  /** Requests every payment due now, once the commitment is held (R19, R27). */
  private async payDue(manager: EntityManager, funding: Funding): Promise<void> {
    if (funding.commitment.state !== 'COMMITTED') return;
    for (const payment of await this.port.duePayments(manager, funding)) {
      const fields = await this.paymentFields(manager, funding, payment);
      payment.state = fundingPayment.next(payment.state, 'REQUEST');
      await this.outbox.publish(manager, 'finance.disbursement-requested.v2', {
        ...fields,
        commitmentId: funding.commitment.id,
        programme: this.port.programme,
        organizationId: funding.commitment.organizationId,
        amountFen: payment.amountFen,
      });
    }
  }

  /**
   * The payment's fields for finance: the order, and the custodian under custody (R3), each
   * account with its number sealed as stored (R30).
   */
  private async paymentFields(manager: EntityManager, funding: Funding, payment: FundedPayment) {
    const order = await this.port.order(manager, funding, payment);
    const custodian = await custodianFor(manager, funding.commitment.organizationId);
    return {
      paymentId: payment.paymentId,
      organizationName: order.organizationName,
      reference: order.reference,
      ...(order.bankAccount ? { bankAccount: sealedAccount(order.bankAccount) } : {}),
      ...(custodian ? { financialCustodian: custodian } : {}),
    };
  }

  private fail(payment: FundedPayment, reason: StatusReason): void {
    if (!fundingPayment.can(payment.state, 'FAIL')) return;
    payment.state = fundingPayment.next(payment.state, 'FAIL');
    payment.reason = reason;
  }

  private async payment(
    manager: EntityManager,
    paymentId: string,
    event: 'SETTLE' | 'FAIL' | 'REISSUE',
  ): Promise<{ funding: Funding; payment: FundedPayment } | null> {
    const funding = await this.load(manager, { paymentId });
    const payment = funding?.payments.find((p) => p.paymentId === paymentId);
    if (!funding || !payment) return null;
    return fundingPayment.can(payment.state, event) ? { funding, payment } : null;
  }

  private async load(manager: EntityManager, by: { commitmentId: string } | { paymentId: string }) {
    const funding = await this.port.load(manager, by);
    if (!funding) {
      this.logger.warn(
        `finance answered ${this.port.programme} about an unknown ${JSON.stringify(by)}`,
      );
    }
    return funding;
  }
}

/** Only the fields of a sealed account, whatever else the programme keeps beside them (R30). */
function sealedAccount(account: SealedPayeeAccount): SealedBankAccountV2 {
  const { accountName, bankName, bankCode, accountNumberSealed, accountNumberMasked } = account;
  return {
    accountName,
    bankName,
    ...(bankCode ? { bankCode } : {}),
    accountNumberSealed,
    accountNumberMasked,
  };
}
