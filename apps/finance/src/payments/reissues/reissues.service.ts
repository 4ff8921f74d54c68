import { randomUUID } from 'node:crypto';
import {
  IdRef,
  type PaymentView,
  type ProgrammeName,
  ProposeReissueDto,
  ReissueDecisionDto,
  type RpcActor,
  validatePlain,
} from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import type { Payee } from '@civic/domain/finance';
import { AuditTrail } from '@civic/platform/audit';
import { OutboxWriter } from '@civic/platform/messaging';
import { PersonalDataCipher } from '@civic/platform/pii';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Commitment } from '../../commitments/entities/commitment.entity';
import { FundingMoves } from '../../dashboard/funding-moves';
import { assertFourEyes } from '../../four-eyes';
import { Payment } from '../entities/payment.entity';
import { paymentView } from '../payment.mapper';
import { PaymentsRepository } from '../payments.repository';
import { sealAccount } from '../sealed-account';
import { PaymentReissue } from './payment-reissue.entity';
import { reissueView } from './reissue.mapper';

/**
 * A payment that failed for good is paid again to corrected bank details, four eyes (R28): a
 * finance maker proposes the new account with a reason; a different finance checker approves it,
 * which creates a new payment awaiting a batch (the failed one stays FAILED, `reissueOf` links
 * them) and tells the programme (finance.payment-reissued.v1), or rejects it. Only a failed
 * payment of a commitment still open can be re-issued, and only once. Audited (R31). The corrected
 * account number is sealed when proposed (R30) and copied sealed into the new payment.
 */
