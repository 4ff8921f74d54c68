import type { UseQueryResult } from '@tanstack/react-query';
import { Spin } from 'antd';
import type { ReactNode } from 'react';
import { ErrorResult } from '../common/error-result';
import { AreaBreadcrumb } from './area-breadcrumb';
import type { DashboardFilters } from './dashboard-filters';
import type { AreaRow } from './dashboard-types';
import { FilterBar } from './filter-bar';

/**
 * Around a dashboard's panels: its filters (the years its view has data for) and where the
 * drill-down is; a spinner until the first answer, the error if it fails.
 */
export function ViewFrame<V extends { years: number[]; area: AreaRow }>(props: {
  view: UseQueryResult<V>;
  filters: DashboardFilters;
  go: (next: Partial<DashboardFilters>) => void;
  children: (view: V) => ReactNode;
}) {
  const { view, filters, go } = props;
  if (view.isError) return <ErrorResult error={view.error} />;
  if (!view.data) return <Spin size="large" className="page-spin" />;
  return (
    <div
      className="dashboard-view"
      data-testid={`dashboard-${filters.tab}`}
      aria-busy={view.isFetching}
    >
      <FilterBar years={view.data.years} filters={filters} go={go} />
      <AreaBreadcrumb area={view.data.area} filters={filters} />
      {props.children(view.data)}
    </div>
  );
}
