import { randomUUID } from 'node:crypto';
import { SAMPLE_FORM } from '@civic/domain/forms';
import {
  companyCode,
  CONTACT,
  contractBody,
  type MatrixCase,
  type MatrixUser,
  projectBody,
  PROPOSAL,
  type ProcurementWorld,
  removeOwnEntry,
} from './access-matrix.procurement-world';

export { prepareProcurement } from './access-matrix.procurement-prepare';
export type { MatrixCase, MatrixUser, ProcurementWorld } from './access-matrix.procurement-world';

/**
 * Government purchase in the access matrix (R24, R25, R18): its routes as cases, and the world they
 * need, prepared through the API (deadlines moved into the past with SQL, as time passing would).
 * Kept beside the matrix so that file stays readable; the matrix runs these cases like its own.
 */
const BUYERS: readonly MatrixUser[] = ['officer', 'admin'];
/** A progress report on a contract's first year (R25), which starts on 2026-07-01. */
const REPORT = {
  year: 1,
  kind: 'PROGRESS',
  periodFrom: '2026-07-01',
  periodTo: '2026-09-30',
  summary: '矩阵测试：本季度按合同完成上门探访',
  figures: [{ indicator: '服务数量', achieved: '上门探访 120 人次' }],
};

export function procurementCases(w: ProcurementWorld): MatrixCase[] {
  return [
    {
      route: 'POST /api/v1/procurement/projects',
      path: () => '/v1/procurement/projects',
      body: () => projectBody(w.itemId, `矩阵测试项目 ${randomUUID().slice(0, 8)}`),
      allowed: BUYERS,
      mutates: true,
      why: 'officers draft purchase projects within the catalogue and budget (R25)',
    },
    {
      route: 'GET /api/v1/procurement/projects',
      path: () => '/v1/procurement/projects',
      allowed: BUYERS,
      why: 'purchase projects, drafts included, are the buyer’s',
    },
    {
      route: 'GET /api/v1/procurement/projects/{id}',
      path: () => `/v1/procurement/projects/${w.openProject}`,
      allowed: BUYERS,
      why: 'a purchase project as the buyer keeps it',
    },
    {
      route: 'POST /api/v1/procurement/projects/{id}/announce',
      path: () => `/v1/procurement/projects/${w.drafts.pop()}/announce`,
      body: () => ({ bidDeadline: new Date(Date.now() + 86_400_000).toISOString() }),
      allowed: BUYERS,
      mutates: true,
      why: 'officers publish announcements (R25)',
    },
    {
      route: 'POST /api/v1/procurement/projects/{id}/cancel',
      path: () => `/v1/procurement/projects/${w.cancellable.pop()}/cancel`,
      allowed: BUYERS,
      mutates: true,
      why: 'officers cancel a project before its contract',
    },
    {
      route: 'PUT /api/v1/procurement/projects/{id}/form',
      path: () => `/v1/procurement/projects/${w.formProject}/form`,
      body: () => SAMPLE_FORM,
      allowed: BUYERS,
      mutates: true,
      why: "officers set a project's questions added to the bid until its first bid (issue #17, R25)",
    },
    {
      route: 'POST /api/v1/procurement/projects/{id}/bids',
      path: () => `/v1/procurement/projects/${w.openProject}/bids`,
      body: (user) => ({
        priceFen: 9_000,
        proposal: PROPOSAL,
        ...(user === 'officer' ? { entryId: w.companyEntries[0] } : {}),
        ...(user === 'admin' ? { entryId: w.companyEntries[1] } : {}),
      }),
      allowed: ['applicant', ...BUYERS],
      mutates: true,
      why: 'a listed undertaker bids for itself, officers record paper bids (R24, R25)',
    },
    {
      route: 'GET /api/v1/procurement/projects/{id}/bids',
      path: () => `/v1/procurement/projects/${w.drawnProject}/bids`,
      allowed: BUYERS,
      why: 'opened bids are the buyer’s to read (R25)',
    },
    {
      route: 'GET /api/v1/procurement/bids/mine',
      path: () => '/v1/procurement/bids/mine',
      allowed: ['applicant'],
      why: 'an undertaker follows its own bids',
    },
    {
      route: 'POST /api/v1/procurement/bids/{id}/withdraw',
      path: () => `/v1/procurement/bids/${w.withdrawable.pop()}/withdraw`,
      allowed: ['applicant', ...BUYERS],
      mutates: true,
      why: 'the bidder, or an officer for a paper bid, withdraws before the deadline (R25)',
    },
    {
      route: 'POST /api/v1/procurement/bids/{id}/withdraw',
      path: () => `/v1/procurement/bids/${(w.othersBid = w.othersBids.pop()!)}/withdraw`,
      allowed: BUYERS,
      hidden: { users: ['applicant'], id: () => w.othersBid },
      mutates: true,
      why: "IDOR: an applicant withdrawing another undertaker's bid by its id (R25)",
    },
    {
      route: 'POST /api/v1/procurement/experts',
      path: () => '/v1/procurement/experts',
      body: (user) => ({
        userId: user === 'officer' ? w.expertUsers[0] : w.expertUsers[1],
        name: '矩阵测试专家',
        fields: ['eldercare'],
        relations: [],
      }),
      allowed: BUYERS,
      mutates: true,
      why: 'officers keep the expert pool (R18)',
    },
    {
      route: 'GET /api/v1/procurement/experts',
      path: () => '/v1/procurement/experts',
      allowed: BUYERS,
      why: 'the expert pool with its declared ties is the buyer’s (R18)',
    },
    {
      route: 'POST /api/v1/procurement/projects/{id}/close',
      path: () => `/v1/procurement/projects/${w.toClose.pop()}/close`,
      allowed: BUYERS,
      mutates: true,
      why: 'officers open the bids after the deadline (R25)',
    },
    {
      route: 'POST /api/v1/procurement/projects/{id}/panel',
      path: () => `/v1/procurement/projects/${w.toDrawPanel.pop()}/panel`,
      allowed: BUYERS,
      mutates: true,
      why: 'officers draw the evaluation panel (R18)',
    },
    {
      route: 'GET /api/v1/procurement/projects/{id}/panel',
      path: () => `/v1/procurement/projects/${w.drawnProject}/panel`,
      allowed: BUYERS,
      why: 'the panel and its recusals are the buyer’s record (R18)',
    },
    {
      route: 'GET /api/v1/procurement/panel/tasks',
      path: () => '/v1/procurement/panel/tasks',
      allowed: ['reviewer'],
      why: 'panel members see the bids they score (R18)',
    },
    {
      route: 'POST /api/v1/procurement/bids/{id}/scores',
      path: () => `/v1/procurement/bids/${w.bidToScore}/scores`,
      body: () => ({ scores: { plan: 80 } }),
      allowed: ['reviewer'],
      mutates: true,
      why: 'only panel members score (R18, R25)',
    },
    {
      route: 'POST /api/v1/procurement/projects/{id}/award',
      path: () => `/v1/procurement/projects/${w.toAward.pop()}/award`,
      allowed: BUYERS,
      mutates: true,
      why: 'officers award in rank order and publish the result (R25)',
    },
    {
      route: 'POST /api/v1/procurement/projects/{id}/objections',
      path: () => `/v1/procurement/projects/${w.awardedProject}/objections`,
      body: () => ({ text: '对评审结果有异议，请复核服务方案评分' }),
      allowed: ['applicant'],
      mutates: true,
      why: 'a bidder objects to the result within its window (R25)',
    },
    {
      route: 'POST /api/v1/procurement/projects/{id}/objections',
      path: () => `/v1/procurement/projects/${w.awardedToOthers}/objections`,
      body: () => ({ text: '对评审结果有异议，请复核服务方案评分' }),
      allowed: [],
      hidden: { users: ['applicant'], id: () => w.awardedToOthers },
      mutates: true,
      why: "only a bidder objects: to an undertaker that did not bid, the project's result is none of its business (R25)",
    },
    {
      route: 'GET /api/v1/procurement/projects/{id}/objections',
      path: () => `/v1/procurement/projects/${w.awardedProject}/objections`,
      allowed: BUYERS,
      why: 'objections are answered by the buyer',
    },
    {
      route: 'POST /api/v1/procurement/objections/{id}/answer',
      path: () => `/v1/procurement/objections/${w.openObjections.pop()}/answer`,
      body: () => ({ decision: 'DISMISSED', answer: '经复核，评分符合公告的评审标准' }),
      allowed: BUYERS,
      mutates: true,
      why: 'officers answer objections (R25)',
    },
    {
      route: 'POST /api/v1/procurement/projects/{id}/contract',
      path: () => `/v1/procurement/projects/${w.toSign.pop()}/contract`,
      body: () => contractBody(12),
      allowed: BUYERS,
      mutates: true,
      why: 'officers sign the contract of an awarded project once its objection window has passed (R25, Order 102 art. 23–24)',
    },
    {
      route: 'GET /api/v1/procurement/contracts',
      path: () => '/v1/procurement/contracts',
      allowed: BUYERS,
      why: 'every contract, its instalments and payee are the buyer’s record',
    },
    {
      route: 'GET /api/v1/procurement/contracts/mine',
      path: () => '/v1/procurement/contracts/mine',
      allowed: ['applicant'],
      why: 'an undertaker follows its own contracts',
    },
    {
      route: 'GET /api/v1/procurement/contracts/{id}',
      path: () => `/v1/procurement/contracts/${w.ownContract}`,
      allowed: ['applicant', ...BUYERS],
      why: "a contract, to officers and to its undertaker's applicant (R25)",
    },
    {
      route: 'GET /api/v1/procurement/contracts/{id}',
      path: () => `/v1/procurement/contracts/${w.otherContract}`,
      allowed: BUYERS,
      hidden: { users: ['applicant'], id: () => w.otherContract },
      why: "IDOR: another undertaker's contract by its id",
    },
    {
      route: 'POST /api/v1/procurement/contracts/{id}/account/unmask',
      path: () => `/v1/procurement/contracts/${w.ownContract}/account/unmask`,
      allowed: ['officer', 'maker', 'checker'],
      mutates: true,
      why: 'officers and the finance staff who pay instalments see the account number (R30); audited (R31)',
    },
    {
      route: 'POST /api/v1/procurement/contracts/{id}/renew',
      path: () => `/v1/procurement/contracts/${w.toRenew.pop()}/renew`,
      allowed: BUYERS,
      mutates: true,
      why: 'officers renew a multi-year contract against the next year’s budget (R25, R27)',
    },
    {
      route: 'POST /api/v1/procurement/contracts/{id}/evaluations',
      path: () => `/v1/procurement/contracts/${w.ownContract}/evaluations`,
      body: () => ({
        kind: 'MONITORING',
        evaluator: 'BUYER',
        evaluatorName: '矩阵测试评价人',
        scores: [
          { indicator: '服务数量', score: 50 },
          { indicator: '满意度', score: 30 },
        ],
        totalScore: 80,
        comment: '履约监测',
      }),
      allowed: BUYERS,
      mutates: true,
      why: 'the buyer (or a third party it names) evaluates performance; an undertaker never scores itself (R25)',
    },
    {
      route: 'POST /api/v1/procurement/contracts/{id}/reports',
      path: () => `/v1/procurement/contracts/${w.ownContract}/reports`,
      body: () => REPORT,
      allowed: ['applicant'],
      mutates: true,
      why: "the undertaker's applicant reports on its own contract's performance; the buyer evaluates, never reports (R25)",
    },
    {
      route: 'POST /api/v1/procurement/contracts/{id}/reports',
      path: () => `/v1/procurement/contracts/${w.otherContract}/reports`,
      body: () => REPORT,
      allowed: [],
      hidden: { users: ['applicant'], id: () => w.otherContract },
      mutates: true,
      why: "IDOR: a report on another undertaker's contract by its id",
    },
    // The directory last: applying needs the applicant's listed entry removed first.
    {
      route: 'POST /api/v1/procurement/directory',
      path: () => '/v1/procurement/directory',
      body: (user) =>
        user === 'applicant'
          ? {
              kind: 'SOCIAL_ORGANIZATION',
              serviceAreas: ['450103'],
              serviceCategories: ['基本公共服务'],
              ...CONTACT,
            }
          : {
              kind: 'COMPANY',
              name: `矩阵测试承接企业 ${randomUUID().slice(0, 8)}`,
              creditCode: companyCode(),
              serviceAreas: ['450103'],
              serviceCategories: ['基本公共服务'],
              ...CONTACT,
            },
      allowed: ['applicant', ...BUYERS],
      mutates: true,
      before: () => removeOwnEntry(w),
      why: 'an applicant applies for its own organization, officers enter undertakers of other kinds (R24, R25)',
    },
    {
      route: 'GET /api/v1/procurement/directory',
      path: () => '/v1/procurement/directory',
      allowed: ['applicant', ...BUYERS],
      why: "officers list every entry, an applicant its own organization's (R24)",
    },
    {
      route: 'GET /api/v1/procurement/directory/{id}',
      path: () => `/v1/procurement/directory/${w.ownEntryId}`,
      allowed: ['applicant', ...BUYERS],
      why: "an entry, to officers and to its own organization's applicant (R24)",
    },
    {
      route: 'GET /api/v1/procurement/directory/{id}',
      path: () => `/v1/procurement/directory/${w.otherEntryId}`,
      allowed: BUYERS,
      hidden: { users: ['applicant'], id: () => w.otherEntryId },
      why: "IDOR: another undertaker's directory entry by its id",
    },
    {
      route: 'POST /api/v1/procurement/directory/{id}/contact/unmask',
      path: () => `/v1/procurement/directory/${w.otherEntryId}/contact/unmask`,
      allowed: ['officer', 'maker', 'checker'],
      mutates: true,
      why: "officers who call undertakers and finance staff see an entry's phone (R30); audited (R31)",
    },
    {
      route: 'POST /api/v1/procurement/directory/{id}/decision',
      path: () => `/v1/procurement/directory/${w.directoryToDecide.pop()}/decision`,
      body: () => ({ decision: 'LISTED' }),
      allowed: BUYERS,
      mutates: true,
      why: 'officers list, refuse or remove directory entries (R24); applicants never decide',
    },
  ];
}