@Injectable()
export class ReissuesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly outbox: OutboxWriter,
    private readonly repository: PaymentsRepository,
    private readonly cipher: PersonalDataCipher,
  ) {}

  async propose(id: string, input: unknown, actor: RpcActor): Promise<PaymentView> {
    authorize(actor, Permission.BATCH_PREPARE);
    validatePlain(IdRef, { id }, 'payment');
    const proposal = validatePlain(ProposeReissueDto, input, 'reissue');
    return this.dataSource.transaction(async (manager) => {
      const payment = await this.failedPayment(manager, id);
      const open = await manager.findOneBy(PaymentReissue, { paymentId: id, status: 'PROPOSED' });
      if (open) {
        throw new ServiceError(
          409,
          'RULE_R28_REISSUE_PROPOSED',
          'rule R28: a re-issue of this payment awaits its checker already',
          undefined,
          '该付款的重新拨付已提交，正在等待复核',
        );
      }
      const reissue = manager.create(PaymentReissue, {
        id: randomUUID(),
        paymentId: id,
        ...sealAccount(this.cipher, proposal.bankAccount),
        reason: proposal.reason,
        status: 'PROPOSED',
        proposedBy: actor.userId,
        proposedByName: actor.name ?? actor.userId,
      });
      await manager.insert(PaymentReissue, reissue);
      const { accountNumberSealed: _sealed, ...recorded } = reissue; // R30: masked only
      await this.audit.record(manager, {
        actor,
        action: 'payment.reissue-proposed',
        entityType: 'payment',
        entityId: id,
        after: recorded,
      });
      return { ...paymentView(payment), reissue: reissueView(reissue) };
    });
  }

  async decide(id: string, input: unknown, actor: RpcActor): Promise<PaymentView> {
    authorize(actor, Permission.BATCH_CHECK);
    validatePlain(IdRef, { id }, 'payment');
    const { outcome, comment } = validatePlain(ReissueDecisionDto, input, 'decision');
    return this.dataSource.transaction(async (manager) => {
      const reissue = await manager.findOne(PaymentReissue, {
        where: { paymentId: id, status: 'PROPOSED' },
        lock: { mode: 'pessimistic_write' },
      });
      if (!reissue) {
        throw new ServiceError(
          409,
          'RULE_R28_NO_REISSUE_PROPOSED',
          'rule R28: no re-issue of this payment awaits a checker',
          undefined,
          '该付款没有待复核的重新拨付',
        );
      }
      assertFourEyes(reissue.proposedBy, actor, 'PAYMENT_REISSUE');
      const payment = await this.failedPayment(manager, id);
      Object.assign(reissue, {
        status: outcome,
        decidedBy: actor.userId,
        decidedByName: actor.name ?? actor.userId,
        decidedAt: new Date(),
        decisionComment: comment,
      });
      const reissued =
        outcome === 'APPROVED' ? await this.reissue(manager, payment, reissue) : null;
      reissue.newPaymentId = reissued?.id ?? null;
      await manager.save(reissue);
      if (reissued) {
        // issue #18: the failed money is asked again, in the funding tally before the audit lock.
        const moves = new FundingMoves(manager);
        await moves.payments([
          { id, from: 'FAILED', to: null },
          { id: reissued.id, from: null, to: 'AWAITING_BATCH' },
        ]);
        await moves.flush();
      }
      await this.audit.record(manager, {
        actor,
        action: outcome === 'APPROVED' ? 'payment.reissued' : 'payment.reissue-rejected',
        entityType: 'payment',
        entityId: id,
        before: { status: 'PROPOSED' },
        after: { ...reissueView(reissue) },
      });
      return { ...paymentView(payment), reissue: reissueView(reissue) };
    });
  }

  /**
   * The new payment: the failed one's amount and purpose, to the corrected account, which is the
   * organization's own (R3: a re-issue names no custodian). Its number stays sealed (R30).
   */
  private async reissue(manager: EntityManager, failed: Payment, reissue: PaymentReissue) {
    const payee: Payee = {
      organizationId: failed.organizationId,
      paidTo: { kind: 'ORGANIZATION' },
    };
    const payment = manager.create(Payment, {
      ...failed,
      id: randomUUID(),
      payee,
      bankAccount: reissue.bankAccount,
      accountNumberSealed: reissue.accountNumberSealed,
      accountNumberMasked: reissue.accountNumberMasked,
      status: 'AWAITING_BATCH',
      batchId: null,
      attempts: 0,
      nextAttemptAt: null,
      dispatchedAt: null,
      leaseUntil: null,
      leaseToken: null,
      bankReference: null,
      failure: null,
      settledAt: null,
      reissueOf: failed.id,
    });
    delete (payment as Partial<Payment>).requestedAt;
    await manager.insert(Payment, payment);
    await this.outbox.publish(manager, 'finance.payment-reissued.v1', {
      paymentId: payment.id,
      previousPaymentId: failed.id,
      commitmentId: failed.commitmentId,
      programme: failed.programme as ProgrammeName,
      organizationId: failed.organizationId,
      amountFen: failed.amountFen,
    });
    return payment;
  }

  /** The payment, locked, failed, of an open commitment, not re-issued yet; 409 otherwise. */
  private async failedPayment(manager: EntityManager, id: string): Promise<Payment> {
    const payment = await manager.findOne(Payment, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!payment) throw ServiceError.notFound('payment', id);
    const commitment = await manager.findOneOrFail(Commitment, {
      where: { id: payment.commitmentId },
      lock: { mode: 'pessimistic_write' },
    });
    const refuse = (code: string, message: string, messageZh: string) =>
      new ServiceError(409, `RULE_R28_${code}`, `rule R28: ${message}`, undefined, messageZh);
    if (payment.status !== 'FAILED') {
      throw refuse(
        'NOT_FAILED',
        `only a failed payment is re-issued; this one is ${payment.status}`,
        `只有付款失败的款项可以重新拨付，当前状态：${payment.status}`,
      );
    }
    if (await manager.existsBy(Payment, { reissueOf: id })) {
      throw refuse('REISSUED', 'this payment was re-issued already', '该付款已重新拨付');
    }
    if (commitment.status !== 'ACCEPTED') {
      throw refuse(
        'COMMITMENT_CLOSED',
        `its commitment is ${commitment.status}: the programme will pay no more of it`,
        '该资金承诺已关闭或未获批准，不能重新拨付',
      );
    }
    const drawn = await this.repository.drawnFen(manager, commitment.id);
    if (drawn + payment.amountFen > commitment.amountFen - commitment.releasedFen) {
      throw refuse(
        'EXCEEDS_COMMITMENT',
        'paying it again would exceed what its commitment holds',
        '重新拨付将超出资金承诺余额',
      );
    }
    return payment;
  }
}
