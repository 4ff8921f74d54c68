import { Breadcrumb } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCounties, useStreets } from '../divisions/use-divisions';
import { type DashboardFilters, dashboardParams } from './dashboard-filters';
import type { AreaRow } from './dashboard-types';
import { namedPath } from './drill-path';

/**
 * Where the drill-down is (rule R1): Guangxi › city › county › street, each level above a link
 * back up (the same filters, that area); the area shown last, as the view names it.
 */
export function AreaBreadcrumb(props: { area: AreaRow; filters: DashboardFilters }) {
  const { t } = useTranslation();
  const { area, filters } = props;
  const counties = useCounties();
  const streets = useStreets(area.level === 'STREET' ? area.code.slice(0, 6) : undefined);
  const path = namedPath(area.code, {
    province: t('dashboards.province'),
    counties: counties.data ?? [],
    streets: streets.data ?? [],
  });
  return (
    <div className="dashboard-breadcrumb">
      <Breadcrumb
        aria-label={t('dashboards.areaPath')}
        data-testid="dashboard-breadcrumb"
        items={path.map(({ code, name }, index) =>
          index === path.length - 1
            ? { title: <span aria-current="page">{area.name || name}</span> }
            : {
                title: (
                  <Link to={{ search: dashboardParams({ ...filters, area: code }).toString() }}>
                    {name}
                  </Link>
                ),
              },
        )}
      />
    </div>
  );
}
