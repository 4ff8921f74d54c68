import { type BuiltChart, type ChartOption, escapeHtml } from './chart-option';

/** One series of horizontal bars: a value per category, in the categories' order. */
export interface BarSeriesSpec {
  name: string;
  values: readonly (number | null)[];
  color: string;
  /** Series with the same stack are stacked (tiers of a county); others stand side by side. */
  stack?: string;
  /** What each bar says at its end and in the tooltip (a share's text); default `format(value)`. */
  texts?: readonly string[];
  /** What the tooltip says of each bar, where it says more than the bar's end (default: texts). */
  tips?: readonly string[];
  /** A colour per bar, where bars of one series differ (a share met or not). */
  colors?: readonly string[];
}

/** Horizontal bars, one row per category (long Chinese names read best down the side). */
export interface BarsSpec {
  categories: readonly { key: string; label: string }[];
  series: readonly BarSeriesSpec[];
  /** A value as the tooltip and a bar's end say it ("1,234.00 元", "12 天"). */
  format: (value: number) => string;
  /** A value as the axis says it (short: "1.2万"). */
  axis: (value: number) => string;
  /** Category labels and bars answer clicks with the category's key (drill-down). */
  clickable?: boolean;
  /** A category that does not drill in, though the others do (the area's own total). */
  plainKey?: string;
  /** Figures at the bars' ends (off for money: the tooltip and the table give it exactly). */
  endTexts?: boolean;
  /** The axis' end (100 for shares in percent). */
  max?: number;
  /** A thin mark per category at a target (a policy's floor), where it has one. */
  targets?: {
    name: string;
    color: string;
    values: readonly (number | null)[];
    text: (value: number) => string;
  };
}

const AXIS_ROOM = 40;
const LEGEND_ROOM = 32;

/** How tall the bars need to be: a row per category, wider rows for bars side by side. */
export function barsHeight(categories: number, sideBySide: number, legend: boolean): number {
  const row = Math.max(28, 10 + 14 * sideBySide);
  return Math.max(120, categories * row + AXIS_ROOM + (legend ? LEGEND_ROOM : 0));
}

/**
 * rule R1 (drill-down by category key): horizontal bars, ranked as given, with a legend when there
 * is more than one series, figures at the bars' ends, and a tooltip naming the category.
 */
export function barsChart(spec: BarsSpec): BuiltChart {
  const { categories, series, format } = spec;
  const legend = series.length > 1;
  const endTexts = spec.endTexts ?? true;
  const labelOf = new Map(categories.map((c) => [c.key, c.label]));
  const textOf = (index: number, dataIndex: number, value: number) =>
    series[index]?.texts?.[dataIndex] ?? format(value);
  const tipOf = (index: number, dataIndex: number, value: number) =>
    series[index]?.tips?.[dataIndex] ?? textOf(index, dataIndex, value);
  const sideBySide = new Set(series.map((s, i) => s.stack ?? `#${i}`)).size;
  const option: ChartOption = {
    animation: false,
    grid: {
      left: 8,
      right: endTexts ? 64 : 24,
      top: legend ? LEGEND_ROOM : 8,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    legend: legend ? { top: 0 } : undefined,
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const items = Array.isArray(params) ? params : [params];
        const key = String(items[0]?.name ?? '');
        const lines = items.map((p) => {
          const text =
            p.seriesType === 'scatter'
              ? spec.targets!.text(Number((p.value as unknown[])[0]))
              : tipOf(p.seriesIndex ?? 0, p.dataIndex, Number(p.value ?? 0));
          return `${p.marker as string}${escapeHtml(p.seriesName ?? '')}：${escapeHtml(text)}`;
        });
        return [escapeHtml(labelOf.get(key) ?? key), ...lines].join('<br/>');
      },
    },
    xAxis: {
      type: 'value',
      max: spec.max,
      minInterval: 1,
      axisLabel: { formatter: (value: number) => spec.axis(value), hideOverlap: true },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: categories.map((c) => c.key),
      triggerEvent: spec.clickable ?? false,
      axisTick: { show: false },
      axisLabel: {
        formatter: (key: string) => labelOf.get(key) ?? key,
        width: 112,
        overflow: 'truncate',
        // Links' blue where a click drills in (a category inside the area), grey elsewhere.
        color: (key?: string | number) =>
          spec.clickable && key !== spec.plainKey ? '#0958d9' : '#595959',
      },
    },
    series: [
      ...series.map((s, index) => ({
        type: 'bar',
        name: s.name,
        stack: s.stack,
        data: s.colors
          ? s.values.map((value, i) => ({ value, itemStyle: { color: s.colors![i] } }))
          : [...s.values],
        itemStyle: { color: s.color },
        cursor: spec.clickable ? 'pointer' : 'default',
        barMaxWidth: 22,
        label: {
          show: endTexts && !s.stack,
          position: 'right',
          formatter: (p: { dataIndex: number; value: unknown }) =>
            textOf(index, p.dataIndex, Number(p.value ?? 0)),
        },
      })),
      ...targetSeries(spec),
    ],
  };
  return { option, height: barsHeight(categories.length, sideBySide, legend) };
}

/** The targets as thin upright marks across their category's bar (a bullet chart's target). */
function targetSeries(spec: BarsSpec): ChartOption['series'] & object[] {
  const { targets, categories } = spec;
  if (!targets) return [];
  const data = targets.values.flatMap((value, i) =>
    value === null ? [] : [[value, categories[i]!.key]],
  );
  return [
    {
      type: 'scatter',
      name: targets.name,
      data,
      symbol: 'rect',
      symbolSize: [3, 26],
      itemStyle: { color: targets.color },
      z: 3,
    },
  ];
}
