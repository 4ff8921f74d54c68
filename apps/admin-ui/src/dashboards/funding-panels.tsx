import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResponsiveColumns } from '../common/responsive-columns';
import { useAreaColumn } from './area-column';
import { ChartCard } from './chart-card';
import { type DashboardFilters, dashboardQuery } from './dashboard-filters';
import type {
  FundingAreaView,
  FundingDashboardView,
  ProgrammeFundingView,
} from './dashboard-types';
import { cityName } from './echarts-setup';
import { countText, yuanText } from './figures';
import { FigureTiles } from './figure-tiles';
import {
  disbursementChart,
  disbursementSteps,
  fundingAreaChart,
  fundingCountyChart,
  fundingProgrammeChart,
  fundingSharesChart,
  TOP_FUNDED_COUNTIES,
} from './funding-charts';
import { moneyColumns, Yuan } from './money-columns';
import { fundingSharesTable } from './shares-table';
import { useDrill } from './use-drill';

const AREA_MONEY = ['committed', 'paid', 'inBatch', 'released'] as const;

/**
 * The funding dashboard (R26–R28, issue #18): money by programme and fund, by the recipients'
 * areas (a map of Guangxi's cities at the province) and counties, the shares against the policies'
 * targets (R10, R12, R14, R21), and how far committed money has gone.
 */
export function FundingPanels(props: {
  view: FundingDashboardView;
  filters: DashboardFilters;
  go: (next: Partial<DashboardFilters>) => void;
}) {
  const { t, i18n } = useTranslation();
  const { view } = props;
  const language = i18n.language;
  const drill = useDrill(props.go);
  const area = view.area.code;
  const total = t('dashboards.areaTotal', { name: view.area.name });
  const programmeRows = view.byProgramme.map((row) => ({
    ...row,
    key: `${row.programme}:${row.fund}`,
  }));
  const programmeColumns: ResponsiveColumns<ProgrammeFundingView & { key: string }> = [
    {
      title: t('dashboards.filters.programme'),
      key: 'programme',
      card: 'title',
      render: (_, r) => t(`enums.programme.${r.programme}`),
    },
    {
      title: t('dashboards.filters.fund'),
      key: 'fund',
      render: (_, r) => t(`enums.fund.${r.fund}`),
    },
    ...moneyColumns<ProgrammeFundingView & { key: string }>(t, AREA_MONEY),
  ];
  const areaRows: FundingAreaView[] = [
    ...view.children,
    ...(view.areaUnknown
      ? [
          {
            ...view.areaUnknown,
            code: 'unknown',
            name: t('dashboards.funding.areaUnknown'),
            level: view.area.level,
          },
        ]
      : []),
    { ...view.totals, ...view.area, name: total },
  ];
  const areaColumns: ResponsiveColumns<FundingAreaView> = [
    useAreaColumn<FundingAreaView>(area, drill),
    ...moneyColumns<FundingAreaView>(t, AREA_MONEY),
  ];
  const countyColumns: ResponsiveColumns<FundingAreaView> = [
    useAreaColumn<FundingAreaView>(area, drill, t('dashboards.county')),
    ...moneyColumns<FundingAreaView>(t, AREA_MONEY),
  ];
  const steps = disbursementSteps(view);
  const common = {
    area,
    onDrill: drill,
    workbook: 'funding' as const,
    query: dashboardQuery(props.filters),
  };
  const unknownNote =
    view.areaUnknown && view.areaUnknown.committedFen > 0
      ? t('dashboards.funding.areaUnknownNote', {
          amount: yuanText(view.areaUnknown.committedFen, t),
        })
      : undefined;
  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <FigureTiles
          figures={[
            {
              key: 'commitments',
              label: t('dashboards.funding.commitments'),
              text: countText(view.totals.commitments, language),
            },
            ...(['committed', 'paid', 'inBatch', 'released'] as const).map((key) => ({
              key,
              label: t(`dashboards.funding.${key}`),
              text: yuanText(view.totals[`${key}Fen`], t),
              wide: true,
            })),
          ]}
        />
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard
          {...common}
          title={t('dashboards.funding.byProgramme')}
          testId="funding-programmes"
          chart={view.byProgramme.length === 0 ? null : fundingProgrammeChart(view, t, language)}
          rows={programmeRows}
          rowKey="key"
          columns={programmeColumns}
        />
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard
          {...common}
          title={t('dashboards.funding.byArea')}
          testId="funding-areas"
          chart={view.children.length === 0 ? null : fundingAreaChart(view, t, language, cityName)}
          note={unknownNote}
          rows={areaRows}
          rowKey="code"
          columns={areaColumns}
        />
      </Col>
      {view.counties.length > 0 && (
        <Col xs={24} xl={12}>
          <ChartCard
            {...common}
            title={t('dashboards.funding.byCounty')}
            testId="funding-counties"
            chart={fundingCountyChart(view, t, language)}
            note={
              view.counties.length > TOP_FUNDED_COUNTIES
                ? t('dashboards.topOnly', { count: TOP_FUNDED_COUNTIES })
                : undefined
            }
            rows={view.counties}
            rowKey="code"
            columns={countyColumns}
          />
        </Col>
      )}
      <Col xs={24} xl={12}>
        <ChartCard
          {...common}
          title={t('dashboards.funding.shares')}
          testId="funding-shares"
          chart={fundingSharesChart(view, t)}
          note={view.targetsFrom === 'SEED' ? t('dashboards.funding.targetsFromSeed') : undefined}
          {...fundingSharesTable(view, t)}
        />
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard
          {...common}
          title={t('dashboards.funding.progress')}
          testId="funding-progress"
          chart={view.progress.committedFen === 0 ? null : disbursementChart(view, t, language)}
          rows={steps}
          rowKey="key"
          columns={[
            {
              title: t('dashboards.funding.step'),
              key: 'step',
              card: 'title',
              render: (_, s) => t(`dashboards.funding.${s.key}`),
            },
            {
              title: t('dashboards.funding.amount'),
              key: 'amount',
              align: 'right',
              render: (_, s) => <Yuan fen={s.fen} t={t} />,
            },
            {
              title: t('dashboards.funding.shareOfCommitted'),
              key: 'share',
              align: 'right',
              render: (_, s) => s.share?.text ?? '—',
            },
          ]}
        />
      </Col>
    </Row>
  );
}
