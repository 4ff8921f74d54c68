import { Permission } from '@civic/domain/access';
import type { RouteObject } from 'react-router-dom';
import { RequirePermission } from '../auth/require-permission';
import { AuditPage } from './audit-page';

/** The audit log, for those holding audit.read (administrators); the API checks again (R31). */
export const AUDIT_ROUTES: RouteObject[] = [
  {
    path: 'audit',
    element: (
      <RequirePermission permission={Permission.AUDIT_READ}>
        <AuditPage />
      </RequirePermission>
    ),
  },
];
