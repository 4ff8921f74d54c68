import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResponsiveColumns } from '../common/responsive-columns';
import type { Translate } from './chart-option';
import { useAreaColumn } from './area-column';
import { ChartCard } from './chart-card';
import { type DashboardFilters, dashboardQuery } from './dashboard-filters';
import type {
  TimelinessAreaView,
  TimelinessDashboardView,
  TimelinessFiguresView,
} from './dashboard-types';
import { countText, daysText } from './figures';
import { FigureTiles } from './figure-tiles';
import {
  SPANS,
  timelinessAreaChart,
  timelinessProgrammeChart,
  timelinessRows,
} from './timeliness-charts';
import { useDrill } from './use-drill';

/** Count, median and p90 of both spans, as table columns. */
function spanColumns<T extends TimelinessFiguresView>(t: Translate, language: string) {
  return SPANS.flatMap((span) => [
    {
      title: t(`dashboards.timeliness.${span}Count`),
      key: `${span}-count`,
      align: 'right' as const,
      render: (_: unknown, row: T) => countText(row[span].count, language),
    },
    {
      title: t(`dashboards.timeliness.${span}Median`),
      key: `${span}-median`,
      align: 'right' as const,
      render: (_: unknown, row: T) => daysText(row[span].medianDays, t),
    },
    {
      title: t(`dashboards.timeliness.${span}P90`),
      key: `${span}-p90`,
      align: 'right' as const,
      render: (_: unknown, row: T) => daysText(row[span].p90Days, t),
    },
  ]);
}

/**
 * The timeliness dashboard (issue #18; R16 five working days to a decision, R28 payment): days
 * from application to decision and to payment, median and 90th percentile, per programme and by
 * the applicants' areas (R1).
 */
export function TimelinessPanels(props: {
  view: TimelinessDashboardView;
  filters: DashboardFilters;
  go: (next: Partial<DashboardFilters>) => void;
}) {
  const { t, i18n } = useTranslation();
  const { view } = props;
  const language = i18n.language;
  const drill = useDrill(props.go);
  const area = view.area.code;
  const programmeRows = timelinessRows(view, t);
  const programmeColumns: ResponsiveColumns<(typeof programmeRows)[number]> = [
    {
      title: t('dashboards.filters.programme'),
      key: 'programme',
      card: 'title',
      render: (_, r) => r.label,
    },
    ...spanColumns(t, language),
  ];
  const areaRows: TimelinessAreaView[] = [
    ...view.children,
    ...(view.areaUnknown
      ? [
          {
            ...view.areaUnknown,
            code: 'unknown',
            name: t('dashboards.timeliness.areaUnknown'),
            level: view.area.level,
          },
        ]
      : []),
  ];
  const areaColumns: ResponsiveColumns<TimelinessAreaView> = [
    useAreaColumn<TimelinessAreaView>(area, drill),
    ...spanColumns(t, language),
  ];
  const common = {
    area,
    onDrill: drill,
    workbook: 'timeliness' as const,
    query: dashboardQuery(props.filters),
  };
  const { totals } = view;
  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <FigureTiles
          figures={SPANS.flatMap((span) => [
            {
              key: `${span}-median`,
              label: t(`dashboards.timeliness.${span}Median`),
              text: daysText(totals[span].medianDays, t),
            },
            {
              key: `${span}-p90`,
              label: t(`dashboards.timeliness.${span}P90`),
              text: daysText(totals[span].p90Days, t),
            },
          ])}
        />
      </Col>
      {SPANS.map((span) => (
        <Col key={span} xs={24} xl={12}>
          <ChartCard
            {...common}
            title={t(`dashboards.timeliness.${span}`)}
            testId={`timeliness-${span}`}
            chart={totals[span].count === 0 ? null : timelinessProgrammeChart(view, span, t)}
            rows={programmeRows}
            rowKey="key"
            columns={programmeColumns}
          />
        </Col>
      ))}
      {SPANS.map((span) => (
        <Col key={span} xs={24} xl={12}>
          <ChartCard
            {...common}
            title={t(`dashboards.timeliness.${span}ByArea`)}
            testId={`timeliness-${span}-areas`}
            chart={
              view.children.every((c) => c[span].count === 0)
                ? null
                : timelinessAreaChart(view, span, t)
            }
            rows={areaRows}
            rowKey="code"
            columns={areaColumns}
          />
        </Col>
      ))}
    </Row>
  );
}
