import { type BuiltChart, type ChartOption, escapeHtml } from './chart-option';

/** The name Guangxi's cities are registered under (echarts-setup.ts), each region named by its code. */
export const GUANGXI_MAP = 'guangxi';
export const MAP_HEIGHT = 380;

export interface MapSpec {
  /** A value per city with any (a city without a row shows as 0). */
  rows: readonly { code: string; value: number }[];
  /** A city's name from its 4-digit code (R1). */
  regionName: (code: string) => string;
  seriesName: string;
  /** A value as the tooltip says it. */
  format: (value: number) => string;
  /** A value as the region's label says it (short). */
  short: (value: number) => string;
}

/**
 * Guangxi by city (rule R1): each city shaded by its value and labelled with its name and value; a
 * click answers the city's code (`name`), for the drill-down. Regions are named by code, so a
 * name spelt differently in the shapes cannot lose a city's figures.
 */
export function mapChart(spec: MapSpec): BuiltChart {
  const max = Math.max(1, ...spec.rows.map((r) => r.value));
  const valueOf = new Map(spec.rows.map((r) => [r.code, r.value]));
  const option: ChartOption = {
    animation: false,
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const p = Array.isArray(params) ? params[0]! : params;
        const code = String(p.name);
        const value = valueOf.get(code) ?? 0;
        return `${escapeHtml(spec.regionName(code))}<br/>${escapeHtml(spec.seriesName)}：${escapeHtml(spec.format(value))}`;
      },
    },
    series: [
      {
        type: 'map',
        name: spec.seriesName,
        map: GUANGXI_MAP,
        nameProperty: 'code',
        roam: false,
        selectedMode: false,
        cursor: 'pointer',
        layoutCenter: ['50%', '50%'],
        layoutSize: '96%',
        label: {
          show: true,
          fontSize: 11,
          color: '#141414',
          formatter: (p: { name: string }) =>
            `${spec.regionName(p.name)}\n${spec.short(valueOf.get(p.name) ?? 0)}`,
        },
        labelLayout: { hideOverlap: true },
        emphasis: { label: { color: '#000' }, itemStyle: { areaColor: '#ffd666' } },
        itemStyle: { borderColor: '#fff', borderWidth: 1, areaColor: shade(0) },
        data: spec.rows.map((r) => ({
          name: r.code,
          value: r.value,
          itemStyle: { areaColor: shade(r.value / max) },
        })),
      },
    ],
  };
  return { option, height: MAP_HEIGHT };
}

/** The palest and the deepest blue of the map (antd blue-1 and blue-6). */
const PALE = [0xe6, 0xf4, 0xff];
const DEEP = [0x16, 0x77, 0xff];

/** A city's colour by its share of the largest value, 0–1, from pale to deep blue. */
export function shade(fraction: number): string {
  const f = Math.min(1, Math.max(0, fraction));
  const channel = (i: number) => Math.round(PALE[i]! + (DEEP[i]! - PALE[i]!) * f);
  return `#${[0, 1, 2].map((i) => channel(i).toString(16).padStart(2, '0')).join('')}`;
}
