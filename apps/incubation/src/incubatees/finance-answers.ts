import type {
  CommitmentDecidedV1,
  DisbursementFailedV1,
  DisbursementSettledV1,
} from '@civic/contracts';
import type { HandlerContext } from '@civic/platform/messaging';
import { OutboxWriter } from '@civic/platform/messaging';
import { custodianOf, OrganizationSnapshot } from '@civic/platform/snapshots';
import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { StartupSubsidy } from './startup-subsidy.entity';

/**
 * Finance's answers about a start-up subsidy (commitment id = subsidy id). Committed: ask finance to
 * pay it, to the custodian under custody (R3). Refused, paid or failed: recorded with the reason on
 * the incubation record. Each guards on the subsidy's status, so a repeated answer changes nothing.
 */
@Injectable()
export class IncubationFinanceAnswers {
  private readonly logger = new Logger(IncubationFinanceAnswers.name);

  constructor(private readonly outbox: OutboxWriter) {}

  async commitmentDecided(answer: CommitmentDecidedV1, { manager }: HandlerContext): Promise<void> {
    const subsidy = await this.find(manager, { id: answer.commitmentId });
    if (!subsidy || subsidy.status !== 'REQUESTED') return;
    if (answer.status === 'REFUSED') {
      subsidy.status = 'REFUSED';
      subsidy.statusReason = answer.refusal ?? null;
      await manager.save(subsidy);
      return;
    }
    const snapshot = await manager.findOneBy(OrganizationSnapshot, {
      organizationId: subsidy.organizationId,
    });
    const custodian = custodianOf(snapshot?.data);
    subsidy.status = 'COMMITTED';
    subsidy.paymentId = randomUUID();
    await manager.save(subsidy);
    await this.outbox.publish(manager, 'finance.disbursement-requested.v1', {
      paymentId: subsidy.paymentId,
      commitmentId: subsidy.id,
      programme: 'incubation',
      organizationId: subsidy.organizationId,
      organizationName: subsidy.organizationName,
      amountFen: subsidy.amountFen,
      reference: '孵化基地初创补贴',
      bankAccount: subsidy.bankAccount,
      ...(custodian ? { financialCustodian: custodian } : {}),
    });
  }

  async settled(answer: DisbursementSettledV1, { manager }: HandlerContext): Promise<void> {
    const subsidy = await this.find(manager, { paymentId: answer.paymentId });
    if (!subsidy || subsidy.status !== 'COMMITTED') return;
    subsidy.status = 'PAID';
    subsidy.bankReference = answer.bankReference;
    subsidy.paidAt = new Date(answer.settledAt);
    subsidy.custodianName = answer.paidTo.custodianName ?? null;
    await manager.save(subsidy);
  }

  async failed(answer: DisbursementFailedV1, { manager }: HandlerContext): Promise<void> {
    const subsidy = await this.find(manager, { paymentId: answer.paymentId });
    if (!subsidy || subsidy.status !== 'COMMITTED') return;
    subsidy.status = 'PAYMENT_FAILED';
    subsidy.statusReason = {
      code: answer.code,
      message: answer.reason,
      messageZh: answer.reasonZh,
    };
    await manager.save(subsidy);
  }

  private async find(manager: EntityManager, where: { id: string } | { paymentId: string }) {
    const subsidy = await manager.findOne(StartupSubsidy, {
      where,
      lock: { mode: 'pessimistic_write' },
    });
    if (!subsidy)
      this.logger.warn(`finance answered about an unknown subsidy: ${JSON.stringify(where)}`);
    return subsidy;
  }
}
