import { randomUUID } from 'node:crypto';
import { http, waitFor } from '@civic/testing';
import type { Client } from 'pg';
import {
  companyCode,
  CONTACT,
  contractBody,
  type MatrixUser,
  type ProcurementWorld,
  projectBody,
  PROPOSAL,
  world,
} from './access-matrix.procurement-world';

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
