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
import { LedgerLine } from './entities/ledger-line.entity';
import { LedgerPosting } from './entities/ledger-posting.entity';

const FUND_KINDS = ['APPROPRIATION', 'AVAILABLE', 'COMMITTED', 'DISBURSED'] as const;

/**
 * Writes balanced postings (rule R28) in the caller's transaction: the posting, its lines, and the
 * touched accounts' balances (upserted in account order, so concurrent writers never deadlock).
 */
@Injectable()
export class LedgerWriter {
  async post(manager: EntityManager, posting: Posting, reference: string): Promise<LedgerPosting> {
    assertBalanced(posting);
    const saved = await manager.save(
      manager.create(LedgerPosting, { kind: posting.kind, reference, memo: posting.memo ?? null }),
    );
    await manager.insert(
      LedgerLine,
      posting.lines.map((line) => ({
        postingId: saved.id,
        account: line.account,
        amountFen: line.amountFen,
      })),
    );
    const lines = [...posting.lines].sort((a, b) => a.account.localeCompare(b.account));
    for (const line of lines) {
      await manager.query(
        `INSERT INTO "finance".account_balance (account, balance_fen) VALUES ($1, $2)
         ON CONFLICT (account) DO UPDATE SET balance_fen = account_balance.balance_fen + EXCLUDED.balance_fen`,
        [line.account, line.amountFen],
      );
    }
    return saved;
  }

  /** A fund-year's position from the kept balances (appropriated, available, committed, paid). */
  async position(manager: EntityManager, fund: FundCode, year: number): Promise<FundPosition> {
    const accounts = FUND_KINDS.map((kind) => accountId({ fund, year, kind }));
    const rows = await manager.find(AccountBalance, { where: { account: In(accounts) } });
    return fundPosition(new Map(rows.map((row) => [row.account, row.balanceFen])), fund, year);
  }
}
