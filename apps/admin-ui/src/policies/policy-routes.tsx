import { Permission } from '@civic/domain/access';
import type { RouteObject } from 'react-router-dom';
import { RequirePermission } from '../auth/require-permission';
import { PoliciesPage } from './policies-page';
import { PolicyHistoryPage } from './policy-history-page';
import { PublicPoliciesPage } from './public/public-policies-page';

/** 政策参数 (issue #17), for officers and administrators (policy.read; the API checks again). */
export const POLICY_ROUTES: RouteObject[] = [
  { path: 'policies', element: <PoliciesPage /> },
  { path: 'policies/:kind', element: <PolicyHistoryPage /> },
].map(({ path, element }) => ({
  path,
  element: <RequirePermission permission={Permission.POLICY_READ}>{element}</RequirePermission>,
}));

/** For anyone, outside the signed-in layout: how ranking works (R13, R14, R21). */
export const POLICY_PUBLIC_ROUTES: RouteObject[] = [
  { path: '/public/policies', element: <PublicPoliciesPage /> },
];
