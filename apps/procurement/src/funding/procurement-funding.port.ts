import type { FundCodeValue } from '@civic/contracts';
import {
  type CommitmentAsk,
  FundingPort,
  type FundedPayment,
  type Funding,
  type PaymentOrder,
} from '@civic/platform/programme-kit';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ProcurementGrant } from './procurement-grant.entity';

/** The fund 政府购买服务 grants are committed from (R27). */
export const PROCUREMENT_FUND: FundCodeValue = 'GOVERNMENT_PURCHASE';

/**
 * Where procurement keeps its side of the conversation with finance: a grant is both the
 * commitment (its id) and its one payment, asked together (a single payout, like incubation's
 * start-up subsidy). The kit's ProgrammeFunding moves the states; this only loads and saves them.
 */
@Injectable()
export class ProcurementFundingPort extends FundingPort {
  readonly programme = 'procurement' as const;

  async load(
    manager: EntityManager,
    by: { commitmentId: string } | { paymentId: string },
  ): Promise<Funding | null> {
    const grant = await manager.findOne(ProcurementGrant, {
      where: 'commitmentId' in by ? { id: by.commitmentId } : { paymentId: by.paymentId },
      lock: { mode: 'pessimistic_write' },
    });
    return grant ? grantFunding(grant) : null;
  }

  async save(manager: EntityManager, funding: Funding): Promise<void> {
    const { commitment } = funding;
    const [payment] = funding.payments;
    await manager.update(ProcurementGrant, commitment.id, {
      commitmentState: commitment.state,
      paymentState: payment.state,
      statusReason: payment.reason ?? commitment.reason,
      releasedFen: commitment.releasedFen,
      paymentId: payment.paymentId,
      bankReference: payment.bankReference,
      paidAt: payment.paidAt,
      custodianName: payment.custodianName,
    });
  }

  async duePayments(_manager: EntityManager, funding: Funding): Promise<FundedPayment[]> {
    return funding.payments.filter((p) => p.state === 'NOT_REQUESTED');
  }

  async order(manager: EntityManager, funding: Funding): Promise<PaymentOrder> {
    const grant = await manager.findOneByOrFail(ProcurementGrant, { id: funding.commitment.id });
    return {
      organizationName: grant.organizationName,
      reference: `政府购买服务：${grant.title}`,
      bankAccount: grant.bankAccount,
    };
  }
}

/** A grant as the programme kit sees it: the commitment and its one payment. */
export function grantFunding(grant: ProcurementGrant): Funding {
  return {
    commitment: {
      id: grant.id,
      organizationId: grant.organizationId,
      amountFen: grant.amountFen,
      state: grant.commitmentState,
      reason: grant.commitmentState === 'REFUSED' ? grant.statusReason : null,
      releasedFen: grant.releasedFen,
    },
    payments: [
      {
        key: grant.id,
        paymentId: grant.paymentId,
        amountFen: grant.amountFen,
        state: grant.paymentState,
        reason: grant.paymentState === 'FAILED' ? grant.statusReason : null,
        bankReference: grant.bankReference,
        paidAt: grant.paidAt,
        custodianName: grant.custodianName,
      },
    ],
  };
}

/**
 * What to ask finance to commit for a new grant (R27), for ProgrammeFunding.requestCommitment:
 * insert the grant (commitment REQUESTED, payment NOT_REQUESTED, a new payment id), then in the
 * same transaction `funding.requestCommitment(manager, grantFunding(grant), grantCommitmentAsk(grant))`.
 */
export function grantCommitmentAsk(grant: ProcurementGrant): CommitmentAsk {
  return {
    fund: PROCUREMENT_FUND,
    fiscalYear: grant.fiscalYear,
    reference: `政府购买服务：${grant.title}`,
  };
}
