import type { CommitmentState, PaymentState } from '@civic/domain/programme';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { type FundedPayment, type Funding, FundingPort, type StatusReason } from './funding';

/**
 * The columns a programme record paid at once keeps (a lottery subsidy, a start-up subsidy): the
 * record is both the commitment (its id) and its one payment.
 */
export interface SinglePayoutRecord extends ObjectLiteral {
  id: string;
  organizationId: string;
  commitmentState: CommitmentState | null;
  paymentState: PaymentState | null;
  statusReason: StatusReason | null;
  releasedFen: number;
  paymentId: string | null;
  bankReference: string | null;
  paidAt: Date | null;
  custodianName: string | null;
}

/**
 * A FundingPort for a programme that pays a record whole, asked with its commitment (one exchange
 * with finance). The programme names its entity, its amount, and its status from the commitment
 * and payment states; loading, saving and the payment due are the same for every such programme.
 */
export abstract class SinglePayoutPort<R extends SinglePayoutRecord> extends FundingPort {
  protected abstract readonly entity: EntityTarget<R>;

  /** The amount paid: the whole commitment. */
  protected abstract amountOf(record: R): number;

  /** The record's status in the programme's own words. */
  protected abstract statusOf(commitment: CommitmentState, payment: PaymentState): string;

  async load(
    manager: EntityManager,
    by: { commitmentId: string } | { paymentId: string },
  ): Promise<Funding | null> {
    const record = await manager.findOne(this.entity, {
      where: ('commitmentId' in by
        ? { id: by.commitmentId }
        : { paymentId: by.paymentId }) as never,
      lock: { mode: 'pessimistic_write' },
    });
    return record ? this.fundingOf(record) : null;
  }

  async save(manager: EntityManager, funding: Funding): Promise<void> {
    const { commitment } = funding;
    const [payment] = funding.payments;
    await manager.update(this.entity, commitment.id, {
      commitmentState: commitment.state,
      paymentState: payment.state,
      status: this.statusOf(commitment.state, payment.state),
      statusReason: payment.reason ?? commitment.reason,
      releasedFen: commitment.releasedFen,
      paymentId: payment.paymentId,
      bankReference: payment.bankReference,
      paidAt: payment.paidAt,
      custodianName: payment.custodianName,
    } as never);
  }

  /** The one payment, until it was asked for (with the commitment). */
  async duePayments(_manager: EntityManager, funding: Funding): Promise<FundedPayment[]> {
    return funding.payments.filter((p) => p.state === 'NOT_REQUESTED');
  }

  /** A record as the programme kit sees it; it must have been given its funding states. */
  fundingOf(record: R): Funding {
    const { commitmentState, paymentState, paymentId } = record;
    if (!commitmentState || !paymentState || !paymentId) {
      throw new Error(`${this.programme} record ${record.id} has no funding yet`);
    }
    const amountFen = this.amountOf(record);
    return {
      commitment: {
        id: record.id,
        organizationId: record.organizationId,
        amountFen,
        state: commitmentState,
        reason: commitmentState === 'REFUSED' ? record.statusReason : null,
        releasedFen: record.releasedFen,
      },
      payments: [
        {
          key: record.id,
          paymentId,
          amountFen,
          state: paymentState,
          reason: paymentState === 'FAILED' ? record.statusReason : null,
          bankReference: record.bankReference,
          paidAt: record.paidAt,
          custodianName: record.custodianName,
        },
      ],
    };
  }
}
