import { subsidyStatus } from '@civic/domain/incubation';
import {
  FundingPort,
  type FundedPayment,
  type Funding,
  type PaymentOrder,
} from '@civic/platform/programme-kit';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { StartupSubsidy } from './startup-subsidy.entity';

/**
 * Where incubation keeps its side of the conversation with finance: a start-up subsidy is both
 * the commitment (its id) and its one payment, asked together; its status is derived from the two
 * (subsidyStatus).
 */
@Injectable()
export class IncubationFundingPort extends FundingPort {
  readonly programme = 'incubation' as const;

  async load(
    manager: EntityManager,
    by: { commitmentId: string } | { paymentId: string },
  ): Promise<Funding | null> {
    const subsidy = await manager.findOne(StartupSubsidy, {
      where: 'commitmentId' in by ? { id: by.commitmentId } : { paymentId: by.paymentId },
      lock: { mode: 'pessimistic_write' },
    });
    return subsidy ? subsidyFunding(subsidy) : null;
  }

  async save(manager: EntityManager, funding: Funding): Promise<void> {
    const { commitment } = funding;
    const [payment] = funding.payments;
    await manager.update(StartupSubsidy, commitment.id, {
      commitmentState: commitment.state,
      paymentState: payment.state,
      status: subsidyStatus(commitment.state, payment.state),
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
    const subsidy = await manager.findOneByOrFail(StartupSubsidy, { id: funding.commitment.id });
    return {
      organizationName: subsidy.organizationName,
      reference: '孵化基地初创补贴',
      bankAccount: subsidy.bankAccount,
    };
  }
}

/** A start-up subsidy as the programme kit sees it. */
export function subsidyFunding(subsidy: StartupSubsidy): Funding {
  if (!subsidy.paymentId) throw new Error(`subsidy ${subsidy.id} has no payment id`);
  return {
    commitment: {
      id: subsidy.id,
      organizationId: subsidy.organizationId,
      amountFen: subsidy.amountFen,
      state: subsidy.commitmentState,
      reason: subsidy.commitmentState === 'REFUSED' ? subsidy.statusReason : null,
      releasedFen: subsidy.releasedFen,
    },
    payments: [
      {
        key: subsidy.id,
        paymentId: subsidy.paymentId,
        amountFen: subsidy.amountFen,
        state: subsidy.paymentState,
        reason: subsidy.paymentState === 'FAILED' ? subsidy.statusReason : null,
        bankReference: subsidy.bankReference,
        paidAt: subsidy.paidAt,
        custodianName: subsidy.custodianName,
      },
    ],
  };
}
