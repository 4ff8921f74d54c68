import { checkCommitment, commit, type FundCode } from '@civic/domain/finance';
import { AuditTrail } from '@civic/platform/audit';
import { OutboxWriter } from '@civic/platform/messaging';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { FundBudget } from '../budgets/entities/fund-budget.entity';
import { LedgerWriter } from '../ledger/ledger.writer';
import type { CommitmentRequest } from '../payments/payment-request';
import { PaymentRequestsService } from '../payments/payment-requests.service';
import { FundingMoves } from '../dashboard/funding-moves';
import { Commitment } from './entities/commitment.entity';

/** Who decides commitments: the finance service itself, on a programme's request. */
const FINANCE_SYSTEM = { userId: 'system:finance', roles: [] };

/**
 * Decides a programme's commitment against a fund's budget (rule R27), in the caller's
 * transaction (the inbox's, for requests that arrive as messages). The budget row is locked
 * first, so concurrent requests are decided one at a time: the budget is never overrun. A
 * repeated request (same commitment id) returns the first decision. The decision goes back to the
 * programme that asked (finance.commitment-decided.v1), with the reason when refused. A request
 * that carries its payment (a single payout) has the payment created, awaiting a batch, in the
 * same transaction as the acceptance, so the programme needs one exchange, not two (rule R28).
 */
@Injectable()
export class CommitmentsService {
  constructor(
    private readonly ledger: LedgerWriter,
    private readonly audit: AuditTrail,
    private readonly outbox: OutboxWriter,
    private readonly payments: PaymentRequestsService,
  ) {}

  async decide(manager: EntityManager, request: CommitmentRequest): Promise<Commitment> {
    const fund = request.fund as FundCode;
    // A fund-year without a budget has nothing available: the check refuses it.
    await manager.findOne(FundBudget, {
      where: { fund, fiscalYear: request.fiscalYear },
      lock: { mode: 'pessimistic_write' },
    });
    const earlier = await manager.findOne(Commitment, { where: { id: request.commitmentId } });
    if (earlier) return earlier;
    const position = await this.ledger.position(manager, fund, request.fiscalYear);
    const check = checkCommitment(position, request.amountFen);
    const decided = manager.create(Commitment, {
      id: request.commitmentId,
      programme: request.programme,
      fund,
      fiscalYear: request.fiscalYear,
      organizationId: request.organizationId,
      amountFen: request.amountFen,
      reference: request.reference,
      status: check.ok ? ('ACCEPTED' as const) : ('REFUSED' as const),
      refusal: check.ok
        ? null
        : { code: check.reason, message: check.message, messageZh: check.messageZh },
      ...recipientColumns(request.recipient),
    });
    await manager.save(decided);
    if (check.ok) {
      await this.ledger.post(
        manager,
        commit(fund, request.fiscalYear, request.amountFen),
        `commitment:${request.commitmentId}`,
      );
    }
    // issue #18: the funding tally moves with the decision and its payment, in one upsert before
    // the audit chain's lock (FundingMoves).
    const moves = new FundingMoves(manager);
    if (check.ok) moves.accepted(decided);
    const payment =
      check.ok && request.payment
        ? await this.payments.accept(
            manager,
            {
              ...request.payment,
              commitmentId: decided.id,
              programme: request.programme,
              organizationId: request.organizationId,
              amountFen: request.amountFen,
            },
            { announceRefusal: false, moves },
          )
        : null;
    await moves.flush();
    await this.audit.record(manager, {
      actor: FINANCE_SYSTEM,
      action: check.ok ? 'commitment.accepted' : 'commitment.refused',
      entityType: 'commitment',
      entityId: request.commitmentId,
      before: position,
      after: decided,
    });
    await this.outbox.publish(manager, 'finance.commitment-decided.v1', {
      commitmentId: decided.id,
      programme: request.programme,
      status: check.ok ? 'ACCEPTED' : 'REFUSED',
      amountFen: decided.amountFen,
      ...(decided.refusal ? { refusal: decided.refusal } : {}),
      ...(payment ? { paymentId: payment.id } : {}),
      ...(payment?.status === 'REFUSED' && payment.failure
        ? { paymentRefusal: payment.failure }
        : {}),
    });
    return decided;
  }
}

/** The recipient's facts as the commitment row keeps them; all null when unknown (issue #18). */
function recipientColumns(recipient: CommitmentRequest['recipient']) {
  return {
    recipientStreetCode: recipient?.streetCode ?? null,
    recipientCountyCode: recipient?.countyCode ?? null,
    recipientAreaType: recipient?.areaType ?? null,
    recipientCategory: recipient?.category ?? null,
    recipientPartyLed: recipient?.partyLed ?? null,
    recipientTakesGovernmentFunctions: recipient?.takesGovernmentFunctions ?? null,
    recipientPurpose: recipient?.purpose ?? null,
  };
}
