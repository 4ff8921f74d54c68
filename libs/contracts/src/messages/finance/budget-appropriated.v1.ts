import { IsIn, IsInt, Max, Min } from 'class-validator';
import { FUND_CODES, type FundCodeValue } from './commitment-requested.v1';

/**
 * `finance.budget-appropriated.v1`: a fund's budget for a fiscal year grew (rule R27). Programmes
 * that may only plan against a budget keep a copy (government purchase: only budgeted catalogue
 * items may be bought, R25 / Order 102 art. 14). `appropriatedFen` is the total so far, so it only
 * grows: a consumer keeps the largest it has seen, whatever order messages arrive in.
 */
export class BudgetAppropriatedV1 {
  @IsIn(FUND_CODES)
  fund: FundCodeValue;

  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear: number;

  /** Integer fen (rule R26): the fund-year's whole appropriation so far. */
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  appropriatedFen: number;
}
