import { subsidyStatus } from '@civic/domain/incubation';
import type { CommitmentState, PaymentState } from '@civic/domain/programme';
import {
  type FundedPayment,
  type Funding,
  type PaymentNoticeSubject,
  type PaymentOrder,
  SinglePayoutPort,
} from '@civic/platform/programme-kit';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { countSubsidyPaid } from '../dashboard/timeliness';
import { StartupSubsidy } from './startup-subsidy.entity';

/**
 * Where incubation keeps its side of the conversation with finance: a start-up subsidy is both
 * the commitment (its id) and its one payment, asked together; its status is derived from the two
 * (subsidyStatus).
 */
@Injectable()
export class IncubationFundingPort extends SinglePayoutPort<StartupSubsidy> {
  readonly programme = 'incubation' as const;
  protected readonly entity = StartupSubsidy;

  protected amountOf(subsidy: StartupSubsidy): number {
    return subsidy.amountFen;
  }

  protected statusOf(commitment: CommitmentState, payment: PaymentState): string {
    return subsidyStatus(commitment, payment);
  }

  async order(manager: EntityManager, funding: Funding): Promise<PaymentOrder> {
    const subsidy = await manager.findOneByOrFail(StartupSubsidy, { id: funding.commitment.id });
    return {
      organizationName: subsidy.organizationName,
      reference: '孵化基地初创补贴',
      bankAccount: subsidy.bankAccount, // R30: sealed as stored; finance opens it to pay (R28)
    };
  }

  /** issue #18: the applicant's time to its subsidy paid (R28), in the settlement's transaction. */
  override async paymentSettled(manager: EntityManager, funding: Funding, payment: FundedPayment) {
    const subsidy = await manager.findOneByOrFail(StartupSubsidy, { id: funding.commitment.id });
    await countSubsidyPaid(manager, subsidy, payment.paidAt!);
  }

  /** The incubatee is told when its start-up subsidy is paid or its payment fails (issue #18). */
  override async paymentNotice(): Promise<PaymentNoticeSubject> {
    return {
      title: { zh: '孵化基地初创补贴', en: 'Incubation start-up subsidy' },
      link: '/incubation/applications',
    };
  }
}
