import type { CommitmentRecipientV2, ProgrammeName } from '@civic/contracts';
import type { CommitmentState, PaymentState } from '@civic/domain/programme';
import type { SealedPayeeAccount } from '@civic/platform/pii';
import type { EntityManager } from 'typeorm';
import type { PaymentNoticeSubject } from './payment-notices';
import { recipientFor } from './recipient';

/** Why something was refused or failed (finance's reason, the bank's), in both languages. */
export interface StatusReason {
  code: string;
  message: string;
  messageZh: string;
}

/** The programme's commitment at finance: an approved application, a subsidy, an award. */
export interface FundedCommitment {
  /** The commitment id at finance (the application's, subsidy's or award's id). */
  readonly id: string;
  readonly organizationId: string;
  readonly amountFen: number;
  state: CommitmentState;
  reason: StatusReason | null;
  /** What finance released of it (finance.commitment-released.v1); only grows. */
  releasedFen: number;
}

/** One payment asked of finance against the commitment: the subsidy itself, a tranche. */
export interface FundedPayment {
  /** The programme's own key for it (the tranche's id); stays the same when it is re-issued. */
  readonly key: string;
  /** The payment id at finance now: the key at first, a new id after a re-issue (R28). */
  paymentId: string;
  readonly amountFen: number;
  state: PaymentState;
  reason: StatusReason | null;
  bankReference: string | null;
  paidAt: Date | null;
  /** The custodian paid on the organization's behalf (R3), when there was one. */
  custodianName: string | null;
}

/** A commitment with its payments, in their order: loaded locked, changed, saved together. */
export interface Funding {
  commitment: FundedCommitment;
  payments: FundedPayment[];
}

/** What finance needs to pay one payment, beyond its amount. */
export interface PaymentOrder {
  organizationName: string;
  /** The bank transfer's reference, e.g. 彩票公益金资助：项目名. */
  reference: string;
  /**
   * The payee's account as the programme stores it, the number sealed (R30): it goes to finance
   * as it is (SealedBankAccountV2), never opened on the way.
   */
  bankAccount?: SealedPayeeAccount;
}

/** What the programme's clawback opened at finance was recovered so far (R19). */
export interface ClawbackRecovery {
  clawbackId: string;
  commitmentId: string;
  recoveredFen: number;
  status: 'PARTLY_RECOVERED' | 'RECOVERED';
}

/**
 * The repository port each programme implements for the programme kit: where its commitments and
 * payments live (its own tables and columns), which payments its rules make due, and what it adds
 * when finance answers. Loads lock the rows, since the kit changes them in the caller's
 * transaction.
 */
export abstract class FundingPort {
  abstract readonly programme: ProgrammeName;

  /** The commitment and its payments, locked; null when the programme holds no such commitment. */
  abstract load(
    manager: EntityManager,
    by: { commitmentId: string } | { paymentId: string },
  ): Promise<Funding | null>;

  /** Writes back what the kit changed on the commitment and its payments. */
  abstract save(manager: EntityManager, funding: Funding): Promise<void>;

  /**
   * The payments not requested yet that the programme's rules make due now (R19: a tranche whose
   * milestone was approved). A single payout answers its one payment, asked with the commitment.
   */
  abstract duePayments(manager: EntityManager, funding: Funding): Promise<FundedPayment[]>;

  /** Who and what the payment is for, for finance and the bank. */
  abstract order(
    manager: EntityManager,
    funding: Funding,
    payment: FundedPayment,
  ): Promise<PaymentOrder>;

  /**
   * Why the programme will pay no more of a commitment finance just accepted (R19: an evaluation
   * failed while finance was deciding), or null. The kit then withdraws it at once.
   */
  async paysNoMore(_manager: EntityManager, _funding: Funding): Promise<string | null> {
    return null;
  }

  /**
   * What the organization's notice of a payment settled or failed is about (issue #18): the
   * project's name and where to read it; null (the default) tells nothing.
   */
  async paymentNotice(
    _manager: EntityManager,
    _funding: Funding,
    _payment: FundedPayment,
  ): Promise<PaymentNoticeSubject | null> {
    return null;
  }

  /** Finance refused the commitment (R27); the programme may add to it (a correction notice). */
  async refused(_manager: EntityManager, _funding: Funding): Promise<void> {}

  /** The programme will pay no more and finance released the rest (R27). */
  async released(_manager: EntityManager, _funding: Funding): Promise<void> {}

  /**
   * Who the commitment's money goes to, for finance's funding tally (issue #18; R1, R10, R12, R14):
   * by default from this service's snapshot of the commitment's organization; null when it holds
   * none (finance then counts the money as "area unknown").
   */
  async recipient(manager: EntityManager, funding: Funding): Promise<CommitmentRecipientV2 | null> {
    return recipientFor(manager, funding.commitment.organizationId);
  }

  /**
   * A payment settled (finance.disbursement-settled.v1), in the inbox transaction after the kit
   * saved it: a programme counts its time to payment here (issue #18). Only a real transition
   * arrives here, so a redelivered answer counts nothing twice.
   */
  async paymentSettled(
    _manager: EntityManager,
    _funding: Funding,
    _payment: FundedPayment,
  ): Promise<void> {}

  /** What came back under a clawback the programme opened (R19); only programmes that claw back. */
  async clawbackRecovered(_manager: EntityManager, recovery: ClawbackRecovery): Promise<void> {
    throw new Error(
      `${this.programme} opens no clawbacks, yet finance reported one recovered: ${recovery.clawbackId}`,
    );
  }
}
