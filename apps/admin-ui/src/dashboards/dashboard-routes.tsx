import { Spin } from 'antd';
import { lazy, type ReactNode, Suspense } from 'react';
import type { RouteObject } from 'react-router-dom';
import { useCurrentUser } from '../auth/use-current-user';
import { ForbiddenResult } from '../common/error-result';
import { dashboardTabsFor } from './dashboard-filters';

// The charts (echarts, the map of Guangxi) load with this page only, not with the rest of the UI.
const DashboardsPage = lazy(() =>
  import('./dashboards-page').then((module) => ({ default: module.DashboardsPage })),
);

/** Shown to those who may open at least one dashboard (its route's permission); the API checks again. */
function RequireDashboards({ children }: { children: ReactNode }) {
  const user = useCurrentUser();
  return dashboardTabsFor(user.permissions).length > 0 ? children : <ForbiddenResult />;
}

/** The dashboards (issue #18), for officers, administrators, finance, street and base staff. */
export const DASHBOARD_ROUTES: RouteObject[] = [
  {
    path: 'dashboards',
    element: (
      <RequireDashboards>
        <Suspense fallback={<Spin size="large" className="page-spin" />}>
          <DashboardsPage />
        </Suspense>
      </RequireDashboards>
    ),
  },
];
