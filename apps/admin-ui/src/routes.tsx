import { Permission } from '@civic/domain/access';
import { createBrowserRouter, Navigate } from 'react-router-dom';
import { LoginPage } from './auth/login-page';
import { RequireAuth } from './auth/require-auth';
import { RequirePermission } from './auth/require-permission';
import { BatchDetailPage } from './finance/batch/batch-detail-page';
import { BatchesPage } from './finance/batches/batches-page';
import { FundsPage } from './finance/funds/funds-page';
import { PendingPaymentsPage } from './finance/payments/pending-payments-page';
import { HomePage } from './home/home-page';
import { AppLayout } from './layout/app-layout';
import { OrganizationDetailPage } from './organizations/organization-detail-page';
import { OrganizationsPage } from './organizations/organizations-page';
import { RegisterOrganizationPage } from './organizations/register/register-page';
import { UsersPage } from './users/users-page';

/** The pages; each checks the permission its API needs, the API checks again. */
export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
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
      { path: 'organizations/:id', element: <OrganizationDetailPage /> },
      ...[
        { path: 'finance/funds', element: <FundsPage /> },
        { path: 'finance/payments', element: <PendingPaymentsPage /> },
        { path: 'finance/batches', element: <BatchesPage /> },
        { path: 'finance/batches/:id', element: <BatchDetailPage /> },
      ].map(({ path, element }) => ({
        path,
        element: (
          <RequirePermission permission={Permission.FINANCE_READ}>{element}</RequirePermission>
        ),
      })),
      {
        path: 'users',
        element: (
          <RequirePermission permission={Permission.USER_MANAGE}>
            <UsersPage />
          </RequirePermission>
        ),
      },
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
]);
