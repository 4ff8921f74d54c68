import { parseYuan } from './yuan-input';

/** A budget line as typed: its amount in yuan, sent as fen (R26). */
export interface BudgetLineRow {
  description?: string;
  amountYuan?: string;
}

/** What the budget lines typed so far add up to, in fen (R26); lines not yet amounts count 0. */
export function linesTotalFen(lines: readonly (BudgetLineRow | undefined)[] = []): number {
  return lines.reduce((sum, line) => sum + (parseYuan(line?.amountYuan) ?? 0), 0);
}
