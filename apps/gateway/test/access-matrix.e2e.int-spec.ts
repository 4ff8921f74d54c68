import { RpcClient } from '@civic/platform/rpc';
import { randomUUID } from 'node:crypto';
import {
  baseBody,
  callBody,
  cohortBody,
  commitmentRequest,
  foundingGroupBody,
  disbursementRequest,
  HENGZHOU_LOCATION,
  http,
  organizationBody,
  ProgrammeRequests,
  proposalBody,
  startPlatform,
  subsidyApplicationBody,
  subsidyProgrammeBody,
  TEST_BANK_ACCOUNT,
  testRedisUrl,
  waitFor,
  XINZHU_LOCATION,
} from '@civic/testing';
import { SAMPLE_FORM } from '@civic/domain/forms';
import { HttpException } from '@nestjs/common';
import { Client } from 'pg';
import {
  PROCUREMENT_FINGERPRINT,
  PROCUREMENT_PUBLIC_ROUTES,
  prepareProcurement,
  procurementCases,
  type ProcurementWorld,
} from './access-matrix.procurement';
import { dashboardCases } from './access-matrix.dashboards';
import {
  POLICY_PUBLIC_ROUTES,
  policyCases,
  preparePolicies,
  type PolicyWorld,
} from './access-matrix.policies';
import { auditCases } from './access-matrix.audit';
import { exportCases, PUBLIC_EXPORT_ROUTES } from './access-matrix.exports';
import {
  notificationCases,
  type NotificationWorld,
  prepareNotifications,
} from './access-matrix.notifications';
import { draftCases } from './access-matrix.drafts';
import { importCases } from './access-matrix.import';

jest.setTimeout(400_000);

/** Demo logins, one per role (apps/gateway/src/users/demo-users.ts). */
const USERS = [
  'applicant',
  'incubator',
  'reviewer',
  'officer',
  'maker',
  'checker',
  'street',
  'admin',
] as const;
type User = (typeof USERS)[number];
const EVERYONE: readonly User[] = USERS;

/** The simulated bank declines every transfer to this account (TREASURY_FROZEN_ACCOUNTS). */
const FROZEN_ACCOUNT = '6222020100000000009';

const STREET_A = XINZHU_LOCATION;
const STREET_B = HENGZHOU_LOCATION;
const LEADER_ID = '450103198805120021';

interface Context {
  orgA: string;
  orgB: string;
  /** Incubated at the matrix's base: founding groups registered as it, one of them graduated. */
  orgC: string;
  reviewerId: string;
  /** A second administrator, enrolled, whose second factor the admin resets (issue #15). */
  resetTargetId: string;
  /** A payment awaiting a batch, and two batches a maker submitted (R28). */
  paymentId: string;
  batchToApprove: string;
  batchToReject: string;
  /** Payments the bank declined for good: to propose a re-issue of, and ones proposed (R28). */
  toReissue: string[];
  reissueProposed: string[];
  /** Committed subsidies to withdraw, one per call (R27). */
  toWithdraw: string[];
  /** A subsidy programme, and an application the applicant made to it. */
  programmeId: string;
  /** Where the submission case applies, so its new, unassessed applications do not hold up approvals. */
  openProgrammeId: string;
  /** A programme nobody applies to, whose added questions officers replace (issue #17). */
  formProgrammeId: string;
  applicationId: string;
  /** Applications to decide: each call takes its own, so every allowed caller finds one undecided. */
  toDecide: string[];
  /** Notices to correct (one per call: a notice is corrected once, then its correction). */
  notices: string[];
  /** An incubation base the demo incubator runs, and its cohorts (R16). */
  baseId: string;
  openCohortId: string;
  submitCohortId: string;
  /** A cohort nobody applies to, whose added questions its staff replace (issue #17). */
  formCohortId: string;
  /** A call nobody proposes to, whose added questions officers replace (issue #17). */
  formCallId: string;
  /** Open cohorts to close, and closed ones to decide: one per call. */
  toClose: string[];
  toDecideCohorts: string[];
  /** The applicant's own admission application, in the open cohort. */
  admissionId: string;
  /** A decided cohort: the applicant's organization's record, and pools of records, one per call. */
  recordCohortId: string;
  ownRecordId: string;
  /** An incubatee whose start-up subsidy was asked for: its payee account to unmask (R30). */
  subsidyRecordId: string;
  records: Record<
    'venue' | 'returned' | 'link' | 'subsidy' | 'graduate' | 'exit' | 'withdrawSubsidy',
    string[]
  >;
  trainingId: string;
  venueId: string;
  /** Venture: an open call with the applicant's draft, and pools of calls, proposals and awards. */
  ventureCallId: string;
  draftId: string;
  drafts: string[];
  poolReviewerId: string;
  /** Reviewer users not yet in the venture pool, one per allowed caller of the add case (R18). */
  newReviewerUsers: string[];
  discardable: string[];
  toDraw: string[];
  /** Drawn calls without proposals, one per user, to conclude (R19). */
  toConclude: string[];
  drawnCallId: string;
  scoredProposalId: string;
  awardable: string[];
  toSign: string[];
  toReview: string[];
  toReport: string;
  toClawBack: string[];
  financeClawbackId: string;
  pendingReceipts: string[];
}

const NOTICE_CONTENT = {
  projectName: '“银龄互助”居家养老探访服务',
  unit: '新竹街道的组织',
  amountFen: 5_000_000,
  contactName: '李秀兰',
  contactPhone: '0771-5551235',
};

interface Case {
  route: string; // as in the OpenAPI document
  path: (c: Context) => string;
  body?: (user: User) => unknown;
  allowed: readonly User[];
  /**
   * Denied users the route's roles let in but who may not see the record `id` names: they get the
   * answer an unknown id gets, 404 (issue #15); every other denied user gets 403.
   */
  hidden?: { users: readonly User[]; id: (c: Context) => string };
  /** Changes state when allowed: a denied call must leave everything as it was. */
  mutates?: boolean;
  /** Puts the world in the state the case needs, once, before its calls. */
  before?: () => Promise<void>;
  why: string;
}

/** Government purchase's world, prepared in beforeAll (access-matrix.procurement.ts). */
const PROCUREMENT = {} as ProcurementWorld;
/** The policy store's proposals to decide, prepared in beforeAll (access-matrix.policies.ts). */
const POLICIES = {} as PolicyWorld;
/** The applicant's own notification, written in beforeAll (access-matrix.notifications.ts). */
const NOTIFICATIONS = {} as NotificationWorld;

/**
 * The access matrix, written out by hand from domain.md's actors: not derived from the code it
 * checks. Each case runs as every role; every route in the OpenAPI document must have a case.
 */
