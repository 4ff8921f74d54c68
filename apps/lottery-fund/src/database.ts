import { AUDIT_ENTITIES } from '@civic/platform/audit';
import type { ServiceDatabase } from '@civic/platform/database';
import { MESSAGING_ENTITIES } from '@civic/platform/messaging';
import { SubsidyApplication } from './applications/entities/subsidy-application.entity';
import { DisclosureNotice } from './disclosure/entities/disclosure-notice.entity';
import { Objection } from './disclosure/entities/objection.entity';
import { MIGRATIONS } from './migrations';
import { OrganizationSnapshot } from '@civic/platform/snapshots';
import { SubsidyProgramme } from './programmes/entities/subsidy-programme.entity';

/** The lottery fund's own schema: programmes, applications, its copy of organizations, outbox, inbox, audit. */
export const LOTTERY_FUND_DATABASE: ServiceDatabase = {
  schema: 'lottery_fund',
  entities: [
    SubsidyProgramme,
    SubsidyApplication,
    OrganizationSnapshot,
    DisclosureNotice,
    Objection,
    ...MESSAGING_ENTITIES,
    ...AUDIT_ENTITIES,
  ],
  migrations: MIGRATIONS,
};
