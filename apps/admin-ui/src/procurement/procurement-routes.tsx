import { Permission } from '@civic/domain/access';
import type { RouteObject } from 'react-router-dom';
import { RequirePermission } from '../auth/require-permission';
import { CataloguePage } from './catalogue/catalogue-page';
import { OFFICER_ROUTES } from './projects/officer-routes';
import { PublicCataloguePage } from './public/public-catalogue-page';
import './procurement.css';

/**
 * The government purchase of services pages (R24, R25), each behind the permission its API needs
 * (the API checks again): officers keep the catalogue; the directory, projects, experts and the
 * panel's scoring are in OFFICER_ROUTES.
 */
export const PROCUREMENT_ROUTES: RouteObject[] = [
  {
    path: 'procurement/catalogue',
    element: (
      <RequirePermission permission={Permission.PROCUREMENT_CATALOGUE_MANAGE}>
        <CataloguePage />
      </RequirePermission>
    ),
  },
  ...OFFICER_ROUTES,
];

/** For anyone, outside the signed-in layout: the published catalogue (R24). */
export const PROCUREMENT_PUBLIC_ROUTES: RouteObject[] = [
  { path: '/public/procurement/catalogue', element: <PublicCataloguePage /> },
];
