import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import type { MatrixCase, MatrixUser } from './access-matrix.procurement';

const EVERYONE: readonly MatrixUser[] = [
  'applicant',
  'incubator',
  'reviewer',
  'officer',
  'maker',
  'checker',
  'street',
  'admin',
];

/** The applicant's own notification, which only it may mark read. */
export interface NotificationWorld {
  ownId: string;
}

/**
 * A notification of the applicant's, written as the gateway's inbox writes one (issue #18): the
 * matrix checks who may mark it, not how decisions arrive (notifications.int-spec.ts does).
 */
export async function prepareNotifications(options: {
  db: Client;
  applicantUserId: string;
  organizationId: string;
}): Promise<NotificationWorld> {
  const ownId = randomUUID();
  await options.db.query(
    `INSERT INTO gateway.notification (id, user_id, decision_id, organization_id, programme,
       subject_type, subject_id, outcome, title_zh, title_en, decided_at, link)
     VALUES ($1, $2, $3, $4, 'lottery-fund', 'subsidy-application', $5, 'APPROVED',
       '矩阵测试项目', '矩阵测试项目', now(), '/lottery/applications')`,
    [ownId, options.applicantUserId, `matrix:${ownId}`, options.organizationId, randomUUID()],
  );
  return { ownId };
}

/**
 * Notifications in the access matrix (issue #18): everyone signed in reads and marks their own and
 * chooses how they are told; another's notification is answered as one that does not exist.
 */
export function notificationCases(world: NotificationWorld): MatrixCase[] {
  return [
    {
      route: 'GET /api/v1/me/notifications',
      path: () => '/v1/me/notifications',
      allowed: EVERYONE,
      why: 'own notifications (issue #18)',
    },
    {
      route: 'POST /api/v1/me/notifications/read-all',
      path: () => '/v1/me/notifications/read-all',
      allowed: EVERYONE,
      why: 'marks only their own read (issue #18)',
    },
    {
      route: 'POST /api/v1/me/notifications/{id}/read',
      path: () => `/v1/me/notifications/${world.ownId}/read`,
      allowed: ['applicant'],
      hidden: { users: EVERYONE.filter((u) => u !== 'applicant'), id: () => world.ownId },
      why: "the owner marks it read; another's is answered as an unknown id (issue #18)",
    },
    {
      route: 'GET /api/v1/me/notification-preferences',
      path: () => '/v1/me/notification-preferences',
      allowed: EVERYONE,
      why: 'how they are told (issue #18)',
    },
    {
      route: 'PUT /api/v1/me/notification-preferences',
      path: () => '/v1/me/notification-preferences',
      body: () => ({ email: false, sms: false }),
      allowed: EVERYONE,
      why: 'each chooses their own channels (issue #18)',
    },
  ];
}
