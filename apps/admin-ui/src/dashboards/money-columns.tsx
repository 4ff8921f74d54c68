import type { ResponsiveColumn } from '../common/responsive-columns';
import type { Translate } from './chart-option';
import type { MoneyFigures } from './dashboard-types';
import { yuanText } from './figures';

/** Yuan in a table cell: thousands separators, and "元" never alone on the next line (R26). */
export function Yuan({ fen, t }: { fen: number; t: Translate }) {
  return <span className="nowrap">{yuanText(fen, t)}</span>;
}

/** Money columns of a data table, labelled as the charts label them (R28's steps). */
export function moneyColumns<T extends MoneyFigures>(
  t: Translate,
  keys: readonly ('committed' | 'awaitingBatch' | 'inBatch' | 'paid' | 'failed' | 'released')[],
): ResponsiveColumn<T>[] {
  return keys.map((key) => ({
    title: t(`dashboards.funding.${key}`),
    key,
    align: 'right',
    render: (_: unknown, row: T) => <Yuan fen={row[`${key}Fen`]} t={t} />,
  }));
}
