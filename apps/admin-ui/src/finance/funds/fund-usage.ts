import { type Share, shareOf } from '@civic/domain/dashboards';
import type { FundPositionView } from '../../api/types';

type Position = Omit<FundPositionView, 'fund' | 'fiscalYear'>;

/**
 * Shares of the budget used (committed or paid) and paid out (R27), as the dashboards show shares:
 * a non-zero amount never as 0 % (13,345 fen of 5,000,000 is 0.3 %), less than all never as 100 %.
 */
export function usage(position: Position): { used: Share; disbursed: Share } {
  const { appropriatedFen: budget } = position;
  const share = (fen: number) => shareOf(Math.min(Math.max(fen, 0), budget), budget);
  return {
    used: share(budget - position.availableFen),
    disbursed: share(position.disbursedFen),
  };
}
