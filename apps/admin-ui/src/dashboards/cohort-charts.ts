import { barsChart } from './bar-chart';
import { type BuiltChart, COLORS, compactNumber, type Translate } from './chart-option';
import type { CohortDashboardView, CohortOutcomesView } from './dashboard-types';
import { canDrillFrom } from './drill-path';
import { countText } from './figures';
import { ranked } from './registry-charts';

/** The cohorts a chart shows at most (those that admitted most); the table lists them all. */
export const TOP_COHORTS = 15;

/**
 * rule R16: what became of the admitted: still incubated, graduated (出壳) or exited, stacked, so
 * that the stack is as long as the admitted bar beside it.
 */
const STAGES = [
  { outcome: 'active', color: COLORS.cyan },
  { outcome: 'graduated', color: COLORS.green },
  { outcome: 'exited', color: COLORS.grey },
] as const;

function outcomeSeries(rows: readonly CohortOutcomesView[], t: Translate) {
  return [
    {
      name: t('dashboards.outcome.admitted'),
      values: rows.map((r) => r.admitted),
      color: COLORS.blue,
    },
    ...STAGES.map(({ outcome, color }) => ({
      name: t(`dashboards.outcome.${outcome}`),
      values: rows.map((r) => r[outcome]),
      color,
      stack: 'stages',
    })),
  ];
}

/** rule R16: each cohort of each base: admitted, and of them active, graduated and exited. */
export function cohortOutcomesChart(
  view: CohortDashboardView,
  t: Translate,
  language: string,
): BuiltChart {
  const cohorts = [...view.cohorts]
    .sort((a, b) => b.admitted - a.admitted || a.cohortId.localeCompare(b.cohortId))
    .slice(0, TOP_COHORTS);
  return barsChart({
    categories: cohorts.map((c) => ({
      key: c.cohortId,
      label: t('dashboards.cohorts.cohortLabel', { base: c.baseName, cohort: c.cohortName }),
    })),
    series: outcomeSeries(cohorts, t),
    format: (n) => countText(n, language),
    axis: (n) => compactNumber(n, language),
  });
}

/** rule R16 by the applicants' areas one level down (R1); a click drills into the area. */
export function cohortAreaChart(
  view: CohortDashboardView,
  t: Translate,
  language: string,
): BuiltChart {
  const children = ranked(view.children, (c) => c.admitted);
  return barsChart({
    categories: children.map((c) => ({ key: c.code, label: c.name })),
    series: outcomeSeries(children, t),
    format: (n) => countText(n, language),
    axis: (n) => compactNumber(n, language),
    clickable: canDrillFrom(view.area.code),
  });
}
