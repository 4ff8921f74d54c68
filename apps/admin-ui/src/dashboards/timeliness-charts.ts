import { barsChart } from './bar-chart';
import { type BuiltChart, COLORS, type Translate } from './chart-option';
import type { DurationStats, TimelinessDashboardView } from './dashboard-types';
import { canDrillFrom } from './drill-path';
import { daysText } from './figures';
import { ranked } from './registry-charts';

/** The two spans the programmes are timed on: to the decision (R16: 5 working days) and to payment (R28). */
export const SPANS = ['toDecision', 'toPayment'] as const;
export type Span = (typeof SPANS)[number];

/** Median and 90th percentile of one span, side by side; a row without applications shows "—". */
function medianAndP90(stats: readonly DurationStats[], t: Translate) {
  return [
    {
      name: t('dashboards.timeliness.median'),
      values: stats.map((s) => s.medianDays),
      texts: stats.map((s) => daysText(s.medianDays, t)),
      color: COLORS.blue,
    },
    {
      name: t('dashboards.timeliness.p90'),
      values: stats.map((s) => s.p90Days),
      texts: stats.map((s) => daysText(s.p90Days, t)),
      color: COLORS.orange,
    },
  ];
}

/** The rows of the programme chart: every programme in the filter together, then each programme. */
export function timelinessRows(view: TimelinessDashboardView, t: Translate) {
  return [
    { key: 'all', label: t('dashboards.timeliness.all'), ...view.totals },
    ...view.programmes.map((p) => ({
      key: p.programme,
      label: t(`enums.programme.${p.programme}`),
      ...p,
    })),
  ];
}

/** Days from application to decision, or to payment: all programmes, then each; median and p90. */
export function timelinessProgrammeChart(
  view: TimelinessDashboardView,
  span: Span,
  t: Translate,
): BuiltChart {
  const rows = timelinessRows(view, t);
  return barsChart({
    categories: rows.map(({ key, label }) => ({ key, label })),
    series: medianAndP90(
      rows.map((r) => r[span]),
      t,
    ),
    format: (days) => daysText(days, t),
    axis: (days) => String(days),
  });
}

/** Days to decision or payment by the applicants' areas one level down (R1), slowest first; a click drills in. */
export function timelinessAreaChart(
  view: TimelinessDashboardView,
  span: Span,
  t: Translate,
): BuiltChart {
  const children = ranked(view.children, (c) => c[span].p90Days ?? -1);
  return barsChart({
    categories: children.map((c) => ({ key: c.code, label: c.name })),
    series: medianAndP90(
      children.map((c) => c[span]),
      t,
    ),
    format: (days) => daysText(days, t),
    axis: (days) => String(days),
    clickable: canDrillFrom(view.area.code),
  });
}
