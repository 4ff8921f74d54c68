import { AUDIT_ENTITIES } from '@civic/platform/audit';
import type { ServiceDatabase } from '@civic/platform/database';
import { RecoveryCode } from './auth/entities/recovery-code.entity';
import { SecondFactor } from './auth/entities/second-factor.entity';
import { Session } from './auth/entities/session.entity';
import { FormDraft } from './drafts/form-draft.entity';
import { IdempotencyKey } from './idempotency/idempotency-key.entity';
import { MIGRATIONS } from './migrations';
import { NOTIFICATION_ENTITIES } from './notifications/notification-entities';
import { UserAccount } from './users/entities/user-account.entity';

/**
 * The gateway's own schema: users, their sessions and second factors, the idempotency keys of requests, and the audit
 * chain of user decisions.
 */
export const GATEWAY_DATABASE: ServiceDatabase = {
  schema: 'gateway',
  entities: [
    UserAccount,
    Session,
    SecondFactor,
    RecoveryCode,
    IdempotencyKey,
    ...AUDIT_ENTITIES,
    ...NOTIFICATION_ENTITIES, // issue #18: notifications, contacts, the inbox
    FormDraft, // issue #18: autosaved drafts of the applicant forms, sealed (R30)
  ],
  migrations: MIGRATIONS,
  constraints: {
    UQ_3c4d4fae641bf9048ad324ee0d9: {
      rule: 'UNIQUE_USERNAME',
      field: 'username',
      message: 'the username is taken',
      messageZh: '该用户名已被使用',
    },
  },
};
