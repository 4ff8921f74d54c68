import { Card, Grid, Tabs, Typography } from 'antd';
import { type ReactNode, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useCurrentUser } from '../auth/use-current-user';
import { CohortPanels } from './cohort-panels';
import {
  type DashboardFilters,
  type DashboardTab,
  dashboardParams,
  dashboardQuery,
  dashboardTabsFor,
  readDashboardParams,
} from './dashboard-filters';
import {
  useCohortDashboard,
  useFundingDashboard,
  useRegistryDashboard,
  useTimelinessDashboard,
} from './dashboard-queries';
import { FundingPanels } from './funding-panels';
import { RegistryPanels } from './registry-panels';
import { TimelinessPanels } from './timeliness-panels';
import { ViewFrame } from './view-frame';
import './dashboards.css';

type Go = (next: Partial<DashboardFilters>) => void;

function RegistryTab({ filters, go }: { filters: DashboardFilters; go: Go }) {
  const view = useRegistryDashboard(dashboardQuery(filters));
  return (
    <ViewFrame view={view} filters={filters} go={go}>
      {(data) => <RegistryPanels view={data} filters={filters} go={go} />}
    </ViewFrame>
  );
}

function CohortsTab({ filters, go }: { filters: DashboardFilters; go: Go }) {
  const view = useCohortDashboard(dashboardQuery(filters));
  return (
    <ViewFrame view={view} filters={filters} go={go}>
      {(data) => <CohortPanels view={data} filters={filters} go={go} />}
    </ViewFrame>
  );
}

function FundingTab({ filters, go }: { filters: DashboardFilters; go: Go }) {
  const view = useFundingDashboard(dashboardQuery(filters));
  return (
    <ViewFrame view={view} filters={filters} go={go}>
      {(data) => <FundingPanels view={data} filters={filters} go={go} />}
    </ViewFrame>
  );
}

function TimelinessTab({ filters, go }: { filters: DashboardFilters; go: Go }) {
  const view = useTimelinessDashboard(dashboardQuery(filters));
  return (
    <ViewFrame view={view} filters={filters} go={go}>
      {(data) => <TimelinessPanels view={data} filters={filters} go={go} />}
    </ViewFrame>
  );
}

const TAB_CONTENT: Record<
  DashboardTab,
  (props: { filters: DashboardFilters; go: Go }) => ReactNode
> = { registry: RegistryTab, cohorts: CohortsTab, funding: FundingTab, timeliness: TimelinessTab };

/**
 * The dashboards (issue #18): one tab per dashboard the user may open (by the permissions of its
 * route), each filtered by year, fund and programme where it takes them, and drilled down from
 * Guangxi to a city, county and street (rule R1). Every filter lives in the address, so a view can
 * be linked to; the figures come from the services' tallies, never from raw rows.
 */
export function DashboardsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const tabs = dashboardTabsFor(user.permissions);
  const phone = !Grid.useBreakpoint().md;
  const [params, setParams] = useSearchParams();
  const filters = readDashboardParams(params, tabs);
  const tabsKey = tabs.join();
  const go = useCallback<Go>(
    (next) =>
      setParams((current) =>
        dashboardParams({
          ...readDashboardParams(current, tabsKey.split(',') as DashboardTab[]),
          ...next,
        }),
      ),
    [setParams, tabsKey],
  );
  const Content = TAB_CONTENT[filters.tab];
  return (
    <Card title={t('dashboards.title')} className="dashboards-card" data-testid="dashboards-page">
      <Typography.Paragraph type="secondary">{t('dashboards.intro')}</Typography.Paragraph>
      <Tabs
        // Four tabs fit a 390 px phone only closer together; else antd adds a "more" button
        // inside the tab list, which ARIA does not allow there (axe-core, issue #18).
        tabBarGutter={phone ? 12 : undefined}
        activeKey={filters.tab}
        onChange={(tab) => go({ tab: tab as DashboardTab })}
        items={tabs.map((tab) => ({
          key: tab,
          label: t(`dashboards.tabs.${tab}`),
          children: tab === filters.tab ? <Content filters={filters} go={go} /> : null,
        }))}
      />
    </Card>
  );
}
