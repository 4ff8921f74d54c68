import { Role } from '@civic/domain/access';

/** The demo password of every demo user (`DEMO_USERS=true`; never in production). */
export const DEMO_PASSWORD = 'Demo#2026civic';

/** 青秀区新竹街道, where the demo organizations are. */
export const DEMO_STREET_CODE = '450103001';
/** 青秀区社会组织孵化基地 (bases arrive with the incubation service). */
export const DEMO_BASE_ID = '4a5c1e2b-0000-4000-8000-450103000001';

export interface DemoUser {
  username: string;
  displayName: string;
  role: Role;
  baseId?: string;
  streetCode?: string;
}

/** One user per role (two administrators, for four-eyes policy changes); the applicant is bound to an organization once demo data exists. */
export const DEMO_USERS: readonly DemoUser[] = [
  { username: 'applicant', displayName: '邻里互助社 经办人 黄丽', role: Role.APPLICANT },
  {
    username: 'incubator',
    displayName: '青秀区孵化基地 韦强',
    role: Role.INCUBATION_STAFF,
    baseId: DEMO_BASE_ID,
  },
  { username: 'reviewer', displayName: '评审专家 陈教授', role: Role.REVIEWER },
  { username: 'officer', displayName: '民政局 业务科 李明', role: Role.PROGRAMME_OFFICER },
  { username: 'maker', displayName: '财务经办 张红', role: Role.FINANCE_MAKER },
  { username: 'checker', displayName: '财务复核 刘芳', role: Role.FINANCE_CHECKER },
  {
    username: 'street',
    displayName: '新竹街道 社会事务办 蒙军',
    role: Role.STREET_OFFICER,
    streetCode: DEMO_STREET_CODE,
  },
  { username: 'admin', displayName: '系统管理员', role: Role.ADMINISTRATOR },
  // A second administrator: policy changes need two (R28 applied to policy, issue #17).
  { username: 'admin2', displayName: '系统管理员 覃慧', role: Role.ADMINISTRATOR },
];
