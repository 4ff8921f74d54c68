import { Card, Collapse, Empty, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ResponsiveTable } from '../common/responsive-table';
import type { ResponsiveColumns } from '../common/responsive-columns';
import type { BuiltChart } from './chart-option';
import { DashboardChart } from './dashboard-chart';
import type { DashboardQuery } from './dashboard-filters';
import type { DashboardWorkbook } from './download-workbook';
import { ExportButton } from './export-button';

export interface ChartCardProps<T extends object> {
  title: string;
  testId: string;
  /** The chart, or null when the filters find nothing to draw. */
  chart: BuiltChart | null;
  /** The area shown (clicks drill below it) and where a drill-down goes. */
  area: string;
  onDrill?: (code: string) => void;
  /** What the chart leaves out, if anything ("the 15 largest counties; the table lists all"). */
  note?: ReactNode;
  /** The dashboard's export, with the filters on screen. */
  workbook: DashboardWorkbook;
  query: DashboardQuery;
  /** The same figures as a table, for screen readers and for reading exact numbers. */
  rows: readonly T[];
  columns: ResponsiveColumns<T>;
  rowKey: keyof T & string;
}

/**
 * A dashboard panel (issue #18): a titled chart, an Excel export under it, and a collapsible data
 * table with the chart's figures, so that every number is there for a screen reader too.
 */
export function ChartCard<T extends object>(props: ChartCardProps<T>) {
  const { t } = useTranslation();
  const { title, chart } = props;
  return (
    <Card size="small" title={title} className="dashboard-panel" data-testid={props.testId}>
      {chart ? (
        <DashboardChart
          chart={chart}
          label={t('dashboards.chartName', { title })}
          area={props.area}
          onDrill={props.onDrill}
        />
      ) : (
        <Empty description={t('dashboards.empty')} />
      )}
      <Space wrap className="dashboard-panel-foot">
        <ExportButton workbook={props.workbook} query={props.query} />
        {props.note && <Typography.Text type="secondary">{props.note}</Typography.Text>}
      </Space>
      <Collapse
        size="small"
        className="dashboard-table"
        items={[
          {
            key: 'table',
            label: t('dashboards.dataTable', { title }),
            children: (
              <ResponsiveTable<T>
                size="small"
                rowKey={props.rowKey}
                dataSource={props.rows}
                columns={props.columns}
                data-testid={`${props.testId}-table`}
                scroll={{ x: 'max-content' }}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
