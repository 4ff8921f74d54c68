import type { PaymentStatus } from '@civic/domain/finance';
import { applyToTally, type TallyDelta } from '@civic/platform/tallies';
import type { EntityManager } from 'typeorm';
import type { Commitment } from '../commitments/entities/commitment.entity';
import {
  acceptedMeasures,
  type CommitmentFacts,
  factsOf,
  FUNDING_TALLY,
  type FundingMeasure,
  type FundingMeasures,
  paymentBucket,
  paymentMeasures,
  releasedMeasures,
} from './funding-tally';

type FundingDelta = TallyDelta<typeof FUNDING_TALLY.dims, FundingMeasure>;

/** A payment moved from one status to another (null: it did not exist, or does no more). */
export interface PaymentMove {
  id: string;
  from: PaymentStatus | null;
  to: PaymentStatus | null;
}

interface PaymentRow {
  id: string;
  amount_fen: string;
  commitment_status: string;
  fiscal_year: number;
  programme: string;
  fund: string;
  recipient_street_code: string | null;
  recipient_area_type: Commitment['recipientAreaType'];
  recipient_category: Commitment['recipientCategory'];
  recipient_party_led: boolean | null;
  recipient_takes_government_functions: boolean | null;
  recipient_purpose: Commitment['recipientPurpose'];
}

/**
 * What one transaction moves in the funding tally (issue #18), gathered as it goes and written in
 * one upsert by `flush`, which the transaction calls once it has taken every other lock and before
 * the audit chain's: tally rows are then the last rows it locks, in key order, so two transactions
 * never wait on each other's tally rows crosswise. Commitments move by their loaded row; payments
 * by id, looked up with their commitment's recipient and status.
 */
export class FundingMoves {
  private deltas: FundingDelta[] = [];

  constructor(private readonly manager: EntityManager) {}

  /** rule R27: a commitment accepted. */
  accepted(commitment: Commitment): this {
    return this.add(
      factsOf(commitment),
      acceptedMeasures(factsOf(commitment), commitment.amountFen),
    );
  }

  /** rule R27: `fen` of a commitment released. */
  released(commitment: Commitment, fen: number): this {
    return fen === 0
      ? this
      : this.add(factsOf(commitment), releasedMeasures(factsOf(commitment), fen));
  }

  /** rule R27: failed money of a commitment that closes leaves the failed bucket (it is released). */
  failedClosed(commitment: Commitment, fen: number): this {
    return fen === 0 ? this : this.add(factsOf(commitment), { failed_fen: -fen });
  }

  /** rule R19: a clawback claiming `clawedBackFen`, or a receipt recovering `recoveredFen`. */
  clawback(
    commitment: Commitment,
    measures: { clawedBackFen?: number; recoveredFen?: number },
  ): this {
    return this.add(factsOf(commitment), {
      clawed_back_fen: measures.clawedBackFen ?? 0,
      recovered_fen: measures.recoveredFen ?? 0,
    });
  }

  /**
   * rule R28: payments moved between statuses, by id, each looked up with its commitment. A move
   * to or from FAILED depends on whether the commitment is open: the caller holds the commitment's
   * lock then (SettlementWriter takes it first), so a commitment closing at once waits and sees it.
   */
  async payments(all: readonly PaymentMove[]): Promise<this> {
    // Refused and cancelled payments count nowhere: a move only between them moves nothing.
    const moves = all.filter((m) => countable(m.from) || countable(m.to));
    if (moves.length === 0) return this;
    const rows: PaymentRow[] = await this.manager.query(
      `SELECT p.id, p.amount_fen::text, c.status AS commitment_status, c.fiscal_year, c.programme,
              c.fund, c.recipient_street_code, c.recipient_area_type, c.recipient_category,
              c.recipient_party_led, c.recipient_takes_government_functions, c.recipient_purpose
         FROM "finance".payment p JOIN "finance".commitment c ON c.id = p.commitment_id
        WHERE p.id = ANY($1::uuid[])`,
      [moves.map((m) => m.id)],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const move of moves) {
      const row = byId.get(move.id);
      if (!row) throw new Error(`funding tally: payment ${move.id} is not known`);
      const facts = factsOf(commitmentOf(row));
      const open = row.commitment_status === 'ACCEPTED';
      const amount = Number(row.amount_fen);
      const before = move.from && paymentBucket(move.from, open);
      const after = move.to && paymentBucket(move.to, open);
      if (before === after) continue;
      this.add(facts, negated(paymentMeasures(facts, before, amount)));
      this.add(facts, paymentMeasures(facts, after, amount));
    }
    return this;
  }

  /** Writes what was gathered, one upsert, and starts afresh. */
  async flush(): Promise<void> {
    const deltas = this.deltas;
    this.deltas = [];
    await applyToTally(this.manager, FUNDING_TALLY, deltas);
  }

  private add(facts: CommitmentFacts, measures: FundingMeasures): this {
    this.deltas.push({ key: facts.key, measures });
    return this;
  }
}

function countable(status: PaymentStatus | null): boolean {
  return status !== null && status !== 'REFUSED' && status !== 'CANCELLED';
}

function negated(measures: FundingMeasures): FundingMeasures {
  return Object.fromEntries(Object.entries(measures).map(([m, v]) => [m, -(v as number)]));
}

function commitmentOf(row: PaymentRow) {
  return {
    fiscalYear: row.fiscal_year,
    programme: row.programme,
    fund: row.fund,
    recipientStreetCode: row.recipient_street_code?.trimEnd() ?? null,
    recipientAreaType: row.recipient_area_type,
    recipientCategory: row.recipient_category,
    recipientPartyLed: row.recipient_party_led,
    recipientTakesGovernmentFunctions: row.recipient_takes_government_functions,
    recipientPurpose: row.recipient_purpose,
  };
}
