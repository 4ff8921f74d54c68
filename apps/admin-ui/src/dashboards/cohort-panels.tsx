import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResponsiveColumns } from '../common/responsive-columns';
import { useAreaColumn } from './area-column';
import { ChartCard } from './chart-card';
import { cohortAreaChart, cohortOutcomesChart, TOP_COHORTS } from './cohort-charts';
import { type DashboardFilters, dashboardQuery } from './dashboard-filters';
import type {
  CohortAreaView,
  CohortDashboardView,
  CohortOutcomeRowView,
  CohortOutcomesView,
} from './dashboard-types';
import { countText } from './figures';
import { FigureTiles } from './figure-tiles';
import { useDrill } from './use-drill';

/** The outcomes of rule R16 the tables show, in order (libs/domain/dashboards COHORT_OUTCOMES). */
const OUTCOMES = [
  'applied',
  'admitted',
  'waitlisted',
  'rejected',
  'active',
  'graduated',
  'exited',
] as const;

/**
 * The incubation dashboard (R16): what became of the applicants, per cohort of each base and by
 * the applicants' areas (R1), with the graduation rate; base staff see their own base.
 */
export function CohortPanels(props: {
  view: CohortDashboardView;
  filters: DashboardFilters;
  go: (next: Partial<DashboardFilters>) => void;
}) {
  const { t, i18n } = useTranslation();
  const { view } = props;
  const language = i18n.language;
  const drill = useDrill(props.go);
  const area = view.area.code;
  const count = (n: number) => countText(n, language);
  const outcomeColumns = OUTCOMES.map((outcome) => ({
    title: t(`dashboards.outcome.${outcome}`),
    key: outcome,
    align: 'right' as const,
    render: (_: unknown, row: CohortOutcomesView) => count(row[outcome]),
  }));
  const graduation = {
    title: t('dashboards.cohorts.graduation'),
    key: 'graduation',
    align: 'right' as const,
    render: (_: unknown, row: CohortOutcomesView) => row.graduation.text,
  };
  const cohortColumns: ResponsiveColumns<CohortOutcomeRowView> = [
    {
      title: t('dashboards.cohorts.cohort'),
      key: 'cohort',
      card: 'title',
      render: (_, c) => c.cohortName,
    },
    { title: t('dashboards.cohorts.base'), dataIndex: 'baseName', key: 'base' },
    { title: t('dashboards.cohorts.year'), dataIndex: 'year', key: 'year' },
    ...outcomeColumns,
    graduation,
  ];
  const areaColumns: ResponsiveColumns<CohortAreaView> = [
    useAreaColumn<CohortAreaView>(area, drill),
    ...outcomeColumns,
    graduation,
  ];
  const totalRow: CohortAreaView = {
    ...view.totals,
    ...view.area,
    name: t('dashboards.areaTotal', { name: view.area.name }),
  };
  const common = {
    area,
    onDrill: drill,
    workbook: 'cohorts' as const,
    query: dashboardQuery(props.filters),
  };
  const { totals } = view;
  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <FigureTiles
          figures={[
            ...(['applied', 'admitted', 'active', 'graduated', 'exited'] as const).map(
              (outcome) => ({
                key: outcome,
                label: t(`dashboards.outcome.${outcome}`),
                text: count(totals[outcome]),
              }),
            ),
            {
              key: 'graduation',
              label: t('dashboards.cohorts.graduation'),
              text: totals.graduation.text,
            },
          ]}
        />
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard
          {...common}
          title={t('dashboards.cohorts.byCohort')}
          testId="cohort-outcomes"
          chart={view.cohorts.length === 0 ? null : cohortOutcomesChart(view, t, language)}
          note={
            view.cohorts.length > TOP_COHORTS
              ? t('dashboards.cohorts.topOnly', { count: TOP_COHORTS })
              : undefined
          }
          rows={view.cohorts}
          rowKey="cohortId"
          columns={cohortColumns}
        />
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard
          {...common}
          title={t('dashboards.cohorts.byArea')}
          testId="cohort-areas"
          chart={view.children.length === 0 ? null : cohortAreaChart(view, t, language)}
          rows={[...view.children, totalRow]}
          rowKey="code"
          columns={areaColumns}
        />
      </Col>
    </Row>
  );
}
