import type {
  CommitmentDecidedV1,
  DisbursementFailedV1,
  DisbursementSettledV1,
} from '@civic/contracts';
import type { HandlerContext } from '@civic/platform/messaging';
import { OutboxWriter } from '@civic/platform/messaging';
import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { custodianOf, OrganizationSnapshot } from '@civic/platform/snapshots';
import { SubsidyApplication } from './entities/subsidy-application.entity';

/**
 * Finance's answers about an approved application (commitment id = application id). An accepted
 * commitment asks finance to pay it, to the custodian's account when the organization is under
 * financial custody (R3); a refusal, a payment and a failed payment are recorded with their reason,
 * for the applicant to see. Each handler guards on the application's status, so a repeated answer
 * changes nothing.
 */
@Injectable()
export class FinanceAnswers {
  private readonly logger = new Logger(FinanceAnswers.name);

  constructor(private readonly outbox: OutboxWriter) {}

  async commitmentDecided(answer: CommitmentDecidedV1, { manager }: HandlerContext): Promise<void> {
    const application = await this.find(manager, { id: answer.commitmentId });
    if (!application || application.status !== 'APPROVED') return;
    if (answer.status === 'REFUSED') {
      application.status = 'COMMITMENT_REFUSED';
      application.statusReason = answer.refusal ?? null;
      await manager.save(application);
      return;
    }
    const snapshot = await manager.findOneBy(OrganizationSnapshot, {
      organizationId: application.organizationId,
    });
    const custodian = custodianOf(snapshot?.data);
    application.status = 'COMMITTED';
    application.paymentId = randomUUID();
    await manager.save(application);
    await this.outbox.publish(manager, 'finance.disbursement-requested.v1', {
      paymentId: application.paymentId,
      commitmentId: application.id,
      programme: 'lottery-fund',
      organizationId: application.organizationId,
      organizationName: application.organizationName,
      amountFen: application.requestedFen,
      reference: `彩票公益金资助：${application.projectName}`,
      bankAccount: application.bankAccount,
      ...(custodian ? { financialCustodian: custodian } : {}),
    });
  }

  async settled(answer: DisbursementSettledV1, { manager }: HandlerContext): Promise<void> {
    const application = await this.find(manager, { paymentId: answer.paymentId });
    if (!application || application.status !== 'COMMITTED') return;
    application.status = 'PAID';
    application.bankReference = answer.bankReference;
    application.paidAt = new Date(answer.settledAt);
    application.custodianName = answer.paidTo.custodianName ?? null;
    await manager.save(application);
  }

  async failed(answer: DisbursementFailedV1, { manager }: HandlerContext): Promise<void> {
    const application = await this.find(manager, { paymentId: answer.paymentId });
    if (!application || application.status !== 'COMMITTED') return;
    application.status = 'PAYMENT_FAILED';
    application.statusReason = {
      code: answer.code,
      message: answer.reason,
      messageZh: answer.reasonZh,
    };
    await manager.save(application);
  }

  private async find(manager: EntityManager, where: { id: string } | { paymentId: string }) {
    const application = await manager.findOne(SubsidyApplication, {
      where,
      lock: { mode: 'pessimistic_write' },
    });
    if (!application)
      this.logger.warn(`finance answered about an unknown application: ${JSON.stringify(where)}`);
    return application;
  }
}
