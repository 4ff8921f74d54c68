import type { BarSeriesOption, MapSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

/** What the dashboards' charts are built of: exactly the parts registered in echarts-setup.ts. */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | MapSeriesOption
  | ScatterSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>;

/** The UI's words (react-i18next's `t`), so the chart builders stay pure and testable. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A chart built from a view: its option, and how tall it needs to be to show every bar. */
export interface BuiltChart {
  option: ChartOption;
  height: number;
}

/** antd's palette, so that charts look like the rest of the UI. */
export const COLORS = {
  blue: '#1677ff',
  green: '#389e0d',
  orange: '#d46b08',
  purple: '#722ed1',
  cyan: '#08979c',
  grey: '#8c8c8c',
  red: '#cf1322',
} as const;

/** Text put into a tooltip, which echarts writes as HTML: names typed by users must not run. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** A short number for an axis: 1.2万, 3亿 in Chinese; 12K, 3M in English. */
export function compactNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language, { notation: 'compact', maximumFractionDigits: 1 }).format(
    value,
  );
}
