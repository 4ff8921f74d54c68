import { formatYuan } from '@civic/domain/money';
import type { Translate } from './chart-option';

/** A count with thousands separators in the UI language ("12,345"). */
export function countText(count: number, language: string): string {
  return new Intl.NumberFormat(language).format(count);
}

/** rule R26: integer fen as yuan with thousands separators and the unit ("12,345.00 元"). */
export function yuanText(fen: number, t: Translate): string {
  return t('common.yuan', { amount: formatYuan(fen) });
}

/** rule R26: fen as the number of yuan a chart's axis measures (exact to the fen). */
export function chartYuan(fen: number): number {
  return fen / 100;
}

/** Whole days ("4 天"), or a dash where nothing was counted. */
export function daysText(days: number | null, t: Translate): string {
  return days === null ? '—' : t('dashboards.days', { count: days });
}
