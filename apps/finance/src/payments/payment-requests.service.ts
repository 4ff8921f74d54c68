import type { SealedBankAccountV2 } from '@civic/contracts';
import { type BankAccount, checkDisbursement, payeeFor } from '@civic/domain/finance';
import { OutboxWriter } from '@civic/platform/messaging';
import { PersonalDataCipher } from '@civic/platform/pii';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Commitment } from '../commitments/entities/commitment.entity';
import { FundingMoves } from '../dashboard/funding-moves';
import { Payment } from './entities/payment.entity';
import { PaymentsRepository } from './payments.repository';
import { assertFinanceCanOpen, type PaymentRequest } from './payment-request';
import { storedAccount } from './sealed-account';

type Refusal = { code: string; message: string; messageZh: string };

/**
 * Takes a programme's payment request (payment due) in the inbox's transaction. The commitment row
 * is locked first, so concurrent requests against one commitment are checked one at a time and
 * never ask for more than it holds (rule R27). A valid request waits for a finance maker; one
 * that exceeds its commitment, or has nowhere to pay, is REFUSED and the programme told why.
 * Where the organization is under financial custody the custodian's account is paid (rule R3).
 * The account number is stored sealed, as the request carried it, with its masked form beside it
 * (R30); it is checked to be a token finance can open, and opened only to pay it.
 */
@Injectable()
export class PaymentRequestsService {
  constructor(
    private readonly outbox: OutboxWriter,
    private readonly repository: PaymentsRepository,
    private readonly cipher: PersonalDataCipher,
  ) {}

  /**
   * `announceRefusal: false` when the refusal goes back another way (in the commitment's decision,
   * for a payment asked with its commitment). `moves`: the caller's funding-tally moves, which it
   * flushes (issue #18); without them the payment's move is written here, last.
   */
  async accept(
    manager: EntityManager,
    request: PaymentRequest,
    options: { announceRefusal?: boolean; moves?: FundingMoves } = {},
  ): Promise<Payment> {
    const { announceRefusal = true } = options;
    const commitment = await manager.findOne(Commitment, {
      where: { id: request.commitmentId },
      lock: { mode: 'pessimistic_write' },
    });
    // Messages may overtake each other: a commitment not decided yet is waited for (a retry).
    if (!commitment) throw new Error(`commitment ${request.commitmentId} is not known yet`);
    const earlier = await manager.findOneBy(Payment, { id: request.paymentId });
    if (earlier) return earlier;
    assertFinanceCanOpen(this.cipher, request);
    const { bankAccount, financialCustodian } = request;
    // rule R3 decides by holder, never by number: payeeFor is given the masked form only.
    const payee = payeeFor({
      organizationId: request.organizationId,
      organizationName: request.organizationName,
      bankAccount: bankAccount && holderOf(bankAccount),
      financialCustodian: financialCustodian && {
        custodianName: financialCustodian.custodianName,
        bankAccount: holderOf(financialCustodian.bankAccount),
      },
    });
    // The account paid, as the request sealed it.
    const account = payee.ok
      ? payee.payee.paidTo.kind === 'CUSTODIAN'
        ? financialCustodian?.bankAccount
        : bankAccount
      : undefined;
    const refusal = payee.ok
      ? await this.refusalFor(manager, commitment, request)
      : { code: payee.reason, message: payee.message, messageZh: payee.messageZh };
    const payment = manager.create(Payment, {
      id: request.paymentId,
      commitmentId: commitment.id,
      programme: request.programme,
      fund: commitment.fund,
      fiscalYear: commitment.fiscalYear,
      organizationId: request.organizationId,
      organizationName: request.organizationName,
      amountFen: request.amountFen,
      reference: request.reference,
      payee: payee.ok
        ? payee.payee
        : { organizationId: request.organizationId, paidTo: { kind: 'ORGANIZATION' } },
      ...(account
        ? storedAccount(account)
        : { bankAccount: null, accountNumberSealed: null, accountNumberMasked: null }),
      status: refusal ? 'REFUSED' : 'AWAITING_BATCH',
      failure: refusal,
    });
    await manager.insert(Payment, payment);
    // issue #18: the payment asked counts in the funding tally (nothing when refused).
    const moves = options.moves ?? new FundingMoves(manager);
    await moves.payments([{ id: payment.id, from: null, to: payment.status }]);
    if (!options.moves) await moves.flush();
    if (refusal && announceRefusal) {
      await this.outbox.publish(manager, 'finance.disbursement-failed.v1', {
        paymentId: payment.id,
        commitmentId: commitment.id,
        programme: request.programme,
        organizationId: request.organizationId,
        amountFen: request.amountFen,
        code: refusal.code,
        reason: refusal.message,
        reasonZh: refusal.messageZh,
        attempts: 0,
      });
    }
    return payment;
  }

  private async refusalFor(
    manager: EntityManager,
    commitment: Commitment,
    request: PaymentRequest,
  ): Promise<Refusal | null> {
    if (commitment.status === 'CLOSED') {
      return {
        code: 'COMMITMENT_CLOSED',
        message: `rule R27: commitment ${commitment.id} was closed and its unpaid rest released, so nothing more can be paid against it`,
        messageZh: '该资金承诺已关闭，未付部分已释放，不能再据此拨付',
      };
    }
    if (commitment.status !== 'ACCEPTED') {
      return {
        code: 'COMMITMENT_REFUSED',
        message: `rule R27: commitment ${commitment.id} was refused, so nothing can be paid against it`,
        messageZh: '该资金承诺未获批准，不能据此拨付',
      };
    }
    if (commitment.organizationId !== request.organizationId) {
      return {
        code: 'ORGANIZATION_MISMATCH',
        message: `rule R27: commitment ${commitment.id} is for another organization`,
        messageZh: '该资金承诺属于其他组织',
      };
    }
    // What the commitment has paid or has on its way; failed, refused and cancelled draw nothing.
    const drawn = await this.repository.drawnFen(manager, commitment.id);
    const check = checkDisbursement(commitment.amountFen - drawn, request.amountFen);
    return check.ok
      ? null
      : { code: check.reason, message: check.message, messageZh: check.messageZh };
  }
}

/** An account as rule R3's payee choice reads it: holder and bank, the number masked (R30). */
function holderOf(account: SealedBankAccountV2): BankAccount {
  return {
    accountName: account.accountName,
    bankName: account.bankName,
    accountNumber: account.accountNumberMasked,
  };
}
