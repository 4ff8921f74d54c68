import { applicationStatus } from '@civic/domain/lottery';
import {
  FundingPort,
  type FundedPayment,
  type Funding,
  type PaymentOrder,
} from '@civic/platform/programme-kit';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DisclosureService } from '../disclosure/disclosure.service';
import { SubsidyApplication } from './entities/subsidy-application.entity';

/**
 * Where the lottery fund keeps its side of the conversation with finance: an approved application
 * is both the commitment (its id) and its one payment (paid whole, asked with the commitment). The
 * application's status is derived from the two (applicationStatus). A commitment finance refuses
 * has its publicity notice corrected (R23).
 */
@Injectable()
export class LotteryFundingPort extends FundingPort {
  readonly programme = 'lottery-fund' as const;

  constructor(private readonly disclosure: DisclosureService) {
    super();
  }

  async load(
    manager: EntityManager,
    by: { commitmentId: string } | { paymentId: string },
  ): Promise<Funding | null> {
    const application = await manager.findOne(SubsidyApplication, {
      where: 'commitmentId' in by ? { id: by.commitmentId } : { paymentId: by.paymentId },
      lock: { mode: 'pessimistic_write' },
    });
    return application ? fundingOf(application) : null;
  }

  async save(manager: EntityManager, funding: Funding): Promise<void> {
    const { commitment } = funding;
    const [payment] = funding.payments;
    await manager.update(SubsidyApplication, commitment.id, {
      commitmentState: commitment.state,
      paymentState: payment.state,
      status: applicationStatus(commitment.state, payment.state),
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
    const application = await manager.findOneByOrFail(SubsidyApplication, {
      id: funding.commitment.id,
    });
    return {
      organizationName: application.organizationName,
      reference: `彩票公益金资助：${application.projectName}`,
      bankAccount: application.bankAccount,
    };
  }

  override async refused(manager: EntityManager, funding: Funding): Promise<void> {
    const application = await manager.findOneByOrFail(SubsidyApplication, {
      id: funding.commitment.id,
    });
    const reason = funding.commitment.reason?.messageZh ?? '财务未予承诺';
    await this.disclosure.retract(manager, application, `财务未予资金承诺：${reason}`);
  }
}

/** An approved application as the programme kit sees it. */
export function fundingOf(application: SubsidyApplication): Funding {
  if (!application.commitmentState || !application.paymentState || !application.paymentId) {
    throw new Error(`application ${application.id} was not approved: it has no funding`);
  }
  return {
    commitment: {
      id: application.id,
      organizationId: application.organizationId,
      amountFen: application.requestedFen,
      state: application.commitmentState,
      reason: application.commitmentState === 'REFUSED' ? application.statusReason : null,
      releasedFen: application.releasedFen,
    },
    payments: [
      {
        key: application.id,
        paymentId: application.paymentId,
        amountFen: application.requestedFen,
        state: application.paymentState,
        reason: application.paymentState === 'FAILED' ? application.statusReason : null,
        bankReference: application.bankReference,
        paidAt: application.paidAt,
        custodianName: application.custodianName,
      },
    ],
  };
}