const CASES: Case[] = [
  {
    route: 'GET /api/v1/auth/me',
    path: () => '/v1/auth/me',
    allowed: EVERYONE,
    why: 'own profile',
  },
  {
    route: 'GET /api/v1/me/work',
    path: () => '/v1/me/work',
    allowed: EVERYONE,
    why: 'own work queue (issue #18): each service answers only what the user may see',
  },
  {
    route: 'GET /api/v1/divisions/counties',
    path: () => '/v1/divisions/counties',
    allowed: EVERYONE,
    why: 'reference data',
  },
  {
    route: 'GET /api/v1/divisions/streets',
    path: () => '/v1/divisions/streets?countyCode=450103',
    allowed: EVERYONE,
    why: 'reference data',
  },
  {
    route: 'GET /api/v1/divisions/communities',
    path: () => '/v1/divisions/communities?streetCode=450103001',
    allowed: EVERYONE,
    why: 'reference data',
  },
  {
    route: 'POST /api/v1/admin/queue-dashboard/ticket',
    path: () => '/v1/admin/queue-dashboard/ticket',
    body: () => ({}),
    allowed: ['admin'],
    why: 'the queue dashboard is for administrators (issue #20; queue-dashboard.e2e.int-spec.ts)',
  },
  {
    route: 'GET /api/v1/users',
    path: () => '/v1/users',
    allowed: ['admin'],
    why: 'administrators manage users',
  },
  {
    route: 'GET /api/v1/users/{id}',
    path: (c) => `/v1/users/${c.reviewerId}`,
    allowed: ['admin'],
    why: 'administrators manage users',
  },
  {
    route: 'POST /api/v1/users',
    path: () => '/v1/users',
    body: (user) => ({
      username: `matrix-${user}`,
      displayName: '矩阵',
      password: 'Long enough 2026',
      roles: ['reviewer'],
    }),
    allowed: ['admin'],
    mutates: true,
    why: 'administrators manage users',
  },
  {
    route: 'PATCH /api/v1/users/{id}',
    path: (c) => `/v1/users/${c.reviewerId}`,
    body: (user) => ({ displayName: `改名 ${user}` }),
    allowed: ['admin'],
    mutates: true,
    why: 'administrators manage users',
  },
  {
    route: 'POST /api/v1/users/{id}/second-factor/reset',
    path: (c) => `/v1/users/${c.resetTargetId}/second-factor/reset`,
    body: () => ({ reason: '手机遗失，恢复码未保存' }),
    allowed: ['admin'],
    mutates: true,
    why: "administrators reset another user's lost second factor (issue #15)",
  },
  {
    route: 'GET /api/v1/organizations',
    path: () => '/v1/organizations',
    allowed: ['applicant', 'incubator', 'officer', 'street', 'admin'],
    why: 'read roles, each in scope',
  },
  {
    route: 'GET /api/v1/organizations/stats',
    path: () => '/v1/organizations/stats',
    allowed: ['officer', 'street', 'admin'],
    why: 'supervision',
  },
  {
    route: 'POST /api/v1/organizations',
    path: () => '/v1/organizations',
    body: (user) => organizationBody({ name: `矩阵登记 ${user}`, location: STREET_A }),
    allowed: ['officer', 'street', 'admin'],
    mutates: true,
    why: 'registration in the street officer’s own street',
  },
  {
    route: 'POST /api/v1/organizations',
    path: () => '/v1/organizations',
    body: (user) => organizationBody({ name: `矩阵外街 ${user}`, location: STREET_B }),
    allowed: ['officer', 'admin'],
    mutates: true,
    why: 'a street officer cannot register in another street',
  },
  {
    route: 'GET /api/v1/organizations/{id}',
    path: (c) => `/v1/organizations/${c.orgA}`,
    allowed: ['applicant', 'incubator', 'officer', 'street', 'admin'],
    why: 'own organization / own street / admitted to the base',
  },
  {
    route: 'GET /api/v1/organizations/{id}',
    path: (c) => `/v1/organizations/${c.orgB}`,
    allowed: ['officer', 'admin'],
    hidden: { users: ['applicant', 'incubator', 'street'], id: (c) => c.orgB },
    why: 'IDOR: another organization by its id',
  },
  {
    route: 'PATCH /api/v1/organizations/{id}',
    path: (c) => `/v1/organizations/${c.orgA}`,
    body: () => ({ memberCount: 13 }),
    allowed: ['applicant', 'officer', 'street', 'admin'],
    mutates: true,
    why: 'own organization / own street',
  },
  {
    route: 'PATCH /api/v1/organizations/{id}',
    path: (c) => `/v1/organizations/${c.orgB}`,
    body: () => ({ memberCount: 14 }),
    allowed: ['officer', 'admin'],
    hidden: { users: ['applicant', 'street'], id: (c) => c.orgB },
    mutates: true,
    why: 'IDOR: changing another organization',
  },
  {
    route: 'POST /api/v1/organizations/lookup-by-resident-id',
    path: () => '/v1/organizations/lookup-by-resident-id',
    body: () => ({ residentId: LEADER_ID }),
    allowed: ['applicant', 'incubator', 'officer', 'street', 'admin'],
    mutates: true,
    why: 'look-up by keyed hash, within scope; audited',
  },
  {
    route: 'POST /api/v1/organizations/{id}/leaders/{index}/resident-id',
    path: (c) => `/v1/organizations/${c.orgA}/leaders/0/resident-id`,
    allowed: ['street', 'admin'],
    mutates: true,
    why: 'unmasking needs the permission (R30) and writes an audit entry',
  },
  {
    route: 'POST /api/v1/organizations/{id}/leaders/{index}/resident-id',
    path: (c) => `/v1/organizations/${c.orgB}/leaders/0/resident-id`,
    allowed: ['admin'],
    hidden: { users: ['street'], id: (c) => c.orgB },
    mutates: true,
    why: 'unmasking outside the street',
  },
  {
    route: 'POST /api/v1/organizations/{id}/contact/unmask',
    path: (c) => `/v1/organizations/${c.orgA}/contact/unmask`,
    allowed: ['officer', 'maker', 'checker'],
    mutates: true,
    why: 'officers who call organizations and finance staff who pay custodians see the numbers (R30); audited (R31)',
  },
  {
    route: 'GET /api/v1/finance/funds',
    path: () => '/v1/finance/funds?fiscalYear=2026',
    allowed: ['officer', 'maker', 'checker', 'admin'],
    why: 'finance staff and programme officers see the funds',
  },
  {
    route: 'GET /api/v1/finance/reconciliation',
    path: () => '/v1/finance/reconciliation',
    allowed: ['officer', 'maker', 'checker', 'admin'],
    why: 'the reconciliation report (R28)',
  },
  {
    route: 'POST /api/v1/finance/budgets',
    path: () => '/v1/finance/budgets',
    body: () => ({ fund: 'INCUBATION', fiscalYear: 2026, amountFen: 1_000_000 }),
    allowed: ['maker', 'admin'],
    mutates: true,
    why: 'appropriating a budget (R27), audited',
  },
  {
    route: 'GET /api/v1/finance/payments',
    path: () => '/v1/finance/payments?status=AWAITING_BATCH',
    allowed: ['officer', 'maker', 'checker', 'admin'],
    why: 'payments awaiting finance',
  },
  {
    route: 'POST /api/v1/finance/payments/{id}/reissue',
    path: (c) => `/v1/finance/payments/${c.toReissue.pop()}/reissue`,
    body: () => ({
      bankAccount: {
        accountName: '青秀区邻里互助会',
        accountNumber: '6222020102003457777',
        bankName: '中国工商银行南宁青秀支行',
        bankCode: '102',
      },
      reason: '原账户冻结，改付新账户',
    }),
    allowed: ['maker'],
    mutates: true,
    why: 'a finance maker proposes re-issuing a failed payment (R28)',
  },
  {
    route: 'POST /api/v1/finance/payments/{id}/reissue/decision',
    path: (c) => `/v1/finance/payments/${c.reissueProposed.pop()}/reissue/decision`,
    body: () => ({ outcome: 'APPROVED', comment: '核对无误' }),
    allowed: ['checker'],
    mutates: true,
    why: "a finance checker approves another person's re-issue (R28)",
  },
  {
    route: 'GET /api/v1/finance/batches',
    path: () => '/v1/finance/batches',
    allowed: ['officer', 'maker', 'checker', 'admin'],
    why: 'disbursement batches and their progress',
  },
  {
    route: 'GET /api/v1/finance/batches/{id}',
    path: (c) => `/v1/finance/batches/${c.batchToApprove}`,
    allowed: ['officer', 'maker', 'checker', 'admin'],
    why: 'one batch',
  },
  {
    route: 'GET /api/v1/finance/batches/{id}/export',
    path: (c) => `/v1/finance/batches/${c.batchToApprove}/export?format=csv`,
    allowed: ['officer', 'maker', 'checker', 'admin'],
    why: 'a batch as CSV or Excel',
  },
  {
    route: 'POST /api/v1/finance/batches',
    path: () => '/v1/finance/batches',
    body: () => ({ paymentIds: [CONTEXT.paymentId] }),
    allowed: ['maker'],
    mutates: true,
    why: 'only a finance maker prepares a batch (R28), not even an administrator',
  },
  {
    route: 'POST /api/v1/finance/batches/{id}/approve',
    path: (c) => `/v1/finance/batches/${c.batchToApprove}/approve`,
    body: () => ({ comment: '同意' }),
    allowed: ['checker'],
    mutates: true,
    why: 'only a finance checker approves a batch (R28)',
  },
  {
    route: 'POST /api/v1/finance/batches/{id}/reject',
    path: (c) => `/v1/finance/batches/${c.batchToReject}/reject`,
    body: () => ({ comment: '退回' }),
    allowed: ['checker'],
    mutates: true,
    why: 'only a finance checker rejects a batch (R28)',
  },
  {
    route: 'POST /api/v1/organizations/snapshots/republish',
    path: () => '/v1/organizations/snapshots/republish',
    allowed: ['admin'],
    mutates: true,
    why: 'an administrator replays snapshots for a service that started consuming them late',
  },
  {
    route: 'POST /api/v1/incubation/bases',
    path: () => '/v1/incubation/bases',
    body: () => baseBody({ name: '矩阵测试基地' }),
    allowed: ['officer', 'admin'],
    mutates: true,
    why: 'officers set up incubation bases (R15)',
  },
  {
    route: 'GET /api/v1/incubation/bases',
    path: () => '/v1/incubation/bases',
    allowed: ['applicant', 'incubator', 'officer', 'admin'],
    why: 'applicants choose a base; staff see theirs',
  },
  {
    route: 'POST /api/v1/incubation/bases/{id}/venues',
    path: (c) => `/v1/incubation/bases/${c.baseId}/venues`,
    body: () => ({
      name: '共享办公区',
      areaM2: 60,
      capacity: 4,
      shared: true,
      monthlyRateFenPerM2: 3000,
    }),
    allowed: ['incubator', 'officer', 'admin'],
    mutates: true,
    why: "officers and the base's staff add venues (R4)",
  },
  {
    route: 'POST /api/v1/incubation/cohorts',
    path: () => '/v1/incubation/cohorts',
    body: () => cohortBody(CONTEXT.baseId),
    allowed: ['incubator', 'admin'],
    mutates: true,
    why: "the base's staff run its cohorts (R16)",
  },
  {
    route: 'GET /api/v1/incubation/cohorts',
    path: () => '/v1/incubation/cohorts',
    allowed: ['applicant', 'incubator', 'officer', 'admin'],
    why: 'applicants choose a cohort; staff and officers oversee them',
  },
  {
    route: 'GET /api/v1/incubation/cohorts/{id}',
    path: (c) => `/v1/incubation/cohorts/${c.openCohortId}`,
    allowed: ['applicant', 'incubator', 'officer', 'admin'],
    why: 'the cohort board',
  },
  {
    route: 'PUT /api/v1/incubation/cohorts/{id}/form',
    path: (c) => `/v1/incubation/cohorts/${c.formCohortId}/form`,
    body: () => SAMPLE_FORM,
    allowed: ['incubator', 'admin'],
    mutates: true,
    why: "the base's staff set a cohort's added questions until it has an application (issue #17)",
  },
  {
    route: 'POST /api/v1/incubation/cohorts/{id}/close',
    path: (c) => `/v1/incubation/cohorts/${c.toClose.pop()}/close`,
    allowed: ['incubator', 'admin'],
    mutates: true,
    why: 'staff close a window early (R16)',
  },
  {
    route: 'GET /api/v1/incubation/cohorts/{id}/ranking',
    path: (c) => `/v1/incubation/cohorts/${c.openCohortId}/ranking`,
    allowed: ['incubator', 'officer', 'admin'],
    why: 'the ranked applicants with their reasons (R13, R14)',
  },
  {
    route: 'POST /api/v1/incubation/cohorts/{id}/decide',
    path: (c) => `/v1/incubation/cohorts/${c.toDecideCohorts.pop()}/decide`,
    allowed: ['incubator', 'admin'],
    mutates: true,
    why: 'staff answer every applicant (R16)',
  },
  {
    route: 'POST /api/v1/incubation/admissions',
    path: () => '/v1/incubation/admissions',
    body: (user) =>
      user === 'applicant'
        ? { ...foundingGroupBody(CONTEXT.submitCohortId), kind: 'ORGANIZATION' }
        : foundingGroupBody(CONTEXT.submitCohortId),
    allowed: ['applicant', 'incubator', 'admin'],
    mutates: true,
    why: "an organization applies for itself; staff enter a founding group's paper application",
  },
  {
    route: 'GET /api/v1/incubation/admissions',
    path: () => '/v1/incubation/admissions',
    allowed: ['applicant', 'incubator', 'officer', 'admin'],
    why: 'an applicant follows its own; staff their base; officers all',
  },
  {
    route: 'GET /api/v1/incubation/admissions/{id}',
    path: (c) => `/v1/incubation/admissions/${c.admissionId}`,
    allowed: ['applicant', 'incubator', 'officer', 'admin'],
    why: 'one admission application, in scope',
  },
  {
    route: 'POST /api/v1/incubation/admissions/{id}/contact/unmask',
    path: (c) => `/v1/incubation/admissions/${c.admissionId}/contact/unmask`,
    allowed: ['officer', 'maker', 'checker'],
    mutates: true,
    why: 'officers who call applicants and finance staff see the phone (R30); audited (R31)',
  },
  {
    route: 'POST /api/v1/incubation/admissions/{id}/assessment',
    path: (c) => `/v1/incubation/admissions/${c.admissionId}/assessment`,
    body: () => ({ merit: 80 }),
    allowed: ['incubator', 'admin'],
    mutates: true,
    why: "the base's staff assess merit (R16), audited",
  },
  {
    route: 'GET /api/v1/incubation/incubatees',
    path: () => '/v1/incubation/incubatees',
    allowed: ['applicant', 'incubator', 'officer', 'admin'],
    why: 'an applicant sees its own record; staff their base; officers all',
  },
  {
    route: 'GET /api/v1/incubation/incubatees/{id}',
    path: (c) => `/v1/incubation/incubatees/${c.ownRecordId}`,
    allowed: ['applicant', 'incubator', 'officer', 'admin'],
    why: 'one incubation record, in scope',
  },
  {
    route: 'POST /api/v1/incubation/incubatees/{id}/subsidy/account/unmask',
    path: (c) => `/v1/incubation/incubatees/${c.subsidyRecordId}/subsidy/account/unmask`,
    allowed: ['officer', 'maker', 'checker'],
    mutates: true,
    why: 'officers and the finance staff who pay a start-up subsidy see its account number (R30); audited (R31)',
  },
  {
    route: 'POST /api/v1/incubation/incubatees/{id}/venue',
    path: (c) => `/v1/incubation/incubatees/${c.records.venue.pop()}/venue`,
    body: () => ({ venueId: CONTEXT.venueId }),
    allowed: ['incubator', 'admin'],
    mutates: true,
    why: "the base's staff place incubatees (R4)",
  },
  {
    route: 'POST /api/v1/incubation/incubatees/{id}/space-returned',
    path: (c) => `/v1/incubation/incubatees/${c.records.returned.pop()}/space-returned`,
    allowed: ['incubator', 'admin'],
    mutates: true,
    why: 'staff record the space handed back (R16)',
  },
  {
    route: 'POST /api/v1/incubation/incubatees/{id}/organization',
    path: (c) => `/v1/incubation/incubatees/${c.records.link.pop()}/organization`,
    body: () => ({ organizationId: CONTEXT.orgC }),
    allowed: ['incubator', 'admin'],
    mutates: true,
    why: 'staff link the organization a founding group registered as',
  },
  {
    route: 'POST /api/v1/incubation/incubatees/{id}/activities',
    path: (c) => `/v1/incubation/incubatees/${c.ownRecordId}/activities`,
    body: () => ({ title: '重阳节敬老活动', heldOn: '2026-10-29' }),
    allowed: ['incubator', 'admin'],
    mutates: true,
    why: 'staff record activities (R16)',
  },
  {
    route: 'POST /api/v1/incubation/incubatees/{id}/startup-subsidy',
    path: (c) => `/v1/incubation/incubatees/${c.records.subsidy.pop()}/startup-subsidy`,
    body: () => ({
      bankAccount: {
        accountName: '横州镇的组织',
        accountNumber: '6222020102003450001',
        bankName: '广西农村信用社',
        bankCode: '402',
      },
    }),
    allowed: ['incubator', 'admin'],
    mutates: true,
    why: 'staff ask finance for the start-up subsidy (R15)',
  },
  {
    route: 'POST /api/v1/incubation/incubatees/{id}/subsidy/withdrawal',
    path: (c) => `/v1/incubation/incubatees/${c.records.withdrawSubsidy.pop()}/subsidy/withdrawal`,
    body: () => ({ reason: '组织已注销，补助撤销' }),
    allowed: ['incubator', 'admin'],
    mutates: true,
    why: 'staff withdraw a committed start-up subsidy; finance releases it (R27)',
  },
  {
    route: 'POST /api/v1/incubation/incubatees/{id}/graduate',
    path: (c) => `/v1/incubation/incubatees/${c.records.graduate.pop()}/graduate`,
    body: () => ({ confirmed: ['建立财务管理制度'] }),
    allowed: ['incubator', 'admin'],
    mutates: true,
    why: 'staff graduate against the recorded criteria (R16)',
  },
  {
    route: 'POST /api/v1/incubation/incubatees/{id}/exit',
    path: (c) => `/v1/incubation/incubatees/${c.records.exit.pop()}/exit`,
    body: () => ({ reason: '团队解散' }),
    allowed: ['incubator', 'admin'],
    mutates: true,
    why: 'staff record leaving (R16)',
  },
  {
    route: 'POST /api/v1/incubation/cohorts/{id}/trainings',
    path: (c) => `/v1/incubation/cohorts/${c.recordCohortId}/trainings`,
    body: () => ({ title: '财务管理', heldOn: '2026-11-20', hours: 3, trainer: '张老师' }),
    allowed: ['incubator', 'admin'],
    mutates: true,
    why: 'staff record training (R11)',
  },
  {
    route: 'GET /api/v1/incubation/cohorts/{id}/trainings',
    path: (c) => `/v1/incubation/cohorts/${c.recordCohortId}/trainings`,
    allowed: ['incubator', 'officer', 'admin'],
    why: "a cohort's training and attendance (R11)",
  },
  {
    route: 'POST /api/v1/incubation/trainings/{id}/attendance',
    path: (c) => `/v1/incubation/trainings/${c.trainingId}/attendance`,
    body: () => ({ incubateeIds: [CONTEXT.ownRecordId] }),
    allowed: ['incubator', 'admin'],
    mutates: true,
    why: 'staff record attendance (R11)',
  },
  {
    route: 'POST /api/v1/procurement/catalogue',
    path: () => '/v1/procurement/catalogue',
    body: () => ({
      regionCode: '450000',
      fiscalYear: 2026,
      categories: ['基本公共服务', '养老服务'],
      name: `矩阵测试目录条目 ${randomUUID()}`,
      description: '居家养老上门探访',
      unit: '人次',
    }),
    allowed: ['officer', 'admin'],
    mutates: true,
    why: 'officers enter the catalogue of services the government purchases (R24)',
  },
  {
    route: 'GET /api/v1/procurement/catalogue',
    path: () => '/v1/procurement/catalogue',
    allowed: ['officer', 'admin'],
    why: 'the catalogue as officers keep it (R24)',
  },
  ...procurementCases(PROCUREMENT),
  ...policyCases(POLICIES),
  ...dashboardCases(),
  ...auditCases(),
  ...notificationCases(NOTIFICATIONS),
  ...importCases({ files: {} }, USERS), // issue #18: import from Excel
  ...draftCases(),
  {
    route: 'POST /api/v1/venture/calls',
    path: () => '/v1/venture/calls',
    body: () => callBody({ name: '矩阵测试征集' }, 3_600_000),
    allowed: ['officer', 'admin'],
    mutates: true,
    why: 'officers open calls (R17)',
  },
  {
    route: 'PUT /api/v1/venture/calls/{id}/form',
    path: (c) => `/v1/venture/calls/${c.formCallId}/form`,
    body: () => SAMPLE_FORM,
    allowed: ['officer', 'admin'],
    mutates: true,
    why: "officers set a call's added questions until it has a proposal (issue #17)",
  },
  {
    route: 'GET /api/v1/venture/calls',
    path: () => '/v1/venture/calls',
    allowed: ['applicant', 'reviewer', 'officer', 'admin'],
    why: 'applicants choose a call; reviewers see what they review',
  },
  {
    route: 'GET /api/v1/venture/calls/{id}',
    path: (c) => `/v1/venture/calls/${c.ventureCallId}`,
    allowed: ['applicant', 'reviewer', 'officer', 'admin'],
    why: 'one call with its rubric',
  },
  {
    route: 'POST /api/v1/venture/calls/{id}/draw',
    path: (c) => `/v1/venture/calls/${c.toDraw.pop()}/draw`,
    allowed: ['officer', 'admin'],
    mutates: true,
    why: 'officers draw the reviewers (R18)',
  },
  {
    route: 'GET /api/v1/venture/calls/{id}/draw',
    path: (c) => `/v1/venture/calls/${c.drawnCallId}/draw`,
    allowed: ['officer', 'admin'],
    why: 'the draw and the recusals (R18)',
  },
  {
    route: 'GET /api/v1/venture/calls/{id}/score-sheets',
    path: (c) => `/v1/venture/calls/${c.drawnCallId}/score-sheets`,
    allowed: ['officer', 'admin'],
    why: "every reviewer's score sheet (R17)",
  },
  {
    route: 'POST /api/v1/venture/calls/{id}/conclude',
    path: (c) => `/v1/venture/calls/${c.toConclude.pop()}/conclude`,
    allowed: ['officer', 'admin'],
    mutates: true,
    why: 'officers conclude a round once the ranking is decided (R19)',
  },
  {
    route: 'GET /api/v1/venture/calls/{id}/ranking',
    path: (c) => `/v1/venture/calls/${c.drawnCallId}/ranking`,
    allowed: ['officer', 'admin'],
    why: 'the ranking with its reasons (R19)',
  },
  {
    route: 'POST /api/v1/venture/proposals',
    path: () => '/v1/venture/proposals',
    body: () => proposalBody(CONTEXT.ventureCallId),
    allowed: ['applicant'],
    mutates: true,
    why: 'an organization writes its own proposals (R17)',
  },
  {
    route: 'PUT /api/v1/venture/proposals/{id}',
    path: (c) => `/v1/venture/proposals/${c.draftId}`,
    body: () => {
      const { callId: _callId, ...content } = proposalBody(CONTEXT.ventureCallId);
      return content;
    },
    allowed: ['applicant'],
    mutates: true,
    why: 'an organization changes its own draft (R17)',
  },
  {
    route: 'POST /api/v1/venture/proposals/{id}/submit',
    path: (c) => `/v1/venture/proposals/${c.drafts.pop()}/submit`,
    allowed: ['applicant'],
    mutates: true,
    why: 'an organization submits its own proposal (R17)',
  },
  {
    route: 'DELETE /api/v1/venture/proposals/{id}',
    path: (c) => `/v1/venture/proposals/${c.discardable.pop()}`,
    allowed: ['applicant'],
    mutates: true,
    why: 'an organization deletes its own draft (R17)',
  },
  {
    route: 'GET /api/v1/venture/proposals',
    path: () => '/v1/venture/proposals',
    allowed: ['applicant', 'officer', 'admin'],
    why: 'officers see all; an organization its own',
  },
  {
    route: 'GET /api/v1/venture/proposals/{id}',
    path: (c) => `/v1/venture/proposals/${c.draftId}`,
    allowed: ['applicant', 'officer', 'admin'],
    why: 'one proposal, in scope',
  },
  {
    route: 'GET /api/v1/venture/proposals/{id}/outcome',
    path: (c) => `/v1/venture/proposals/${c.draftId}/outcome`,
    allowed: ['applicant'],
    why: "an organization's own proposal's rank and reasons once awards begin (issue #18)",
  },
  {
    route: 'POST /api/v1/venture/proposals/{id}/contact/unmask',
    path: (c) => `/v1/venture/proposals/${c.scoredProposalId}/contact/unmask`,
    allowed: ['officer', 'maker', 'checker'],
    mutates: true,
    why: 'officers who call applicants and finance staff who pay tranches see the numbers (R30); audited (R31)',
  },
  {
    route: 'POST /api/v1/venture/reviews/{proposalId}/scores',
    path: (c) => `/v1/venture/reviews/${c.scoredProposalId}/scores`,
    body: () => ({ scores: { need: 8, design: 7, budget: 6 } }),
    allowed: ['reviewer'],
    mutates: true,
    why: 'a drawn reviewer scores (R17)',
  },
  {
    route: 'GET /api/v1/venture/reviews',
    path: () => '/v1/venture/reviews',
    allowed: ['reviewer'],
    why: "a reviewer's assignments, blind (R18)",
  },
  {
    route: 'POST /api/v1/venture/proposals/{id}/award',
    path: (c) => `/v1/venture/proposals/${c.awardable.pop()}/award`,
    body: () => ({ comment: '按排名资助' }),
    allowed: ['officer', 'admin'],
    mutates: true,
    why: 'officers award in ranked order (R19)',
  },
  {
    route: 'POST /api/v1/venture/reviewers',
    path: () => '/v1/venture/reviewers',
    // A user the gateway holds (an unknown one is a 422, venture-unmask.e2e.int-spec.ts).
    body: (user) => ({
      userId: CONTEXT.newReviewerUsers[user === 'officer' ? 0 : 1],
      name: '周敏',
      fields: ['eldercare'],
      relations: [],
    }),
    allowed: ['officer', 'admin'],
    mutates: true,
    why: 'officers keep the expert pool (R18)',
  },
  {
    route: 'PUT /api/v1/venture/reviewers/{id}',
    path: (c) => `/v1/venture/reviewers/${c.poolReviewerId}`,
    body: () => ({ name: '专家 2', fields: ['eldercare'], relations: [], active: true }),
    allowed: ['officer', 'admin'],
    mutates: true,
    why: "officers keep each expert's declared relations current (R18)",
  },
  {
    route: 'GET /api/v1/venture/reviewers',
    path: () => '/v1/venture/reviewers',
    allowed: ['officer', 'admin'],
    why: 'the expert pool with declared relations',
  },
  {
    route: 'GET /api/v1/venture/awards',
    path: () => '/v1/venture/awards',
    allowed: ['applicant', 'officer', 'admin'],
    why: 'officers see all awards; an organization its own tranches',
  },
  {
    route: 'POST /api/v1/venture/awards/{id}/sign',
    path: (c) => `/v1/venture/awards/${c.toSign.pop()}/sign`,
    allowed: ['officer', 'admin'],
    mutates: true,
    why: 'officers record the signed agreement (R19)',
  },
  {
    route: 'POST /api/v1/venture/awards/{id}/tranches/{position}/report',
    path: (c) => `/v1/venture/awards/${c.toReport}/tranches/1/report`,
    body: () => ({ report: '已完成中期目标，服务老人 120 人次' }),
    allowed: ['applicant'],
    mutates: true,
    why: 'the awarded organization reports its milestone (R19)',
  },
  {
    route: 'POST /api/v1/venture/awards/{id}/tranches/{position}/review',
    path: (c) => `/v1/venture/awards/${c.toReview.pop()}/tranches/1/review`,
    body: () => ({ outcome: 'APPROVED', comment: '中期评估通过' }),
    allowed: ['officer', 'admin'],
    mutates: true,
    why: 'officers approve or fail a milestone (R19)',
  },
  {
    route: 'POST /api/v1/venture/awards/{id}/clawback',
    path: (c) => `/v1/venture/awards/${c.toClawBack.pop()}/clawback`,
    body: () => ({ amountFen: 100, reason: '结项评估未通过' }),
    allowed: ['officer', 'admin'],
    mutates: true,
    why: 'officers open a clawback after a failed final evaluation (R19)',
  },
  {
    route: 'GET /api/v1/finance/clawbacks',
    path: () => '/v1/finance/clawbacks',
    allowed: ['officer', 'maker', 'checker', 'admin'],
    why: 'finance staff and officers see clawbacks (R19)',
  },
  {
    route: 'POST /api/v1/finance/clawbacks/{id}/receipts',
    path: (c) => `/v1/finance/clawbacks/${c.financeClawbackId}/receipts`,
    body: () => ({ amountFen: 1, bankReference: 'MATRIX', receivedOn: '2026-12-01' }),
    allowed: ['maker'],
    mutates: true,
    why: 'a finance maker records money returned (R19)',
  },
  {
    route: 'POST /api/v1/finance/clawbacks/{id}/receipts/{receiptId}/decision',
    path: (c) =>
      `/v1/finance/clawbacks/${c.financeClawbackId}/receipts/${c.pendingReceipts.pop()}/decision`,
    body: () => ({ outcome: 'CONFIRMED', comment: '已核对' }),
    allowed: ['checker'],
    mutates: true,
    why: "a finance checker confirms another person's receipt (R28)",
  },
  {
    route: 'POST /api/v1/lottery/programmes',
    path: () => '/v1/lottery/programmes',
    body: () => subsidyProgrammeBody(),
    allowed: ['officer', 'admin'],
    mutates: true,
    why: 'programme officers run subsidy programmes (R20)',
  },
  {
    route: 'GET /api/v1/lottery/programmes',
    path: () => '/v1/lottery/programmes',
    allowed: ['applicant', 'officer', 'admin'],
    why: 'applicants see what they may apply to',
  },
  {
    route: 'POST /api/v1/lottery/applications',
    path: () => '/v1/lottery/applications',
    body: () => subsidyApplicationBody(CONTEXT.openProgrammeId),
    allowed: ['applicant'],
    mutates: true,
    why: 'only someone acting for an organization applies, for it',
  },
  {
    route: 'GET /api/v1/lottery/applications',
    path: () => '/v1/lottery/applications',
    allowed: ['applicant', 'officer', 'admin'],
    why: 'officers review all; an applicant follows its own',
  },
  {
    route: 'POST /api/v1/lottery/applications/{id}/approve',
    path: (c) => `/v1/lottery/applications/${c.toDecide.pop()}/approve`,
    body: () => ({ comment: '同意' }),
    allowed: ['officer', 'admin'],
    mutates: true,
    why: 'programme officers decide applications (R20)',
  },
  {
    route: 'POST /api/v1/lottery/applications/{id}/reject',
    path: (c) => `/v1/lottery/applications/${c.toDecide.pop()}/reject`,
    body: () => ({ comment: '退回' }),
    allowed: ['officer', 'admin'],
    mutates: true,
    why: 'programme officers decide applications (R20)',
  },
  {
    route: 'POST /api/v1/lottery/applications/{id}/withdrawal',
    path: (c) => `/v1/lottery/applications/${c.toWithdraw.pop()}/withdrawal`,
    body: () => ({ reason: '组织已注销，撤销资助' }),
    allowed: ['officer', 'admin'],
    mutates: true,
    why: 'officers withdraw a committed subsidy; finance releases it (R23, R27)',
  },
  {
    route: 'POST /api/v1/lottery/applications/{id}/assessment',
    path: (c) => `/v1/lottery/applications/${c.toDecide[0]}/assessment`,
    body: () => ({ merit: 80 }),
    allowed: ['officer', 'admin'],
    mutates: true,
    why: 'officers assess merit (R13), audited',
  },
  {
    route: 'PUT /api/v1/lottery/programmes/{id}/form',
    path: (c) => `/v1/lottery/programmes/${c.formProgrammeId}/form`,
    body: () => SAMPLE_FORM,
    allowed: ['officer', 'admin'],
    mutates: true,
    why: "programme officers set a programme's added questions until it has an application (issue #17)",
  },
  {
    route: 'GET /api/v1/lottery/programmes/{id}/ranking',
    path: (c) => `/v1/lottery/programmes/${c.programmeId}/ranking`,
    allowed: ['officer', 'admin'],
    why: 'the ranking with the rural reserve (R14)',
  },
  {
    route: 'GET /api/v1/lottery/years/{fiscalYear}',
    path: () => '/v1/lottery/years/2026',
    allowed: ['officer', 'admin'],
    why: 'the year: eldercare share (R21), disclosure deadline (R23)',
  },
  {
    route: 'POST /api/v1/lottery/years/{fiscalYear}/annual-report',
    path: () => '/v1/lottery/years/2025/annual-report',
    body: () => ({ summary: '全年服务老年人 1200 人次', reason: '补充成效说明' }),
    allowed: ['officer', 'admin'],
    mutates: true,
    why: "officers publish a finished year's annual report (R23)",
  },
  {
    route: 'POST /api/v1/lottery/notices/{id}/corrections',
    path: (c) => `/v1/lottery/notices/${c.notices.pop()}/corrections`,
    body: () => ({ reason: '联系电话有误', content: { ...NOTICE_CONTENT } }),
    allowed: ['officer', 'admin'],
    mutates: true,
    why: 'officers correct a notice with a new one (R23)',
  },
  {
    route: 'GET /api/v1/lottery/applications/{id}',
    path: (c) => `/v1/lottery/applications/${c.applicationId}`,
    allowed: ['applicant', 'officer', 'admin'],
    why: 'one application, in scope',
  },
  {
    route: 'GET /api/v1/lottery/applications/{id}/outcome',
    path: (c) => `/v1/lottery/applications/${c.applicationId}/outcome`,
    allowed: ['applicant'],
    why: "an organization's own application's rank and reasons once decided (issue #18)",
  },
  {
    route: 'POST /api/v1/lottery/applications/{id}/contact/unmask',
    path: (c) => `/v1/lottery/applications/${c.applicationId}/contact/unmask`,
    allowed: ['officer', 'maker', 'checker'],
    mutates: true,
    why: 'officers who call applicants and finance staff who pay them see the numbers (R30); audited (R31)',
  },
  {
    route: 'POST /api/v1/auth/logout',
    path: () => '/v1/auth/logout',
    body: () => ({}),
    allowed: EVERYONE,
    why: 'own session (run with a spare token)',
  },
];

