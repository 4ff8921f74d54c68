import type { WorkService } from '@civic/contracts';
import { hasPermission, Permission } from '@civic/domain/access';

/**
 * Which services hold work for whom (issue #18): the permissions each service's work queue reads.
 * The gateway asks only the services a user's roles concern; each service checks the actor again
 * and answers only what it may see.
 */
export const WORK_PERMISSIONS: Record<WorkService, readonly Permission[]> = {
  finance: [Permission.BATCH_PREPARE, Permission.BATCH_CHECK],
  'lottery-fund': [Permission.SUBSIDY_REVIEW, Permission.SUBSIDY_PROGRAMME_MANAGE],
  venture: [Permission.VENTURE_APPLY, Permission.VENTURE_REVIEW, Permission.VENTURE_MANAGE],
  incubation: [Permission.INCUBATION_RUN, Permission.INCUBATION_APPLY],
  procurement: [
    Permission.PROCUREMENT_DIRECTORY_MANAGE,
    Permission.PROCUREMENT_PURCHASE_MANAGE,
    Permission.PROCUREMENT_EVALUATE,
    Permission.PROCUREMENT_APPLY,
  ],
  organizations: [Permission.POLICY_APPROVE],
};

/** The services whose work concerns someone with these roles, in the order the page shows them. */
export function workServicesFor(roles: readonly string[]): WorkService[] {
  return (Object.keys(WORK_PERMISSIONS) as WorkService[]).filter((service) =>
    WORK_PERMISSIONS[service].some((permission) => hasPermission(roles, permission)),
  );
}
