import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useMemo } from 'react';
import type { BuiltChart } from './chart-option';
import { drillTarget } from './drill-path';
import { echarts } from './echarts-setup';

/** What echarts tells of a click: a bar or region (`name`), or a category label (`value`). */
interface ChartClick {
  componentType?: string;
  name?: string;
  value?: unknown;
}

/**
 * One chart, drawn as SVG at the height its bars need and as wide as its card. It is an image to
 * assistive technology, named by `label`: the data table under it gives the figures. A click on a
 * bar, a category label or a city drills into that area (rule R1) when it lies inside `area`.
 */
export function DashboardChart(props: {
  chart: BuiltChart;
  label: string;
  area: string;
  onDrill?: (code: string) => void;
}) {
  const { chart, label, area, onDrill } = props;
  const onEvents = useMemo(
    () => ({
      click: (event: ChartClick) => {
        const clicked = event.componentType === 'yAxis' ? event.value : event.name;
        const target = onDrill ? drillTarget(area, clicked) : null;
        if (target) onDrill!(target);
      },
    }),
    [area, onDrill],
  );
  return (
    <div role="img" aria-label={label} className="dashboard-chart">
      <ReactEChartsCore
        echarts={echarts}
        option={chart.option}
        notMerge
        opts={{ renderer: 'svg' }}
        style={{ height: chart.height, width: '100%' }}
        onEvents={onEvents}
      />
    </div>
  );
}
