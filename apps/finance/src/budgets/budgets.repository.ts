import type { FundCode } from '@civic/domain/finance';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** The budgets' SQL, in the caller's transaction. */
@Injectable()
export class BudgetsRepository {
  /** The fund-year's budget row, created empty when there is none yet (a concurrent one wins). */
  async ensure(manager: EntityManager, fund: FundCode, year: number): Promise<void> {
    await manager.query(
      `INSERT INTO "finance".fund_budget (fund, fiscal_year, appropriated_fen, version, updated_at)
       VALUES ($1, $2, 0, 1, now()) ON CONFLICT DO NOTHING`,
      [fund, year],
    );
  }
}
