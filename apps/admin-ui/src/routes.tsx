import { Permission } from '@civic/domain/access';
import { createBrowserRouter, Navigate } from 'react-router-dom';
import { LoginPage } from './auth/login-page';
import { RequireAuth } from './auth/require-auth';
import { RequirePermission } from './auth/require-permission';
import { BatchDetailPage } from './finance/batch/batch-detail-page';
import { BatchesPage } from './finance/batches/batches-page';
import { ClawbacksPage } from './finance/clawbacks/clawbacks-page';
import { FundsPage } from './finance/funds/funds-page';
import { FailedPaymentsPage } from './finance/failed/failed-payments-page';
import { PendingPaymentsPage } from './finance/payments/pending-payments-page';
import { HomePage } from './home/home-page';
import { IncubationApplyPage } from './incubation/apply/apply-page';
import { BasesPage } from './incubation/bases/bases-page';
import { CohortPage } from './incubation/cohort/cohort-page';
import { CohortsPage } from './incubation/cohorts/cohorts-page';
import { MyAdmissionsPage } from './incubation/mine/my-admissions-page';
import { AUDIT_ROUTES } from './audit/audit-routes';
import { DASHBOARD_ROUTES } from './dashboards/dashboard-routes';
import { AppLayout } from './layout/app-layout';
import { NOTIFICATION_ROUTES } from './notifications/notification-routes';
import { ApplyPage } from './lottery/apply/apply-page';
import { MyApplicationsPage } from './lottery/mine/my-applications-page';
import { NoticesPage } from './lottery/notices/notices-page';
import { ProgrammesPage } from './lottery/programmes/programmes-page';
import { PublicNoticesPage } from './lottery/public/public-notices-page';
import { ReviewPage } from './lottery/review/review-page';
import { OrganizationDetailPage } from './organizations/organization-detail-page';
import { OrganizationsPage } from './organizations/organizations-page';
import { ImportOrganizationsPage } from './organizations/import/import-page';
import { POLICY_PUBLIC_ROUTES, POLICY_ROUTES } from './policies/policy-routes';
import { RegisterOrganizationPage } from './organizations/register/register-page';
import { PROCUREMENT_PUBLIC_ROUTES, PROCUREMENT_ROUTES } from './procurement/procurement-routes';
import { PROCUREMENT_PUBLIC_PAGES } from './procurement/public/public-routes';
import { UNDERTAKER_ROUTES } from './procurement/undertaker/undertaker-routes';
import { UsersPage } from './users/users-page';
import { VENTURE_ROUTES } from './venture/venture-routes';

/** The pages; each checks the permission its API needs, the API checks again. */
export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  // The fund's public notices (R23): for anyone, outside the signed-in layout.
  { path: '/public/lottery', element: <PublicNoticesPage /> },
  ...PROCUREMENT_PUBLIC_ROUTES,
  ...PROCUREMENT_PUBLIC_PAGES,
  ...POLICY_PUBLIC_ROUTES,
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <HomePage /> },
      {
        path: 'organizations',
        element: (
          <RequirePermission permission={Permission.ORGANIZATION_READ}>
            <OrganizationsPage />
          </RequirePermission>
        ),
      },
      {
        path: 'organizations/new',
        element: (
          <RequirePermission permission={Permission.ORGANIZATION_REGISTER}>
            <RegisterOrganizationPage />
          </RequirePermission>
        ),
      },
      {
        path: 'organizations/import', // issue #18: import from Excel
        element: (
          <RequirePermission permission={Permission.ORGANIZATION_REGISTER}>
            <ImportOrganizationsPage />
          </RequirePermission>
        ),
      },
      { path: 'organizations/:id', element: <OrganizationDetailPage /> },
      ...[
        { path: 'finance/funds', element: <FundsPage /> },
        { path: 'finance/payments', element: <PendingPaymentsPage /> },
        { path: 'finance/failed-payments', element: <FailedPaymentsPage /> },
        { path: 'finance/batches', element: <BatchesPage /> },
        { path: 'finance/clawbacks', element: <ClawbacksPage /> },
        { path: 'finance/batches/:id', element: <BatchDetailPage /> },
      ].map(({ path, element }) => ({
        path,
        element: (
          <RequirePermission permission={Permission.FINANCE_READ}>{element}</RequirePermission>
        ),
      })),
      ...[
        { path: 'lottery/apply', element: <ApplyPage />, permission: Permission.SUBSIDY_APPLY },
        {
          path: 'lottery/applications',
          element: <MyApplicationsPage />,
          permission: Permission.SUBSIDY_APPLY,
        },
        {
          path: 'lottery/programmes',
          element: <ProgrammesPage />,
          permission: Permission.SUBSIDY_PROGRAMME_MANAGE,
        },
        { path: 'lottery/review', element: <ReviewPage />, permission: Permission.SUBSIDY_REVIEW },
        {
          path: 'lottery/notices',
          element: <NoticesPage />,
          permission: Permission.SUBSIDY_PROGRAMME_MANAGE,
        },
        {
          path: 'incubation/apply',
          element: <IncubationApplyPage />,
          permission: Permission.INCUBATION_APPLY,
        },
        {
          path: 'incubation/applications',
          element: <MyAdmissionsPage />,
          permission: Permission.INCUBATION_APPLY,
        },
        {
          path: 'incubation/cohorts',
          element: <CohortsPage />,
          permission: Permission.INCUBATION_READ,
        },
        {
          path: 'incubation/cohorts/:id',
          element: <CohortPage />,
          permission: Permission.INCUBATION_READ,
        },
        {
          path: 'incubation/bases',
          element: <BasesPage />,
          permission: Permission.INCUBATION_READ,
        },
      ].map(({ path, element, permission }) => ({
        path,
        element: <RequirePermission permission={permission}>{element}</RequirePermission>,
      })),
      {
        path: 'users',
        element: (
          <RequirePermission permission={Permission.USER_MANAGE}>
            <UsersPage />
          </RequirePermission>
        ),
      },
      ...VENTURE_ROUTES,
      ...PROCUREMENT_ROUTES,
      ...UNDERTAKER_ROUTES,
      ...POLICY_ROUTES,
      ...AUDIT_ROUTES,
      ...DASHBOARD_ROUTES,
      ...NOTIFICATION_ROUTES,
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
]);
