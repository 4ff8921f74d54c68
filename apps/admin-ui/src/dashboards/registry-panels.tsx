import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResponsiveColumns } from '../common/responsive-columns';
import { useAreaColumn } from './area-column';
import { ChartCard } from './chart-card';
import { type DashboardFilters, dashboardQuery } from './dashboard-filters';
import type { CountyTiersView, RegistryAreaView, RegistryDashboardView } from './dashboard-types';
import { cityName } from './echarts-setup';
import { countText } from './figures';
import { FigureTiles } from './figure-tiles';
import {
  partyLedChart,
  registryAreaChart,
  TIERS,
  tiersByCountyChart,
  TOP_COUNTIES,
} from './registry-charts';
import { useDrill } from './use-drill';

/**
 * The registry dashboard (R1, R5, R6, R8, R10): headline figures, organizations by area (a map of
 * Guangxi's cities at the province), tiers by county, and the Party-led share by area.
 */
export function RegistryPanels(props: {
  view: RegistryDashboardView;
  filters: DashboardFilters;
  go: (next: Partial<DashboardFilters>) => void;
}) {
  const { t, i18n } = useTranslation();
  const { view } = props;
  const language = i18n.language;
  const query = dashboardQuery(props.filters);
  const drill = useDrill(props.go);
  const area = view.area.code;
  const count = (n: number) => countText(n, language);
  const areaColumn = useAreaColumn<RegistryAreaView>(area, drill);
  const countyColumn = useAreaColumn<CountyTiersView>(area, drill, t('dashboards.county'));
  const tierColumns = TIERS.map((tier) => ({
    title: t(`enums.tier.${tier}`),
    key: tier,
    align: 'right' as const,
    render: (_: unknown, row: { byTier: Record<typeof tier, number> }) => count(row.byTier[tier]),
  }));
  const areaColumns: ResponsiveColumns<RegistryAreaView> = [
    areaColumn,
    {
      title: t('dashboards.registry.organizations'),
      key: 'total',
      align: 'right',
      render: (_, r) => count(r.total),
    },
    ...tierColumns,
    {
      title: t('dashboards.registry.rural'),
      key: 'rural',
      align: 'right',
      render: (_, r) => r.rural.text,
    },
    {
      title: t('dashboards.registry.publicWelfare'),
      key: 'pw',
      align: 'right',
      render: (_, r) => r.publicWelfare.text,
    },
  ];
  const countyColumns: ResponsiveColumns<CountyTiersView> = [
    countyColumn,
    { title: t('dashboards.city'), dataIndex: 'cityName', key: 'city' },
    {
      title: t('dashboards.registry.organizations'),
      key: 'total',
      align: 'right',
      render: (_, r) => count(r.total),
    },
    ...tierColumns,
  ];
  const partyColumns: ResponsiveColumns<RegistryAreaView> = [
    areaColumn,
    {
      title: t('dashboards.registry.partyLedCount'),
      key: 'part',
      align: 'right',
      render: (_, r) => count(r.partyLed.part),
    },
    {
      title: t('dashboards.registry.organizations'),
      key: 'total',
      align: 'right',
      render: (_, r) => count(r.total),
    },
    {
      title: t('dashboards.registry.partyLed'),
      key: 'share',
      align: 'right',
      render: (_, r) => r.partyLed.text,
    },
  ];
  const totalRow: RegistryAreaView = {
    ...view.figures,
    ...view.area,
    name: t('dashboards.areaTotal', { name: view.area.name }),
  };
  const common = {
    area,
    onDrill: drill,
    workbook: 'registry' as const,
    query,
    rowKey: 'code' as const,
  };
  const empty = view.children.length === 0;
  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <FigureTiles
          figures={[
            {
              key: 'total',
              label: t('dashboards.registry.organizations'),
              text: count(view.figures.total),
            },
            {
              key: 'partyLed',
              label: t('dashboards.registry.partyLed'),
              text: view.figures.partyLed.text,
            },
            { key: 'rural', label: t('dashboards.registry.rural'), text: view.figures.rural.text },
            {
              key: 'publicWelfare',
              label: t('dashboards.registry.publicWelfare'),
              text: view.figures.publicWelfare.text,
            },
          ]}
        />
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard
          {...common}
          title={t('dashboards.registry.byArea')}
          testId="registry-areas"
          chart={empty ? null : registryAreaChart(view, t, language, cityName)}
          rows={[...view.children, totalRow]}
          columns={areaColumns}
        />
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard
          {...common}
          title={t('dashboards.registry.tiersByCounty')}
          testId="registry-tiers"
          chart={view.tiersByCounty.length === 0 ? null : tiersByCountyChart(view, t, language)}
          note={
            view.tiersByCounty.length > TOP_COUNTIES
              ? t('dashboards.topOnly', { count: TOP_COUNTIES })
              : undefined
          }
          rows={view.tiersByCounty}
          columns={countyColumns}
        />
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard
          {...common}
          title={t('dashboards.registry.partyLedByArea')}
          testId="registry-party-led"
          chart={view.figures.total === 0 ? null : partyLedChart(view, t)}
          rows={[totalRow, ...view.children]}
          columns={partyColumns}
        />
      </Col>
    </Row>
  );
}
