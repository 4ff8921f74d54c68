import { randomInt, randomUUID } from 'node:crypto';
import { SAMPLE_FORM } from '@civic/domain/forms';
import { usccCheckCharacter } from '@civic/domain/identifiers';
import { http, waitFor } from '@civic/testing';
import type { Client } from 'pg';

/**
 * Government purchase in the access matrix (R24, R25, R18): its routes as cases, and the world they
 * need, prepared through the API (deadlines moved into the past with SQL, as time passing would).
 * Kept beside the matrix so that file stays readable; the matrix runs these cases like its own.
 */
export type MatrixUser =
  'applicant' | 'incubator' | 'reviewer' | 'officer' | 'maker' | 'checker' | 'street' | 'admin';

export interface MatrixCase {
  route: string;
  path: () => string;
  body?: (user: MatrixUser) => unknown;
  allowed: readonly MatrixUser[];
  hidden?: { users: readonly MatrixUser[]; id: () => string };
  mutates?: boolean;
  /** Puts the world in the state the case needs, once, before its calls. */
  before?: () => Promise<void>;
  why: string;
}

export interface ProcurementWorld {
  itemId: string;
  ownEntryId: string;
  otherEntryId: string;
  companyEntries: string[];
  directoryToDecide: string[];
  expertUsers: string[];
  drafts: string[];
  cancellable: string[];
  /** A draft without bids, whose added questions officers may change (issue #17). */
  formProject: string;
  openProject: string;
  withdrawable: string[];
  /** Paper bids of a company on announced projects: no bid of the applicant's organization. */
  othersBids: string[];
  /** The one of othersBids the current call is about. */
  othersBid: string;
  toClose: string[];
  toDrawPanel: string[];
  drawnProject: string;
  bidToScore: string;
  toAward: string[];
  awardedProject: string;
  /** Awarded, its objection window open, and the applicant's organization never bid on it. */
  awardedToOthers: string;
  openObjections: string[];
  toSign: string[];
  ownContract: string;
  otherContract: string;
  toRenew: string[];
}

/** A company's credit code nobody holds yet (R29: authority 9). */
const companyCode = () => {
  const body = `91450103MA${String(randomInt(10_000_000)).padStart(7, '0')}`;
  return body + usccCheckCharacter(body);
};
const CONTACT = { contactName: '李红', contactPhone: '13800771234' };
const CRITERIA = [
  { key: 'plan', name: 'service plan', nameZh: '服务方案', weight: 80, max: 100 },
  { key: 'price', name: 'price', nameZh: '价格', weight: 20, max: 100, kind: 'PRICE' },
];
const PROPOSAL = '组建社工团队入户探访，建立一人一档';
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

function projectBody(itemId: string, title: string, contractMonths = 12) {
  return {
    catalogueItemId: itemId,
    regionCode: '450103',
    fiscalYear: 2026,
    title,
    description: '矩阵测试：居家养老上门探访',
    budgetFen: 10_000,
    method: 'COMPETITIVE_CONSULTATION',
    contractMonths,
    budgetSecured: contractMonths > 12,
    criteria: CRITERIA,
  };
}

function contractBody(months: number) {
  return {
    startDate: '2026-07-01',
    months,
    instalments: [
      { key: 'SIGNING', trigger: 'SIGNING', percent: 40 },
      { key: 'MONITORING', trigger: 'MONITORING', percent: 30 },
      { key: 'FINAL', trigger: 'FINAL_EVALUATION', percent: 30 },
    ],
    indicators: [
      { name: '服务数量', target: '每月上门探访不少于 2 次', weight: 60 },
      { name: '满意度', target: '服务对象满意度不低于 90%', weight: 40 },
    ],
    bankAccount: {
      accountName: '矩阵测试组织',
      accountNumber: '6222020102003456789',
      bankName: '广西北部湾银行南宁分行',
      bankCode: '313',
    },
  };
}

async function removeOwnEntry(w: ProcurementWorld): Promise<void> {
  const removed = await world.api(
    'POST',
    `/procurement/directory/${w.ownEntryId}/decision`,
    { decision: 'REMOVED', reason: '矩阵测试：移出后重新申请' },
    world.tokens.officer,
  );
  if (removed.status !== 200) throw new Error(`could not remove the entry: ${removed.status}`);
}

