import {
  accountId,
  assertBalanced,
  type FundCode,
  fundPosition,
  type FundPosition,
  type Posting,
} from '@civic/domain/finance';
import { Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import { AccountBalance } from './entities/account-balance.entity';

export interface PostingEntry {
  posting: Posting;
  /** The business record behind it, e.g. `payment:<uuid>`. */
  reference: string;
}

const FUND_KINDS = ['APPROPRIATION', 'AVAILABLE', 'COMMITTED', 'DISBURSED'] as const;

/**
 * Writes balanced postings (rule R28) in the caller's transaction: the posting, its lines, and the
 * touched accounts' balances (upserted in account order, so concurrent writers never deadlock).
 */
@Injectable()
export class LedgerWriter {
  async post(manager: EntityManager, posting: Posting, reference: string): Promise<void> {
    await this.postMany(manager, [{ posting, reference }]);
  }

  /**
   * Many postings in three statements whatever their number: postings, lines, and one upsert of
   * the summed change per account (in account order). References must differ within one call.
   */
  async postMany(manager: EntityManager, entries: PostingEntry[]): Promise<void> {
    if (entries.length === 0) return;
    entries.forEach(({ posting }) => assertBalanced(posting));
    const references = entries.map((entry) => entry.reference);
    if (new Set(references).size !== references.length) {
      throw new RangeError('postMany takes each reference once');
    }
    const saved: { id: string; reference: string }[] = await manager.query(
      `INSERT INTO "finance".ledger_posting (kind, reference, memo)
       SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::text[]) RETURNING id, reference`,
      [entries.map((e) => e.posting.kind), references, entries.map((e) => e.posting.memo ?? null)],
    );
    const ids = new Map(saved.map((row) => [row.reference, row.id]));
    const lines = entries.flatMap(({ posting, reference }) =>
      posting.lines.map((line) => ({ postingId: ids.get(reference)!, ...line })),
    );
    await manager.query(
      `INSERT INTO "finance".ledger_line (posting_id, account, amount_fen)
       SELECT * FROM unnest($1::bigint[], $2::varchar[], $3::bigint[])`,
      [lines.map((l) => l.postingId), lines.map((l) => l.account), lines.map((l) => l.amountFen)],
    );
    const changes = new Map<string, number>();
    for (const line of lines)
      changes.set(line.account, (changes.get(line.account) ?? 0) + line.amountFen);
    const accounts = [...changes.keys()].sort();
    await manager.query(
      `INSERT INTO "finance".account_balance (account, balance_fen)
       SELECT * FROM unnest($1::varchar[], $2::bigint[])
       ON CONFLICT (account) DO UPDATE SET balance_fen = account_balance.balance_fen + EXCLUDED.balance_fen`,
      [accounts, accounts.map((account) => changes.get(account))],
    );
  }

  /** A fund-year's position from the kept balances (appropriated, available, committed, paid). */
  async position(manager: EntityManager, fund: FundCode, year: number): Promise<FundPosition> {
    const accounts = FUND_KINDS.map((kind) => accountId({ fund, year, kind }));
    const rows = await manager.find(AccountBalance, { where: { account: In(accounts) } });
    return fundPosition(new Map(rows.map((row) => [row.account, row.balanceFen])), fund, year);
  }
}