// issue #18: every list's export, allowed exactly as its list
CASES.push(...exportCases(CASES));

const CONTEXT = {} as Context;

/** Any signed-in user, for their own account only; covered by second-factor.e2e.int-spec.ts. */
const SELF_SERVICE_ROUTES = [
  'POST /api/v1/auth/second-factor/enrolment',
  'POST /api/v1/auth/second-factor/enrolment/confirm',
];

/** Routes anyone may call without a token; covered by the auth tests. */
const PUBLIC_ROUTES = [
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/refresh',
  'GET /api/health',
  // The probes of deploy/k8s, covered by organizations.e2e.int-spec.ts
  'GET /api/health/live',
  'GET /api/health/ready',
  // R23 disclosure, covered by lottery.e2e.int-spec.ts
  'GET /api/v1/public/lottery/notices',
  'POST /api/v1/public/lottery/notices/{id}/objections',
  // R24/R25 what government purchase publishes, covered by the procurement-*.e2e.int-spec.ts
  ...PROCUREMENT_PUBLIC_ROUTES,
  // The county names the public pages show, covered by procurement-undertaker.browser-spec.ts
  'GET /api/v1/public/divisions/counties',
  // The ranking rules in force (issue #17)
  ...POLICY_PUBLIC_ROUTES,
  // Exports of the public lists (issue #18), covered by exports.e2e.int-spec.ts
  ...PUBLIC_EXPORT_ROUTES,
];

