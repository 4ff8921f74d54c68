import {
  awardCommitment,
  awardStatusOf,
  paysNoMore,
  trancheReference,
  trancheRelease,
  tranchePaymentOf,
  tranchePaymentState,
} from '@civic/domain/venture';
import {
  type ClawbackRecovery,
  FundingPort,
  type FundedPayment,
  type Funding,
  type PaymentNoticeSubject,
  type PaymentOrder,
} from '@civic/platform/programme-kit';
import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { countTranchePaid } from '../dashboard/timeliness';
import { Proposal } from '../proposals/proposal.entity';
import { Award } from './award.entity';
import { Tranche } from './tranche.entity';
import { trancheStates } from './tranche-release';

/**
 * Where venture keeps its side of the conversation with finance: an award is the commitment (its
 * id), its tranches the payments (R19). A tranche is due when the domain's trancheRelease allows
 * it; once a milestone failed the award pays no more and the kit releases the rest. Clawbacks'
 * recoveries are kept on the award.
 */
@Injectable()
export class VentureFundingPort extends FundingPort {
  readonly programme = 'venture' as const;
  private readonly logger = new Logger(VentureFundingPort.name);

  async load(
    manager: EntityManager,
    by: { commitmentId: string } | { paymentId: string },
  ): Promise<Funding | null> {
    let awardId = 'commitmentId' in by ? by.commitmentId : null;
    if (!awardId) {
      const tranche = await manager.findOneBy(Tranche, {
        paymentId: (by as { paymentId: string }).paymentId,
      });
      awardId = tranche?.awardId ?? null;
    }
    if (!awardId) return null;
    const award = await manager.findOne(Award, {
      where: { id: awardId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!award) return null;
    const tranches = await manager.find(Tranche, {
      where: { awardId },
      order: { position: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    return awardFunding(award, tranches);
  }

  async save(manager: EntityManager, funding: Funding): Promise<void> {
    const { commitment } = funding;
    await manager.update(Award, commitment.id, {
      status: awardStatusOf(commitment.state),
      statusReason: commitment.reason,
      releasedFen: commitment.releasedFen,
    });
    for (const payment of funding.payments) {
      const requested = payment.state !== 'NOT_REQUESTED' && payment.state !== 'CANCELLED';
      await manager.update(Tranche, payment.key, {
        payment: tranchePaymentOf(payment.state),
        paymentId: payment.paymentId,
        statusReason: payment.reason,
        bankReference: payment.bankReference,
        paidAt: payment.paidAt,
        ...(requested ? {} : { releasedAt: null }),
      });
    }
  }

  /**
   * The tranches due now, in order (R19): each one found due counts as released when the next is
   * checked, so a signing and a mid-term both approved before finance answered are both asked for.
   */
  async duePayments(manager: EntityManager, funding: Funding): Promise<FundedPayment[]> {
    const tranches = await this.tranches(manager, funding.commitment.id);
    const states = trancheStates(tranches);
    const now = new Date();
    const due: FundedPayment[] = [];
    for (const [index, tranche] of tranches.entries()) {
      const payment = funding.payments.find((p) => p.key === tranche.id);
      if (payment?.state !== 'NOT_REQUESTED' || !trancheRelease(states, index).ok) continue;
      states[index] = {
        ...states[index],
        paidFen: tranche.amountFen,
        releasedAt: now.toISOString(),
      };
      due.push(payment);
    }
    // When it was released is the tranche's own record (R19), kept with the request.
    if (due.length > 0) {
      await manager.update(
        Tranche,
        due.map((p) => p.key),
        { releasedAt: now },
      );
    }
    return due;
  }

  async order(
    manager: EntityManager,
    funding: Funding,
    payment: FundedPayment,
  ): Promise<PaymentOrder> {
    const proposal = await manager.findOneByOrFail(Proposal, { id: funding.commitment.id });
    const tranche = await manager.findOneByOrFail(Tranche, { id: payment.key });
    return {
      organizationName: proposal.organizationName,
      reference: trancheReference(tranche, proposal.title), // issue #18: labels, not codes
      bankAccount: proposal.bankAccount, // R30: sealed as stored; finance opens it to pay (R28)
    };
  }

  /** The organization is told of each tranche paid or failed (issue #18). */
  override async paymentNotice(
    manager: EntityManager,
    funding: Funding,
  ): Promise<PaymentNoticeSubject> {
    const proposal = await manager.findOneByOrFail(Proposal, { id: funding.commitment.id });
    return { title: { zh: proposal.title, en: proposal.title }, link: '/venture/mine' };
  }

  /** issue #18: the award's time to its first tranche paid (R28), in the settlement's transaction. */
  override async paymentSettled(manager: EntityManager, funding: Funding, payment: FundedPayment) {
    const award = await manager.findOneByOrFail(Award, { id: funding.commitment.id });
    const others = funding.payments.filter((p) => p !== payment && p.state === 'PAID');
    const earliest = others.reduce<Date | null>(
      (min, p) => (p.paidAt && (!min || p.paidAt < min) ? p.paidAt : min),
      null,
    );
    await countTranchePaid(manager, award, earliest, payment.paidAt!);
  }

  override async paysNoMore(manager: EntityManager, funding: Funding): Promise<string | null> {
    const tranches = await this.tranches(manager, funding.commitment.id);
    return paysNoMore(tranches.map((t) => t.milestone)) ? failedEvaluationReason(tranches) : null;
  }

  /** What came back under one of the award's clawbacks: the largest total finance reported. */
  override async clawbackRecovered(manager: EntityManager, recovery: ClawbackRecovery) {
    const award = await manager.findOne(Award, {
      where: { id: recovery.commitmentId },
      lock: { mode: 'pessimistic_write' },
    });
    const clawback = award?.clawbacks.find((c) => c.id === recovery.clawbackId);
    if (!award || !clawback) {
      this.logger.warn(
        `finance reported a recovery for an unknown clawback ${recovery.clawbackId}`,
      );
      return;
    }
    if ((clawback.recoveredFen ?? 0) >= recovery.recoveredFen) return;
    award.clawbacks = award.clawbacks.map((c) =>
      c.id === recovery.clawbackId
        ? { ...c, recoveredFen: recovery.recoveredFen, status: recovery.status }
        : c,
    );
    await manager.update(Award, award.id, { clawbacks: award.clawbacks });
  }

  private tranches(manager: EntityManager, awardId: string) {
    return manager.find(Tranche, { where: { awardId }, order: { position: 'ASC' } });
  }
}

/** An award and its tranches as the programme kit sees them. */
export function awardFunding(award: Award, tranches: Tranche[]): Funding {
  return {
    commitment: {
      id: award.id,
      organizationId: award.organizationId,
      amountFen: award.amountFen,
      state: awardCommitment(award.status),
      reason: award.statusReason,
      releasedFen: award.releasedFen,
    },
    payments: tranches.map((t) => ({
      key: t.id,
      paymentId: t.paymentId,
      amountFen: t.amountFen,
      state: tranchePaymentState(t.payment),
      reason: t.statusReason,
      bankReference: t.bankReference,
      paidAt: t.paidAt,
      custodianName: null,
    })),
  };
}

/** Why the award pays no more: the milestone that failed (R19). */
export function failedEvaluationReason(tranches: readonly Tranche[]): string {
  const failed = tranches.find((t) => t.milestone === 'FAILED');
  return `公益创投：${failed?.key ?? ''} 阶段评估未通过，后续拨付终止，未付资金释放`;
}