/** Public routes of government purchase, each covered by its own e2e test. */
export const PROCUREMENT_PUBLIC_ROUTES = [
  'GET /api/v1/public/procurement/catalogue',
  'GET /api/v1/public/procurement/directory',
  'GET /api/v1/public/procurement/announcements',
  'GET /api/v1/public/procurement/results',
  'GET /api/v1/public/procurement/contracts',
];

/** What the matrix's fingerprint counts of procurement, so a refused call can be seen to change nothing. */
export const PROCUREMENT_FINGERPRINT = `
  (SELECT count(*) FROM procurement.catalogue_item) AS catalogue_items,
  (SELECT count(*) FROM procurement.audit_entry) AS procurement_audit,
  (SELECT count(*) || '/' || count(*) FILTER (WHERE status <> 'PENDING')
     FROM procurement.directory_entry) AS directory_entries,
  (SELECT count(*) || '/' || string_agg(status, ',' ORDER BY id)
     FROM procurement.purchase_project) AS purchase_projects,
  (SELECT count(*) || '/' || string_agg(status, ',' ORDER BY id) FROM procurement.bid) AS bids,
  (SELECT count(*) FROM procurement.expert) AS experts,
  (SELECT count(*) FROM procurement.score_sheet) AS score_sheets,
  (SELECT count(*) || '/' || string_agg(status, ',' ORDER BY id)
     FROM procurement.objection) AS objections,
  (SELECT count(*) || '/' || string_agg(status, ',' ORDER BY id) FROM procurement.contract)
    AS contracts,
  (SELECT count(*) FILTER (WHERE commitment_state IS NOT NULL) FROM procurement.contract_year)
    AS renewed_years,
  (SELECT count(*) FROM procurement.contract_evaluation) AS contract_evaluations,
  (SELECT count(*) FROM procurement.contract_report) AS contract_reports`;