describe('the access matrix: every route as every role', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: Client;
  const tokens = {} as Record<User, string>;
  const context = CONTEXT;

  // What a denied call could change. An approved batch goes on paying by itself, an approved
  // subsidy goes on to finance by itself, and a withdrawn one is released by itself, so that
  // progress (payment statuses, settlements, commitments, releases and their audit entries, the
  // completion entry) is left out.
  const fingerprint = async () =>
    (
      await db.query(`SELECT
        (SELECT count(*) || '/' || coalesce(sum(version), 0) FROM organizations.organization) AS orgs,
        (SELECT count(*) || '/' || coalesce(sum(version), 0) FROM gateway.user_account) AS users,
        (SELECT count(*) FROM organizations.audit_entry) AS org_audit,
        (SELECT string_agg(status, ',' ORDER BY id) FROM organizations.policy_document) AS policies,
        (SELECT count(*) FROM gateway.audit_entry) AS gateway_audit,
        (SELECT count(*) FROM finance.ledger_posting
          WHERE kind NOT IN ('SETTLEMENT', 'COMMITMENT', 'RELEASE')) AS postings,
        (SELECT count(*) FROM finance.audit_entry
          WHERE action NOT IN ('batch.completed', 'clawback.opened') AND action NOT LIKE 'commitment.%')
          AS finance_audit,
        (SELECT count(*) || '/' || coalesce(string_agg(coalesce(checker_id, '-'), ',' ORDER BY id), '')
           FROM finance.disbursement_batch) AS batches,
        (SELECT string_agg(coalesce(batch_id::text, '-'), ',' ORDER BY id) FROM finance.payment
          WHERE programme NOT IN ('lottery-fund', 'incubation', 'venture', 'procurement')) AS payments,
        (SELECT count(*) FROM lottery_fund.subsidy_programme) AS programmes,
        (SELECT count(*) || '/' || count(*) FILTER (WHERE decision IS NOT NULL)
           FROM lottery_fund.subsidy_application) AS applications,
        (SELECT count(*) FROM lottery_fund.audit_entry) AS lottery_audit,
        (SELECT count(*) FROM lottery_fund.disclosure_notice) AS notices,
        (SELECT count(*) FROM incubation.audit_entry) AS incubation_audit,
        (SELECT count(*) FROM venture.audit_entry) AS venture_audit,
        ${PROCUREMENT_FINGERPRINT},
        (SELECT count(*) || '/' || count(*) FILTER (WHERE status <> 'DRAFT') FROM venture.proposal)
          AS proposals`)
    ).rows[0];

  beforeAll(async () => {
    platform = await startPlatform({
      withLotteryFund: true,
      withIncubation: true,
      withVenture: true,
      withProcurement: true,
      financeEnv: { TREASURY_FROZEN_ACCOUNTS: FROZEN_ACCOUNT },
    });
    db = new Client({ connectionString: platform.databaseUrl });
    await db.connect();
    const admin = await platform.login('admin');
    const register = async (name: string, location: object) => {
      const body = organizationBody({
        name,
        location,
        leaders: [{ name: '王建国', role: '负责人', isPartyMember: true, residentId: LEADER_ID }],
      });
      const res = await http('POST', `${platform.api}/v1/organizations`, body, { token: admin });
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    context.orgA = await register('新竹街道的组织', STREET_A);
    context.orgB = await register('横州镇的组织', STREET_B);
    const users = await http('GET', `${platform.api}/v1/users?pageSize=100`, undefined, {
      token: admin,
    });
    const idOf = (username: string) =>
      users.body.items.find((u: { username: string }) => u.username === username).id as string;
    context.reviewerId = idOf('reviewer');
    const resetTarget = await http(
      'POST',
      `${platform.api}/v1/users`,
      {
        username: 'matrix-second-admin',
        displayName: '第二位管理员',
        password: 'Demo#2026civic',
        roles: ['administrator'],
      },
      { token: admin },
    );
    expect(resetTarget.status).toBe(201);
    context.resetTargetId = resetTarget.body.id;
    await platform.login('matrix-second-admin', 'Demo#2026civic'); // the kit enrols it
    const bound = await http(
      'PATCH',
      `${platform.api}/v1/users/${idOf('applicant')}`,
      { organizationId: context.orgA },
      { token: admin },
    );
    expect(bound.status).toBe(200);
    for (const user of USERS) tokens[user] = await platform.login(user);
    await preparePayments();
    await prepareSubsidies();
    await prepareIncubation(idOf('incubator'));
    await prepareVenture(idOf('reviewer'));
    Object.assign(
      PROCUREMENT,
      await prepareProcurement({
        api: platform.api,
        db,
        tokens,
        n: USERS.length + 1,
        login: (username, password) => platform.login(username, password),
        reviewerUserId: idOf('reviewer'),
      }),
    );
    Object.assign(
      POLICIES,
      await preparePolicies({
        api: platform.api,
        n: USERS.length + 1,
        admin: tokens.admin,
        admin2: await platform.login('admin2'),
      }),
    );
    Object.assign(
      NOTIFICATIONS,
      await prepareNotifications({
        db,
        applicantUserId: idOf('applicant'),
        organizationId: context.orgA,
      }),
    );
  });

  /**
   * Venture: three reviewers in the pool (the demo reviewer among them); an open call with the
   * applicant's drafts; calls past their deadline to draw; and a drawn, scored call with proposals
   * to award and awards to sign and review, one pool per case so each call finds its own.
   */
  async function prepareVenture(reviewerUserId: string): Promise<void> {
    const as = (token: string) => (method: string, path: string, body?: unknown) =>
      http(method, `${platform.api}/v1/venture${path}`, body, { token });
    const officer = as(tokens.officer);
    const applicant = as(tokens.applicant);
    const reviewerTokens = [tokens.reviewer];
    for (const [i, userId] of [reviewerUserId, null, null].entries()) {
      let id = userId;
      if (!id) {
        const username = `matrix-reviewer-${i}`;
        const created = await http(
          'POST',
          `${platform.api}/v1/users`,
          { username, displayName: `专家 ${i}`, password: 'Demo#2026civic', roles: ['reviewer'] },
          { token: tokens.admin },
        );
        id = created.body.id as string;
        reviewerTokens.push(await platform.login(username, 'Demo#2026civic'));
      }
      const added = await officer('POST', '/reviewers', {
        userId: id,
        name: `专家 ${i}`,
        fields: [],
        relations: [],
      });
      expect(added.status).toBe(201);
      context.poolReviewerId = added.body.id;
    }
    context.newReviewerUsers = [];
    for (const i of [0, 1]) {
      const created = await http(
        'POST',
        `${platform.api}/v1/users`,
        {
          username: `matrix-pool-new-${i}`,
          displayName: `新专家 ${i}`,
          password: 'Demo#2026civic',
          roles: ['reviewer'],
        },
        { token: tokens.admin },
      );
      expect(created.status).toBe(201);
      context.newReviewerUsers.push(created.body.id);
    }
    const n = USERS.length + 1;
    const open = await officer('POST', '/calls', callBody({}, 3_600_000));
    context.ventureCallId = open.body.id;
    context.formCallId = (await officer('POST', '/calls', callBody({}, 3_600_000))).body.id;
    const draft = () =>
      waitFor(
        "the applicant's organization at venture",
        () => applicant('POST', '/proposals', proposalBody(context.ventureCallId)),
        (res) => res.status !== 409,
      ).then((res) => res.body.id as string);
    context.draftId = await draft();
    context.drafts = [];
    for (let i = 0; i < n; i++) context.drafts.push(await draft());
    context.discardable = [];
    for (let i = 0; i < n; i++) context.discardable.push(await draft());

    // Calls that close in a few seconds: one to score and award, one drawn, and n to draw.
    const closing = async (count: number) => {
      const ids: string[] = [];
      for (let i = 0; i < count; i++) {
        ids.push(
          (
            await officer(
              'POST',
              '/calls',
              callBody({ budgetFen: 1_000_000_000, maxFen: 10_000_000 }, 20_000),
            )
          ).body.id,
        );
      }
      return ids;
    };
    // The calls to conclude first: they close before the others, whose proposals must be in by then.
    context.toConclude = await closing(n);
    const [awardCall, scoreCall, drawnCall, ...toDraw] = await closing(n + 3);
    context.toDraw = toDraw;
    context.drawnCallId = drawnCall;
    const submit = async (callId: string) => {
      const id = (await applicant('POST', '/proposals', proposalBody(callId))).body.id as string;
      expect((await applicant('POST', `/proposals/${id}/submit`)).status).toBe(200);
      return id;
    };
    const awardProposals: string[] = [];
    for (let i = 0; i < 4 * n + 2; i++) awardProposals.push(await submit(awardCall));
    context.scoredProposalId = await submit(scoreCall);
    const closesAt = new Date((await officer('GET', `/calls/${toDraw.at(-1)}`)).body.deadline);
    await new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, closesAt.getTime() - Date.now() + 100)),
    );
    for (const callId of [awardCall, scoreCall, drawnCall, ...context.toConclude]) {
      expect((await officer('POST', `/calls/${callId}/draw`)).status).toBe(200);
    }
    const scores = { need: 8, design: 7, budget: 6 };
    for (const token of reviewerTokens) {
      const tasks = (await as(token)('GET', '/reviews?pageSize=200')).body.items as {
        proposal: { id: string };
      }[];
      for (const task of tasks) {
        expect(
          (await as(token)('POST', `/reviews/${task.proposal.id}/scores`, { scores })).status,
        ).toBe(200);
      }
    }
    context.awardable = awardProposals.splice(0, n);
    const award = async (id: string) => {
      expect(
        (await officer('POST', `/proposals/${id}/award`, { comment: '按排名资助' })).status,
      ).toBe(200);
      return id;
    };
    context.toSign = [];
    for (const id of awardProposals.splice(0, n)) context.toSign.push(await award(id));
    // A milestone is reported once the agreement is signed (R19).
    const signed = async (id: string) => {
      expect((await officer('POST', `/awards/${id}/sign`)).status).toBe(200);
      return id;
    };
    context.toReview = [];
    for (const id of awardProposals.splice(0, n)) {
      await signed(await award(id));
      expect(
        (
          await applicant('POST', `/awards/${id}/tranches/1/report`, {
            report: '已完成中期目标，服务老人 120 人次',
          })
        ).status,
      ).toBe(200);
      context.toReview.push(id);
    }
    context.toReport = await signed(await award(awardProposals.shift()!));
    context.toClawBack = await clawbackable(awardProposals.splice(0, n + 1), award);
    await financeClawback(context.toClawBack.shift()!, n);
  }

  /**
   * A clawback opened on the award and recorded at finance, with n receipts of 1 fen awaiting a
   * checker, so each decision case finds its own (R19, R28).
   */
  async function financeClawback(awardId: string, n: number): Promise<void> {
    const opened = await http(
      'POST',
      `${platform.api}/v1/venture/awards/${awardId}/clawback`,
      { amountFen: 100_000, reason: '结项评估未通过' },
      { token: tokens.officer },
    );
    expect(opened.status).toBe(200);
    const recorded = await waitFor(
      'the clawback recorded at finance',
      async () =>
        (
          await http('GET', `${platform.api}/v1/finance/clawbacks?pageSize=200`, undefined, {
            token: tokens.maker,
          })
        ).body.items as { id: string; commitmentId: string }[],
      (rows) => rows.some((r) => r.commitmentId === awardId),
    );
    context.financeClawbackId = recorded.find((r) => r.commitmentId === awardId)!.id;
    context.pendingReceipts = [];
    for (let i = 0; i < n; i++) {
      const res = await http(
        'POST',
        `${platform.api}/v1/finance/clawbacks/${context.financeClawbackId}/receipts`,
        { amountFen: 1, bankReference: `MATRIX-${i}`, receivedOn: '2026-12-01' },
        { token: tokens.maker },
      );
      expect(res.status).toBe(200);
      context.pendingReceipts.push(res.body.receipts.at(-1).id);
    }
  }

  /**
   * Awards whose signing tranche was paid through finance and whose final evaluation failed, so a
   * clawback may be opened (R19).
   */
  async function clawbackable(
    ids: string[],
    award: (id: string) => Promise<string>,
  ): Promise<string[]> {
    const venture = (token: string) => (method: string, path: string, body?: unknown) =>
      http(method, `${platform.api}/v1/venture${path}`, body, { token });
    const officer = venture(tokens.officer);
    const applicant = venture(tokens.applicant);
    const funded = await http(
      'POST',
      `${platform.api}/v1/finance/budgets`,
      { fund: 'VENTURE_PHILANTHROPY', fiscalYear: 2026, amountFen: 1_000_000_000 },
      { token: tokens.maker },
    );
    expect(funded.status).toBe(201);
    const report = { report: '阶段目标与服务记录，附活动照片' };
    const firstTranches: string[] = [];
    for (const id of ids) {
      await award(id);
      await waitFor(
        'the award committed',
        async () =>
          (await officer('GET', '/awards?pageSize=200')).body.items as {
            id: string;
            status: string;
          }[],
        (all) => all.find((a) => a.id === id)?.status === 'COMMITTED',
      );
      const signed = await officer('POST', `/awards/${id}/sign`);
      firstTranches.push(signed.body.tranches[0].id);
      for (const [position, outcome] of [
        [1, 'APPROVED'],
        [2, 'FAILED'],
      ] as const) {
        expect(
          (await applicant('POST', `/awards/${id}/tranches/${position}/report`, report)).status,
        ).toBe(200);
        expect(
          (
            await officer('POST', `/awards/${id}/tranches/${position}/review`, {
              outcome,
              comment: '评估',
            })
          ).status,
        ).toBe(200);
      }
    }
    await waitFor(
      'the signing tranches awaiting a batch',
      async () =>
        (
          await http(
            'GET',
            `${platform.api}/v1/finance/payments?status=AWAITING_BATCH&pageSize=200`,
            undefined,
            {
              token: tokens.maker,
            },
          )
        ).body.items as { id: string }[],
      (items) => firstTranches.every((id) => items.some((p) => p.id === id)),
    );
    const batch = await http(
      'POST',
      `${platform.api}/v1/finance/batches`,
      { paymentIds: firstTranches },
      { token: tokens.maker },
    );
    expect(batch.status).toBe(201);
    expect(
      (
        await http(
          'POST',
          `${platform.api}/v1/finance/batches/${batch.body.id}/approve`,
          { comment: '同意' },
          { token: tokens.checker },
        )
      ).status,
    ).toBe(200);
    await waitFor(
      'the signing tranches paid',
      async () =>
        (await officer('GET', '/awards?pageSize=200')).body.items as {
          id: string;
          clawback: { eligible: boolean; paidFen: number };
        }[],
      (all) => ids.every((id) => (all.find((a) => a.id === id)?.clawback.paidFen ?? 0) > 0),
    );
    return ids;
  }

  /** A base the demo incubator runs, cohorts in every phase, and the applicant's application. */
  async function prepareIncubation(incubatorId: string): Promise<void> {
    const base = await http('POST', `${platform.api}/v1/incubation/bases`, baseBody(), {
      token: tokens.officer,
    });
    expect(base.status).toBe(201);
    context.baseId = base.body.id;
    const bound = await http(
      'PATCH',
      `${platform.api}/v1/users/${incubatorId}`,
      { baseId: context.baseId },
      { token: tokens.admin },
    );
    expect(bound.status).toBe(200);
    tokens.incubator = await platform.login('incubator');
    const cohort = async () => {
      const res = await http(
        'POST',
        `${platform.api}/v1/incubation/cohorts`,
        cohortBody(context.baseId),
        {
          token: tokens.incubator,
        },
      );
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    context.openCohortId = await cohort();
    context.submitCohortId = await cohort();
    context.formCohortId = await cohort();
    context.toClose = [];
    context.toDecideCohorts = [];
    for (let i = 0; i < USERS.length + 1; i++) {
      context.toClose.push(await cohort());
      const closed = await cohort();
      await http('POST', `${platform.api}/v1/incubation/cohorts/${closed}/close`, undefined, {
        token: tokens.incubator,
      });
      context.toDecideCohorts.push(closed);
    }
    const own = await waitFor(
      "the applicant's organization at incubation",
      () =>
        http(
          'POST',
          `${platform.api}/v1/incubation/admissions`,
          { ...foundingGroupBody(context.openCohortId), kind: 'ORGANIZATION' },
          { token: tokens.applicant },
        ),
      (res) => res.status !== 409,
    );
    expect(own.status).toBe(201);
    context.admissionId = own.body.id;
    await prepareRecords();
  }

  /**
   * A cohort that admitted the applicant's organization and 65 founding groups, with pools of
   * records for the cases that change one each: some linked to an organization, some left.
   */
  async function prepareRecords(): Promise<void> {
    const as = (method: string, path: string, body?: unknown) =>
      http(method, `${platform.api}/v1/incubation${path}`, body, { token: tokens.incubator });
    const cohort = await as(
      'POST',
      '/cohorts',
      cohortBody(context.baseId, {
        capacity: 70,
        graduationCriteria: [{ kind: 'MANUAL', label: '建立财务管理制度' }],
      }),
    );
    context.recordCohortId = cohort.body.id;
    const own = await http(
      'POST',
      `${platform.api}/v1/incubation/admissions`,
      { ...foundingGroupBody(context.recordCohortId), kind: 'ORGANIZATION' },
      { token: tokens.applicant },
    );
    expect(own.status).toBe(201);
    const groups: string[] = [];
    for (let i = 0; i < 65; i++) {
      const res = await as(
        'POST',
        '/admissions',
        foundingGroupBody(context.recordCohortId, { groupName: `互助小组 ${i}` }),
      );
      groups.push(res.body.id);
    }
    await as('POST', `/cohorts/${context.recordCohortId}/close`);
    for (const id of [own.body.id, ...groups]) {
      expect((await as('POST', `/admissions/${id}/assessment`, { merit: 80 })).status).toBe(200);
    }
    expect((await as('POST', `/cohorts/${context.recordCohortId}/decide`)).status).toBe(200);
    context.ownRecordId = own.body.id;
    const pool = () => groups.splice(0, USERS.length + 1);
    context.records = {
      venue: pool(),
      returned: pool(),
      link: pool(),
      subsidy: pool(),
      graduate: pool(),
      exit: pool(),
      withdrawSubsidy: pool(),
    };
    context.subsidyRecordId = groups.shift()!;
    const orgC = await http(
      'POST',
      `${platform.api}/v1/organizations`,
      organizationBody({ name: '横州镇孵化中的组织', location: STREET_B }),
      { token: tokens.admin },
    );
    expect(orgC.status).toBe(201);
    context.orgC = orgC.body.id;
    const link = (id: string) =>
      waitFor(
        'the organization known at incubation',
        () => as('POST', `/incubatees/${id}/organization`, { organizationId: context.orgC }),
        (res) => res.status !== 409,
      );
    const linked = [
      ...context.records.subsidy,
      ...context.records.graduate,
      ...context.records.withdrawSubsidy,
      context.subsidyRecordId,
    ];
    for (const id of linked) expect((await link(id)).status).toBe(200);
    await committedSubsidies([...context.records.withdrawSubsidy, context.subsidyRecordId]);
    // Graduated once here, so the graduate cases change nothing in the registry while they run;
    // and the applicant's admitted organization reaches the base's scope first.
    const first = groups.pop()!;
    expect((await link(first)).status).toBe(200);
    const graduated = await as('POST', `/incubatees/${first}/graduate`, {
      confirmed: ['建立财务管理制度'],
    });
    expect(graduated.status).toBe(200);
    const asAdmin = { token: tokens.admin };
    const asStaff = { token: tokens.incubator };
    await waitFor(
      'the graduation and the admission in the registry',
      async () => [
        (await http('GET', `${platform.api}/v1/organizations/${context.orgC}`, undefined, asAdmin))
          .body.graduatedFromIncubation,
        (await http('GET', `${platform.api}/v1/organizations/${context.orgA}`, undefined, asStaff))
          .status,
      ],
      ([done, seen]) => done === true && seen === 200,
    );
    for (const id of context.records.returned) {
      expect((await as('POST', `/incubatees/${id}/exit`, { reason: '团队解散' })).status).toBe(200);
    }
    const venue = await as('POST', `/bases/${context.baseId}/venues`, {
      name: '大型共享办公区',
      areaM2: 600,
      capacity: 20,
      shared: true,
      monthlyRateFenPerM2: 3000,
    });
    context.venueId = venue.body.id;
    const training = await as('POST', `/cohorts/${context.recordCohortId}/trainings`, {
      title: '社会组织财务管理',
      heldOn: '2026-11-20',
      hours: 3,
      trainer: '张老师',
    });
    context.trainingId = training.body.id;
  }

  /** Start-up subsidies asked for and committed at finance, to withdraw (R15, R27). */
  async function committedSubsidies(ids: string[]): Promise<void> {
    // The subsidy comes from the incubation fund of the year the cohort starts in.
    for (const fiscalYear of [2026, 2027]) {
      const funded = await http(
        'POST',
        `${platform.api}/v1/finance/budgets`,
        { fund: 'INCUBATION', fiscalYear, amountFen: 1_000_000_000 },
        { token: tokens.maker },
      );
      expect(funded.status).toBe(201);
    }
    for (const id of ids) {
      const asked = await http(
        'POST',
        `${platform.api}/v1/incubation/incubatees/${id}/startup-subsidy`,
        {
          bankAccount: {
            accountName: '横州镇的组织',
            accountNumber: '6222020102003450001',
            bankName: '广西农村信用社',
            bankCode: '402',
          },
        },
        { token: tokens.incubator },
      );
      expect(asked.status).toBe(200);
    }
    await waitFor(
      'the subsidies committed',
      async () =>
        (
          await db.query(
            `SELECT count(*)::int AS n FROM incubation.startup_subsidy
              WHERE incubatee_id = ANY($1::uuid[]) AND status = 'COMMITTED'`,
            [ids],
          )
        ).rows[0].n,
      (n) => n === ids.length,
    );
  }

  /** A programme, and the applicant's first application once its organization reached the fund. */
  async function prepareSubsidies(): Promise<void> {
    // Finance holds enough for every approval, so none is refused and retracted meanwhile (R23).
    const funded = await http(
      'POST',
      `${platform.api}/v1/finance/budgets`,
      { fund: 'LOTTERY_WELFARE', fiscalYear: 2026, amountFen: 10_000_000_000 },
      { token: tokens.maker },
    );
    expect(funded.status).toBe(201);
    // A budget that funds every application, so approvals in any order follow the ranking (R13).
    const programme = await http(
      'POST',
      `${platform.api}/v1/lottery/programmes`,
      subsidyProgrammeBody({ budgetFen: 10_000_000_000 }),
      {
        token: tokens.officer,
      },
    );
    expect(programme.status).toBe(201);
    context.programmeId = programme.body.id;
    const open = await http(
      'POST',
      `${platform.api}/v1/lottery/programmes`,
      subsidyProgrammeBody({ name: '2026 年养老服务补助（第二批）' }),
      { token: tokens.officer },
    );
    context.openProgrammeId = open.body.id;
    const forForm = await http(
      'POST',
      `${platform.api}/v1/lottery/programmes`,
      subsidyProgrammeBody({ name: '2026 年养老服务补助（附加问题）' }),
      { token: tokens.officer },
    );
    context.formProgrammeId = forForm.body.id;
    const applied = await waitFor(
      "the applicant's organization at the lottery fund",
      () =>
        http(
          'POST',
          `${platform.api}/v1/lottery/applications`,
          subsidyApplicationBody(context.programmeId, { projectName: '矩阵申请 首项' }),
          {
            token: tokens.applicant,
          },
        ),
      (res) => res.status !== 409,
    );
    expect(applied.status).toBe(201);
    context.applicationId = applied.body.id;
    context.toDecide = [];
    // rule R27: each a project of its own (the same project is applied for once)
    for (let i = 0; i < 30 + USERS.length + 1; i++) {
      const res = await http(
        'POST',
        `${platform.api}/v1/lottery/applications`,
        subsidyApplicationBody(context.programmeId, { projectName: `矩阵申请 ${i}` }),
        { token: tokens.applicant },
      );
      expect(res.status).toBe(201);
      context.toDecide.push(res.body.id);
    }
    context.toWithdraw = context.toDecide.splice(30);
    for (const id of [context.applicationId, ...context.toDecide, ...context.toWithdraw]) {
      const assessed = await http(
        'POST',
        `${platform.api}/v1/lottery/applications/${id}/assessment`,
        { merit: 80 },
        { token: tokens.officer },
      );
      expect(assessed.status).toBe(200);
    }
    // Ten approvals publish ten notices to correct (approve-case calls take from the other end).
    context.notices = [];
    for (const id of context.toDecide.splice(0, 10)) {
      const approved = await http(
        'POST',
        `${platform.api}/v1/lottery/applications/${id}/approve`,
        { comment: '同意' },
        {
          token: tokens.officer,
        },
      );
      expect(approved.status).toBe(200);
    }
    const notices = await http('GET', `${platform.api}/v1/public/lottery/notices?pageSize=200`);
    context.notices = notices.body.items.map((n: { id: string }) => n.id);
    for (const id of context.toWithdraw) {
      const approved = await http(
        'POST',
        `${platform.api}/v1/lottery/applications/${id}/approve`,
        { comment: '同意' },
        { token: tokens.officer },
      );
      expect(approved.status).toBe(200);
    }
    await waitFor(
      'the subsidies to withdraw committed at finance',
      async () =>
        (
          await db.query(
            `SELECT count(*)::int AS n FROM lottery_fund.subsidy_application
              WHERE id = ANY($1::uuid[]) AND status = 'COMMITTED'`,
            [context.toWithdraw],
          )
        ).rows[0].n,
      (n) => n === context.toWithdraw.length,
    );
  }

  /** Three payments from a programme; a maker batches two of them, one batch each (R28). */
  async function preparePayments(): Promise<void> {
    const budget = { fund: 'VENTURE_PHILANTHROPY', fiscalYear: 2026, amountFen: 3_000_000 };
    const funded = await http('POST', `${platform.api}/v1/finance/budgets`, budget, {
      token: tokens.maker,
    });
    expect(funded.status).toBe(201);
    const programme = new ProgrammeRequests(testRedisUrl(), platform.prefix);
    const commitment = commitmentRequest({ amountFen: 300_000 });
    await programme.commitments([commitment]);
    const requests = [1, 2, 3].map(() => disbursementRequest(commitment, { amountFen: 100_000 }));
    await programme.disbursements(requests);
    await programme.close();
    const awaiting = () =>
      http('GET', `${platform.api}/v1/finance/payments?status=AWAITING_BATCH`, undefined, {
        token: tokens.maker,
      }).then((res) => res.body?.total ?? 0);
    await waitFor('three payments awaiting a batch', awaiting, (total) => total === 3);
    const batch = async (paymentId: string) => {
      const res = await http(
        'POST',
        `${platform.api}/v1/finance/batches`,
        { paymentIds: [paymentId] },
        {
          token: tokens.maker,
        },
      );
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    context.batchToApprove = await batch(requests[0].paymentId);
    context.batchToReject = await batch(requests[1].paymentId);
    context.paymentId = requests[2].paymentId;
    await failedPayments();
  }

  /**
   * Payments the bank declined for good (a frozen account), paid through a batch: a pool to
   * propose re-issuing, and a pool whose re-issue a maker proposed, for the checker (R28).
   */
  async function failedPayments(): Promise<void> {
    const n = USERS.length + 1;
    const programme = new ProgrammeRequests(testRedisUrl(), platform.prefix);
    const commitment = commitmentRequest({ amountFen: 2 * n * 1_000 });
    await programme.commitments([commitment]);
    const frozen = { ...TEST_BANK_ACCOUNT, accountNumber: FROZEN_ACCOUNT };
    const requests = Array.from({ length: 2 * n }, () =>
      disbursementRequest(commitment, { amountFen: 1_000, bankAccount: frozen }),
    );
    await programme.disbursements(requests);
    await programme.close();
    const ids = requests.map((r) => r.paymentId);
    const statusOf = async () =>
      (
        await db.query(
          `SELECT count(*) FILTER (WHERE status = 'AWAITING_BATCH')::int AS awaiting,
                  count(*) FILTER (WHERE status = 'FAILED')::int AS failed
             FROM finance.payment WHERE id = ANY($1::uuid[])`,
          [ids],
        )
      ).rows[0] as { awaiting: number; failed: number };
    await waitFor('the payments awaiting a batch', statusOf, (s) => s.awaiting === ids.length);
    const batch = await http(
      'POST',
      `${platform.api}/v1/finance/batches`,
      { paymentIds: ids },
      { token: tokens.maker },
    );
    expect(batch.status).toBe(201);
    const approved = await http(
      'POST',
      `${platform.api}/v1/finance/batches/${batch.body.id}/approve`,
      { comment: '同意' },
      { token: tokens.checker },
    );
    expect(approved.status).toBe(200);
    await waitFor('the bank declining them', statusOf, (s) => s.failed === ids.length);
    context.toReissue = ids.slice(0, n);
    context.reissueProposed = ids.slice(n);
    for (const id of context.reissueProposed) {
      const proposed = await http(
        'POST',
        `${platform.api}/v1/finance/payments/${id}/reissue`,
        {
          bankAccount: { ...TEST_BANK_ACCOUNT, accountNumber: '6222020102003456780' },
          reason: '原账户冻结',
        },
        { token: tokens.maker },
      );
      expect(proposed.status).toBe(200);
    }
  }

  afterAll(async () => {
    await db.end();
    await platform.stop();
  });

  it('has a case for every route in the OpenAPI document', async () => {
    const doc = (await http('GET', `${platform.api}/docs-json`)).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const documented = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const covered = new Set([
      ...CASES.map((c) => c.route),
      ...PUBLIC_ROUTES,
      ...SELF_SERVICE_ROUTES,
    ]);
    expect(documented.filter((route) => !covered.has(route))).toEqual([]);
    expect([...covered].filter((route) => !documented.includes(route))).toEqual([]);
  });

  describe.each(CASES.map((c) => [`${c.route} (${c.why})`, c] as const))('%s', (_name, c) => {
    beforeAll(async () => {
      await c.before?.();
    });

    it.each(USERS.map((user) => [user, c.allowed.includes(user)] as const))(
      'as %s: allowed = %s',
      async (user, allowed) => {
        const [method] = c.route.split(' ');
        const token = c.route.endsWith('/logout') ? await platform.login(user) : tokens[user];
        const before = c.mutates ? await fingerprint() : undefined;
        const path = c.path(context);
        const call = (p: string) => http(method, `${platform.api}${p}`, c.body?.(user), { token });
        const res = await call(path);
        if (allowed) {
          expect([200, 201, 204]).toContain(res.status);
        } else if (c.hidden?.users.includes(user)) {
          // issue #15: answered byte for byte as an id that does not exist, so ids cannot be probed
          const id = c.hidden.id(context);
          const unknownId = randomUUID();
          const unknown = await call(path.replace(id, unknownId));
          expect(res.status).toBe(404);
          expect(JSON.stringify(res.body).replaceAll(id, ':id')).toBe(
            JSON.stringify(unknown.body).replaceAll(unknownId, ':id'),
          );
          if (before) expect(await fingerprint()).toEqual(before);
        } else {
          expect(res.status).toBe(403);
          if (before) expect(await fingerprint()).toEqual(before);
        }
      },
    );

    it('refuses a caller without a token with 401', async () => {
      const [method] = c.route.split(' ');
      const res = await http(method, `${platform.api}${c.path(context)}`, c.body?.('admin'));
      expect(res.status).toBe(401);
    });
  });

  it('scopes lists: an applicant sees only its own organization, a street officer only its street', async () => {
    const list = async (user: User) =>
      (
        await http('GET', `${platform.api}/v1/organizations?pageSize=100`, undefined, {
          token: tokens[user],
        })
      ).body.items as { id: string; location: { streetCode: string } }[];
    expect((await list('applicant')).map((o) => o.id)).toEqual([context.orgA]);
    const street = await list('street');
    expect(street.length).toBeGreaterThan(1);
    expect(new Set(street.map((o) => o.location.streetCode))).toEqual(new Set(['450103001']));
    // Base staff see the organizations admitted to or graduated from their base (R16).
    expect((await list('incubator')).map((o) => o.id).sort()).toEqual(
      [context.orgA, context.orgC].sort(),
    );
  });

  it('authorizes in the service itself: a call that skips the gateway is refused the same way', async () => {
    const rpc = new RpcClient({
      redisUrl: testRedisUrl(),
      prefix: platform.prefix,
      timeoutMs: 5000,
    });
    try {
      const asApplicantOfA = {
        userId: 'direct',
        roles: ['applicant'],
        organizationId: context.orgA,
      };
      const idor = rpc.call('organizations.get', { id: context.orgB }, asApplicantOfA);
      await expect(idor).rejects.toBeInstanceOf(HttpException);
      await expect(idor).rejects.toMatchObject({ status: 404 }); // as unknown (issue #15)
      const reviewer = { userId: 'direct', roles: ['reviewer'] };
      const register = rpc.call('organizations.register', organizationBody() as never, reviewer);
      await expect(register).rejects.toMatchObject({ status: 403 });
    } finally {
      await rpc.close();
    }
  });
});
