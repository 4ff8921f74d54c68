import { AUDIT_ENTITIES } from '@civic/platform/audit';
import type { ServiceDatabase } from '@civic/platform/database';
import { MESSAGING_ENTITIES } from '@civic/platform/messaging';
import { SubsidyApplication } from './applications/entities/subsidy-application.entity';
import { DisclosureNotice } from './disclosure/entities/disclosure-notice.entity';
import { Objection } from './disclosure/entities/objection.entity';
import { MIGRATIONS } from './migrations';
import { PolicyCopy } from '@civic/platform/policy-copies';
import { TimelinessTally } from '@civic/platform/programme-kit';
import { OrganizationSnapshot } from '@civic/platform/snapshots';
import { SubsidyProgramme } from './programmes/entities/subsidy-programme.entity';

/** The lottery fund's own schema: programmes, applications, its copy of organizations, outbox, inbox, audit. */
export const LOTTERY_FUND_DATABASE: ServiceDatabase = {
  schema: 'lottery_fund',
  entities: [
    SubsidyProgramme,
    SubsidyApplication,
    OrganizationSnapshot,
    PolicyCopy,
    DisclosureNotice,
    Objection,
    TimelinessTally,
    ...MESSAGING_ENTITIES,
    ...AUDIT_ENTITIES,
  ],
  migrations: MIGRATIONS,
  constraints: {
    subsidy_application_once: {
      rule: 'R27',
      code: 'RULE_R27_DUPLICATE_APPLICATION',
      field: 'projectName',
      message: 'this organization has applied to the programme for this project already',
      messageZh: '本组织已就该项目向本项目申请过，请勿重复申请',
    },
    disclosure_notice_corrected_once: {
      rule: 'R23',
      field: 'corrects',
      message: 'the notice was corrected already; correct the notice in force instead',
      messageZh: '该公告已被更正，请更正最新的公告',
    },
  },
};
