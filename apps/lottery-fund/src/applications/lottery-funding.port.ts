import { applicationStatus } from '@civic/domain/lottery';
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
import { countPaid } from '../dashboard/timeliness';
import { DisclosureService } from '../disclosure/disclosure.service';
import { SubsidyApplication } from './entities/subsidy-application.entity';

/**
 * Where the lottery fund keeps its side of the conversation with finance: an approved application
 * is both the commitment (its id) and its one payment (paid whole, asked with the commitment). The
 * application's status is derived from the two (applicationStatus). A commitment finance refuses
 * has its publicity notice corrected (R23).
 */
@Injectable()
export class LotteryFundingPort extends SinglePayoutPort<SubsidyApplication> {
  readonly programme = 'lottery-fund' as const;
  protected readonly entity = SubsidyApplication;

  constructor(private readonly disclosure: DisclosureService) {
    super();
  }

  protected amountOf(application: SubsidyApplication): number {
    return application.requestedFen;
  }

  protected statusOf(commitment: CommitmentState, payment: PaymentState): string {
    return applicationStatus(commitment, payment);
  }

  async order(manager: EntityManager, funding: Funding): Promise<PaymentOrder> {
    const application = await manager.findOneByOrFail(SubsidyApplication, {
      id: funding.commitment.id,
    });
    return {
      organizationName: application.organizationName,
      reference: `彩票公益金资助：${application.projectName}`,
      // R30: the number leaves here sealed, as stored; finance opens it only to pay it (R28).
      bankAccount: application.bankAccount,
    };
  }

  /** The applicant is told when the subsidy is paid or its payment fails (issue #18). */
  override async paymentNotice(
    manager: EntityManager,
    funding: Funding,
  ): Promise<PaymentNoticeSubject> {
    const application = await manager.findOneByOrFail(SubsidyApplication, {
      id: funding.commitment.id,
    });
    const name = application.projectName;
    return { title: { zh: name, en: name }, link: '/lottery/applications' };
  }

  /** issue #18: its time to payment (R28), in the settlement's inbox transaction. */
  override async paymentSettled(manager: EntityManager, funding: Funding, payment: FundedPayment) {
    const application = await manager.findOneByOrFail(SubsidyApplication, {
      id: funding.commitment.id,
    });
    await countPaid(manager, application, payment.paidAt!);
  }

  override async refused(manager: EntityManager, funding: Funding): Promise<void> {
    const application = await manager.findOneByOrFail(SubsidyApplication, {
      id: funding.commitment.id,
    });
    const reason = funding.commitment.reason?.messageZh ?? '财务未予承诺';
    await this.disclosure.retract(manager, application, `财务未予资金承诺：${reason}`);
  }
}
