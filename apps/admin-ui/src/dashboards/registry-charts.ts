import { barsChart } from './bar-chart';
import { type BuiltChart, COLORS, compactNumber, type Translate } from './chart-option';
import type { ManagementTier, RegistryDashboardView } from './dashboard-types';
import { canDrillFrom } from './drill-path';
import { countText } from './figures';
import { mapChart } from './map-chart';

/** The tiers of rule R5, in the order of domain.md, each with its colour. */
export const TIERS: readonly ManagementTier[] = ['REGISTERED', 'STREET_FILED', 'COMMUNITY_GUIDED'];
const TIER_COLORS: Record<ManagementTier, string> = {
  REGISTERED: COLORS.blue,
  STREET_FILED: COLORS.cyan,
  COMMUNITY_GUIDED: COLORS.purple,
};

/** The counties a chart shows at most (the largest); the table under it lists them all. */
export const TOP_COUNTIES = 15;

/** Largest first; a tie by code, so the order never shuffles. */
export function ranked<T extends { code: string }>(rows: readonly T[], value: (row: T) => number) {
  return [...rows].sort((a, b) => value(b) - value(a) || a.code.localeCompare(b.code));
}

/**
 * Organizations by area one level down (R1): Guangxi's cities on a map at the province, ranked
 * bars below it (no shapes ship for counties and streets); a click drills into the area.
 */
export function registryAreaChart(
  view: RegistryDashboardView,
  t: Translate,
  language: string,
  regionName: (code: string) => string,
): BuiltChart {
  const seriesName = t('dashboards.registry.organizations');
  const count = (n: number) => countText(n, language);
  if (view.area.level === 'PROVINCE') {
    const rows = view.children.map((c) => ({ code: c.code, value: c.total }));
    return mapChart({ rows, regionName, seriesName, format: count, short: count });
  }
  const children = ranked(view.children, (c) => c.total);
  return barsChart({
    categories: children.map((c) => ({ key: c.code, label: c.name })),
    series: [{ name: seriesName, values: children.map((c) => c.total), color: COLORS.blue }],
    format: count,
    axis: (n) => compactNumber(n, language),
    clickable: canDrillFrom(view.area.code),
  });
}

/** rule R5: each county's organizations by tier, stacked; the largest counties, a click drills in. */
export function tiersByCountyChart(
  view: RegistryDashboardView,
  t: Translate,
  language: string,
): BuiltChart {
  const counties = ranked(view.tiersByCounty, (c) => c.total).slice(0, TOP_COUNTIES);
  return barsChart({
    categories: counties.map((c) => ({ key: c.code, label: c.name })),
    series: TIERS.map((tier) => ({
      name: t(`enums.tier.${tier}`),
      values: counties.map((c) => c.byTier[tier]),
      color: TIER_COLORS[tier],
      stack: 'tiers',
    })),
    format: (n) => countText(n, language),
    axis: (n) => compactNumber(n, language),
    clickable: view.area.level !== 'COUNTY' && view.area.level !== 'STREET',
  });
}

/**
 * rule R10: the share of organizations led by a Party member, the area's own first, then each
 * area one level down; bars in percent, each saying the view's share text (never "0%" for some).
 */
export function partyLedChart(view: RegistryDashboardView, t: Translate): BuiltChart {
  const children = ranked(view.children, (c) => c.partyLed.percent ?? 0);
  const rows = [
    { code: view.area.code, name: t('dashboards.areaTotal', { name: view.area.name }) },
    ...children,
  ];
  const shares = [view.figures.partyLed, ...children.map((c) => c.partyLed)];
  return barsChart({
    categories: rows.map((r) => ({ key: r.code, label: r.name })),
    series: [
      {
        name: t('dashboards.registry.partyLed'),
        values: shares.map((s) => s.percent ?? 0),
        texts: shares.map((s) => s.text),
        color: COLORS.red,
      },
    ],
    format: (n) => `${n}%`,
    axis: (n) => `${n}%`,
    max: 100,
    clickable: canDrillFrom(view.area.code),
    plainKey: view.area.code,
  });
}