/** The platform the preparation talks to, set by prepareProcurement. */
const world = {} as {
  api: (method: string, path: string, body: unknown, token: string) => ReturnType<typeof http>;
  tokens: Record<MatrixUser, string>;
};

/**
 * The world the cases need (n = calls per case: every user and the call without a token). The
 * applicant's organization must be registered and bound to the applicant; the demo reviewer joins
 * a pool of exactly three experts, so every panel holds them all.
 */
export async function prepareProcurement(options: {
  api: string;
  db: Client;
  tokens: Record<MatrixUser, string>;
  n: number;
  login: (username: string, password: string) => Promise<string>;
  reviewerUserId: string;
}): Promise<ProcurementWorld> {
  const { db, tokens, n } = options;
  world.tokens = tokens;
  world.api = (method, path, body, token) =>
    http(method, `${options.api}/v1${path}`, body, {
      token,
      headers: method === 'POST' ? { 'Idempotency-Key': randomUUID() } : undefined,
    });
  const officer = (method: string, path: string, body?: unknown) =>
    world.api(method, path, body, tokens.officer);
  const ok = async (res: ReturnType<typeof http>, what: string) => {
    const answer = await res;
    if (answer.status >= 300) {
      throw new Error(`${what}: ${answer.status} ${JSON.stringify(answer.body)}`);
    }
    return answer.body;
  };
  const w = {} as ProcurementWorld;

  w.itemId = (
    await ok(
      officer('POST', '/procurement/catalogue', {
        regionCode: '450000',
        fiscalYear: 2026,
        categories: ['基本公共服务', '养老服务'],
        name: '矩阵测试：居家养老上门探访',
        description: '居家养老上门探访',
        unit: '人次',
      }),
      'catalogue item',
    )
  ).id;
  await ok(
    world.api(
      'POST',
      '/finance/budgets',
      { fund: 'GOVERNMENT_PURCHASE', fiscalYear: 2026, amountFen: 1_000_000_000 },
      tokens.maker,
    ),
    'budget',
  );
  await waitFor(
    'the purchase budget at procurement',
    async () =>
      (await db.query(`SELECT count(*)::int AS n FROM procurement.purchase_budget`)).rows[0].n,
    (count) => count === 1,
  );

  // The directory: the applicant's organization listed, two companies listed, one more entry to
  // read, and pending ones to decide.
  const own = await waitFor(
    "the applicant's organization at procurement",
    () =>
      world.api(
        'POST',
        '/procurement/directory',
        {
          kind: 'SOCIAL_ORGANIZATION',
          serviceAreas: ['450103'],
          serviceCategories: ['基本公共服务'],
          ...CONTACT,
        },
        tokens.applicant,
      ),
    (res) => res.body?.code !== 'ORGANIZATION_NOT_KNOWN_YET',
  );
  if (own.status !== 201) throw new Error(`own entry: ${own.status} ${JSON.stringify(own.body)}`);
  w.ownEntryId = own.body.id;
  const company = async (name: string) =>
    (
      await ok(
        officer('POST', '/procurement/directory', {
          kind: 'COMPANY',
          name,
          creditCode: companyCode(),
          serviceAreas: ['450103'],
          serviceCategories: ['基本公共服务'],
          ...CONTACT,
        }),
        'company entry',
      )
    ).id as string;
  const list = (id: string) =>
    ok(officer('POST', `/procurement/directory/${id}/decision`, { decision: 'LISTED' }), 'listing');
  await list(w.ownEntryId);
  w.companyEntries = [await company('矩阵测试承接企业甲'), await company('矩阵测试承接企业乙')];
  for (const id of w.companyEntries) await list(id);
  w.otherEntryId = await company('矩阵测试另一承接企业');
  w.directoryToDecide = [];
  for (let i = 0; i < n; i++) w.directoryToDecide.push(await company(`矩阵测试待审企业 ${i}`));

  // The expert pool: the demo reviewer and two more, so every panel of three holds them all;
  // two reviewer users not yet in the pool for the add-expert case.
  const reviewer = async (username: string) => {
    const created = await ok(
      world.api(
        'POST',
        '/users',
        { username, displayName: username, password: 'Demo#2026civic', roles: ['reviewer'] },
        tokens.admin,
      ),
      'reviewer user',
    );
    return { id: created.id as string, token: await options.login(username, 'Demo#2026civic') };
  };
  const panel = [{ id: options.reviewerUserId, token: tokens.reviewer }];
  for (const i of [1, 2]) panel.push(await reviewer(`matrix-expert-${i}`));
  for (const [i, member] of panel.entries()) {
    await ok(
      officer('POST', '/procurement/experts', {
        userId: member.id,
        name: `矩阵专家 ${i}`,
        fields: ['eldercare'],
        relations: [],
      }),
      'expert',
    );
  }
  w.expertUsers = [
    (await reviewer('matrix-expert-new-1')).id,
    (await reviewer('matrix-expert-new-2')).id,
  ];

  // Projects in every state the cases need.
  const project = async () =>
    (
      await ok(
        officer(
          'POST',
          '/procurement/projects',
          projectBody(w.itemId, `矩阵项目 ${randomUUID().slice(0, 8)}`),
        ),
        'project',
      )
    ).id as string;
  const announced = async () => {
    const id = await project();
    await ok(
      officer('POST', `/procurement/projects/${id}/announce`, {
        bidDeadline: new Date(Date.now() + 86_400_000).toISOString(),
      }),
      'announce',
    );
    return id;
  };
  const bid = async (projectId: string, as: 'applicant' | number) =>
    (
      await ok(
        world.api(
          'POST',
          `/procurement/projects/${projectId}/bids`,
          {
            priceFen: 9_000 - (as === 'applicant' ? 0 : 500 * (as + 1)),
            proposal: PROPOSAL,
            ...(as === 'applicant' ? {} : { entryId: w.companyEntries[as] }),
          },
          as === 'applicant' ? tokens.applicant : tokens.officer,
        ),
        'bid',
      )
    ).id as string;
  const pastDeadline = (ids: string[]) =>
    db.query(
      `UPDATE procurement.purchase_project SET bid_deadline = now() - interval '1 second'
        WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  const many = async <T>(count: number, make: () => Promise<T>) => {
    const made: T[] = [];
    for (let i = 0; i < count; i++) made.push(await make());
    return made;
  };

  w.drafts = await many(n, project);
  w.cancellable = await many(n, project);
  w.formProject = await project();
  w.openProject = await announced();
  w.withdrawable = await many(n, async () => bid(await announced(), 'applicant'));
  w.othersBids = await many(n, async () => bid(await announced(), 0));
  /** Bids of the applicant's organization and a company, or (ownBid false) of two companies. */
  const withBids = async (ownBid = true) => {
    const id = await announced();
    await bid(id, ownBid ? 'applicant' : 1);
    await bid(id, 0);
    return id;
  };
  w.toClose = await many(n, withBids);
  await pastDeadline(w.toClose);
  const closed = async (ownBid = true) => {
    const id = await withBids(ownBid);
    await pastDeadline([id]);
    await ok(officer('POST', `/procurement/projects/${id}/close`), 'close');
    return id;
  };
  w.toDrawPanel = await many(n, closed);
  const drawn = async (ownBid = true) => {
    const id = await closed(ownBid);
    await ok(officer('POST', `/procurement/projects/${id}/panel`), 'panel');
    return id;
  };
  const scored = async (ownBid = true) => {
    const id = await drawn(ownBid);
    const bids = (await ok(officer('GET', `/procurement/projects/${id}/bids`), 'bids')).items as {
      id: string;
    }[];
    for (const member of panel) {
      for (const b of bids) {
        await ok(
          world.api(
            'POST',
            `/procurement/bids/${b.id}/scores`,
            { scores: { plan: 80 } },
            member.token,
          ),
          'score',
        );
      }
    }
    return id;
  };
  w.drawnProject = await drawn();
  w.bidToScore = (
    (await ok(officer('GET', `/procurement/projects/${w.drawnProject}/bids`), 'bids')).items as {
      id: string;
    }[]
  )[0].id;
  w.toAward = await many(n, () => scored());
  w.awardedProject = await scored();
  await ok(officer('POST', `/procurement/projects/${w.awardedProject}/award`), 'award');
  w.awardedToOthers = await scored(false);
  await ok(officer('POST', `/procurement/projects/${w.awardedToOthers}/award`), 'award');
  w.openObjections = await many(
    n,
    async () =>
      (
        await ok(
          world.api(
            'POST',
            `/procurement/projects/${w.awardedProject}/objections`,
            { text: '矩阵测试：对评审结果提出质疑' },
            tokens.applicant,
          ),
          'objection',
        )
      ).id as string,
  );

  // Contracts: awarded projects whose objection window has passed, some won by the applicant's
  // organization (its bid the cheapest), one by a company; multi-year ones on a stable item.
  const stableItem = (
    await ok(
      officer('POST', '/procurement/catalogue', {
        regionCode: '450000',
        fiscalYear: 2026,
        categories: ['基本公共服务', '养老服务'],
        name: '矩阵测试：社区矫正社会工作（稳定）',
        description: '社区矫正社会工作服务',
        unit: '人·年',
        stable: true,
      }),
      'stable item',
    )
  ).id as string;
  await ok(
    world.api(
      'POST',
      '/finance/budgets',
      { fund: 'GOVERNMENT_PURCHASE', fiscalYear: 2027, amountFen: 1_000_000_000 },
      tokens.maker,
    ),
    'budget 2027',
  );
  const awarded = async (winner: 'applicant' | 'company', months = 12) => {
    const id = (
      await ok(
        officer(
          'POST',
          '/procurement/projects',
          projectBody(
            months > 12 ? stableItem : w.itemId,
            `矩阵合同项目 ${randomUUID().slice(0, 8)}`,
            months,
          ),
        ),
        'project',
      )
    ).id as string;
    await ok(
      officer('POST', `/procurement/projects/${id}/announce`, {
        bidDeadline: new Date(Date.now() + 86_400_000).toISOString(),
      }),
      'announce',
    );
    const price = (mine: boolean) => (mine ? 8_000 : 9_000);
    await ok(
      world.api(
        'POST',
        `/procurement/projects/${id}/bids`,
        { priceFen: price(winner === 'applicant'), proposal: PROPOSAL },
        tokens.applicant,
      ),
      'bid',
    );
    await ok(
      officer('POST', `/procurement/projects/${id}/bids`, {
        priceFen: price(winner === 'company'),
        proposal: PROPOSAL,
        entryId: w.companyEntries[0],
      }),
      'bid',
    );
    await pastDeadline([id]);
    await ok(officer('POST', `/procurement/projects/${id}/close`), 'close');
    await ok(officer('POST', `/procurement/projects/${id}/panel`), 'panel');
    const bids = (await ok(officer('GET', `/procurement/projects/${id}/bids`), 'bids')).items as {
      id: string;
    }[];
    for (const member of panel) {
      for (const b of bids) {
        await ok(
          world.api(
            'POST',
            `/procurement/bids/${b.id}/scores`,
            { scores: { plan: 80 } },
            member.token,
          ),
          'score',
        );
      }
    }
    await ok(officer('POST', `/procurement/projects/${id}/award`), 'award');
    await db.query(
      `UPDATE procurement.purchase_project SET objection_deadline = now() - interval '1 second'
        WHERE id = $1`,
      [id],
    );
    return id;
  };
  const signed = async (projectId: string, months = 12) =>
    (
      await ok(
        officer('POST', `/procurement/projects/${projectId}/contract`, contractBody(months)),
        'contract',
      )
    ).id as string;
  w.toSign = await many(n, () => awarded('applicant'));
  w.ownContract = await signed(await awarded('applicant'));
  w.otherContract = await signed(await awarded('company'));
  w.toRenew = await many(n, async () => signed(await awarded('applicant', 24), 24));
  await waitFor(
    'the 2027 budget and the first contract years committed at finance',
    async () =>
      (
        await db.query(
          `SELECT (SELECT count(*) FROM procurement.purchase_budget)::int AS budgets,
                  (SELECT count(*) FROM procurement.contract_year
                    WHERE year = 1 AND commitment_state = 'COMMITTED')::int AS committed`,
        )
      ).rows[0],
    (row) => row.budgets === 2 && row.committed === n + 2,
  );
  return w;
}
