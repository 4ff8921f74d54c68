import type { BudgetAppropriatedV1 } from '@civic/contracts';
import type { HandlerContext } from '@civic/platform/messaging';
import { PROCUREMENT_FUND } from '../funding/procurement-funding.port';

/**
 * Keep finance's government purchase budget (R27), in the inbox transaction: the total only grows,
 * so the largest seen wins whatever order messages arrive in, and a redelivery changes nothing.
 * Other funds' budgets are not procurement's concern.
 */
export async function keepPurchaseBudget(
  budget: BudgetAppropriatedV1,
  { manager }: Pick<HandlerContext, 'manager'>,
): Promise<void> {
  if (budget.fund !== PROCUREMENT_FUND) return;
  await manager.query(
    `INSERT INTO procurement.purchase_budget (fiscal_year, appropriated_fen, received_at)
     VALUES ($1, $2, now())
     ON CONFLICT (fiscal_year) DO UPDATE
        SET appropriated_fen = EXCLUDED.appropriated_fen, received_at = now()
      WHERE purchase_budget.appropriated_fen < EXCLUDED.appropriated_fen`,
    [budget.fiscalYear, budget.appropriatedFen],
  );
}
