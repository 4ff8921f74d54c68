import type {
  ClawbackRecoveredV1,
  CommitmentDecidedV1,
  DisbursementFailedV1,
  DisbursementSettledV1,
} from '@civic/contracts';
import type { HandlerContext } from '@civic/platform/messaging';
import { OutboxWriter } from '@civic/platform/messaging';
import { Injectable, Logger } from '@nestjs/common';
import { Award } from './award.entity';
import { Tranche } from './tranche.entity';
import { releaseDue } from './tranche-release';

/**
 * Finance's answers about awards (commitment id = award id) and tranches (payment id = tranche id).
 * A commitment accepted releases what is due; refused, paid and failed are recorded with the reason.
 * Each guards on the current status, so a repeated answer changes nothing.
 */
@Injectable()
export class VentureFinanceAnswers {
  private readonly logger = new Logger(VentureFinanceAnswers.name);

  constructor(private readonly outbox: OutboxWriter) {}

  async commitmentDecided(answer: CommitmentDecidedV1, { manager }: HandlerContext): Promise<void> {
    const award = await manager.findOne(Award, {
      where: { id: answer.commitmentId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!award || award.status !== 'AWARDED') {
      if (!award)
        this.logger.warn(`finance answered about an unknown award ${answer.commitmentId}`);
      return;
    }
    if (answer.status === 'REFUSED') {
      award.status = 'COMMITMENT_REFUSED';
      award.statusReason = answer.refusal ?? null;
      await manager.save(award);
      return;
    }
    award.status = 'COMMITTED';
    await manager.save(award);
    await releaseDue(manager, this.outbox, award);
  }

  async settled(answer: DisbursementSettledV1, { manager }: HandlerContext): Promise<void> {
    const tranche = await this.tranche(manager, answer.paymentId);
    if (!tranche || tranche.payment !== 'REQUESTED') return;
    tranche.payment = 'PAID';
    tranche.bankReference = answer.bankReference;
    tranche.paidAt = new Date(answer.settledAt);
    await manager.save(tranche);
  }

  async failed(answer: DisbursementFailedV1, { manager }: HandlerContext): Promise<void> {
    const tranche = await this.tranche(manager, answer.paymentId);
    if (!tranche || tranche.payment !== 'REQUESTED') return;
    tranche.payment = 'PAYMENT_FAILED';
    tranche.statusReason = {
      code: answer.code,
      message: answer.reason,
      messageZh: answer.reasonZh,
    };
    await manager.save(tranche);
  }

  /** What came back under the award's clawback: the largest total finance reported (R19). */
  async clawbackRecovered(answer: ClawbackRecoveredV1, { manager }: HandlerContext): Promise<void> {
    const award = await manager.findOne(Award, {
      where: { id: answer.commitmentId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!award?.clawback || award.clawback.id !== answer.clawbackId) {
      this.logger.warn(`finance reported a recovery for an unknown clawback ${answer.clawbackId}`);
      return;
    }
    if ((award.clawback.recoveredFen ?? 0) >= answer.recoveredFen) return;
    award.clawback = {
      ...award.clawback,
      recoveredFen: answer.recoveredFen,
      status: answer.status,
    };
    await manager.save(award);
  }

  private async tranche(manager: HandlerContext['manager'], id: string) {
    const tranche = await manager.findOne(Tranche, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!tranche) this.logger.warn(`finance answered about an unknown tranche ${id}`);
    return tranche;
  }
}
