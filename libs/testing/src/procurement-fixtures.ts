import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { DEMO_PASSWORD, http } from './platform-under-test';
import { waitFor } from './wait-for';

/**
 * Government purchase through the gateway, step by step, for end-to-end tests (R24, R25, R18):
 * catalogue items, listed undertakers, the expert pool, announced projects, bids, the panel,
 * scores and the award, each through the real API as officers, undertakers and panel members do
 * it. Time is the one thing not waited for: a bid deadline or an objection window is moved into
 * the past with SQL (bidDeadlinePasses, objectionWindowPasses), standing for time passing. No
 * other row is ever written by SQL.
 */
export type ProcurementCall = (
  method: string,
  path: string,
  body?: unknown,
  token?: string,
) => ReturnType<typeof http>;

/** The gateway under `api`; every POST carries a fresh Idempotency-Key, as creating routes want. */
export function procurementCall(api: string): ProcurementCall {
  return (method, path, body, token) =>
    http(method, `${api}${path}`, body, {
      token,
      headers: method === 'POST' ? { 'Idempotency-Key': randomUUID() } : undefined,
    });
}

/** An expert of the pool (R18): their user, their pool id, a session to score with. */
export interface PoolExpert {
  userId: string;
  expertId: string;
  name: string;
  token: string;
}

/** A declared tie of an expert (R18), as the pool takes it. */
export interface ExpertTie {
  kind: string;
  organizationName?: string;
  /** Kinship, or OTHER: the person. */
  personName?: string;
  /** OTHER (required): what the relation is. */
  description?: string;
  from: string;
  to?: string;
}

/** A tie R18 recuses for: employed by `organizationName` until last year (within 3 years). */
export function formerEmployeeOf(organizationName: string): ExpertTie {
  return { kind: 'EMPLOYEE', organizationName, from: '2019-01-01', to: '2025-06-30' };
}

/** A bid on a project: by the applicant's own organization (no entryId) or recorded by an officer. */
export interface BidSpec {
  priceFen: number;
  proposal?: string;
  entryId?: string;
  token: string;
}

/** One bid as a panel member sees it (GET /v1/procurement/panel/tasks). */
export interface ScoringTask {
  projectId: string;
  bidId: string;
  undertakerName: string;
  priceFen: number;
  scores: Record<string, number> | null;
}

type Answer = Awaited<ReturnType<typeof http>>;

/** The answer's body, or an error naming the step, its status and the refusal. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function ok(answer: Promise<Answer>, what: string): Promise<any> {
  const res = await answer;
  if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

const DAY_MS = 86_400_000;
const PROPOSAL = '组建 6 人社工团队，每月两次入户探访，建立一人一档';

/**
 * The steps of a purchase, as `officer` (the buyer) through the gateway at `api`; `db` only for
 * the two time shortcuts.
 */
export function purchaseChain(options: { api: string; db: Client; officer: string }) {
  const call = procurementCall(options.api);
  const { db, officer } = options;

  /** A catalogue item (R24), checked against the negative list at entry (Order 102 art. 10). */
  const catalogueItem = async (body: Record<string, unknown>) =>
    (await ok(call('POST', '/v1/procurement/catalogue', body, officer), 'catalogue item'))
      .id as string;

  /**
   * A listed directory entry (R24; Order 102 art. 6–8): applied for with `token` (an applicant
   * for its own organization, once the registry's event has reached procurement; or an officer
   * for another kind), then listed by the officer.
   */
  const listed = async (body: Record<string, unknown>, token: string) => {
    const applied = await waitFor(
      'the applicant’s organization at procurement',
      () => call('POST', '/v1/procurement/directory', body, token),
      (res) => res.body?.code !== 'ORGANIZATION_NOT_KNOWN_YET',
    );
    const id = (await ok(Promise.resolve(applied), 'directory application')).id as string;
    await ok(
      call('POST', `/v1/procurement/directory/${id}/decision`, { decision: 'LISTED' }, officer),
      'listing',
    );
    return id;
  };

  /**
   * Experts in the pool (R18): a reviewer user each, created by `admin`, signed in with `login`,
   * then added by the officer with their declared ties.
   */
  const experts = async (
    admin: string,
    login: (username: string, password: string) => Promise<string>,
    specs: { username: string; name: string; relations?: ExpertTie[] }[],
  ): Promise<PoolExpert[]> => {
    const pool: PoolExpert[] = [];
    for (const spec of specs) {
      const user = await ok(
        call(
          'POST',
          '/v1/users',
          {
            username: spec.username,
            displayName: spec.name,
            password: DEMO_PASSWORD,
            roles: ['reviewer'],
          },
          admin,
        ),
        'reviewer user',
      );
      const expert = await ok(
        call(
          'POST',
          '/v1/procurement/experts',
          {
            userId: user.id,
            name: spec.name,
            fields: ['eldercare'],
            relations: spec.relations ?? [],
          },
          officer,
        ),
        'expert',
      );
      pool.push({
        userId: user.id,
        expertId: expert.id,
        name: spec.name,
        token: await login(spec.username, DEMO_PASSWORD),
      });
    }
    return pool;
  };

  /** A project drafted and announced (R25), taking bids until `deadlineInMs` from now. */
  const announced = async (body: Record<string, unknown>, deadlineInMs = DAY_MS) => {
    const id = (await ok(call('POST', '/v1/procurement/projects', body, officer), 'project'))
      .id as string;
    await ok(
      call(
        'POST',
        `/v1/procurement/projects/${id}/announce`,
        { bidDeadline: new Date(Date.now() + deadlineInMs).toISOString() },
        officer,
      ),
      'announcement',
    );
    return id;
  };

  const bid = async (projectId: string, spec: BidSpec) =>
    (
      await ok(
        call(
          'POST',
          `/v1/procurement/projects/${projectId}/bids`,
          {
            priceFen: spec.priceFen,
            proposal: spec.proposal ?? PROPOSAL,
            ...(spec.entryId ? { entryId: spec.entryId } : {}),
          },
          spec.token,
        ),
        'bid',
      )
    ).id as string;

  /** Time passing: the project's bid deadline moved into the past (the database clock decides). */
  const bidDeadlinePasses = async (projectId: string) => {
    await db.query(
      `UPDATE procurement.purchase_project SET bid_deadline = now() - interval '1 second'
        WHERE id = $1`,
      [projectId],
    );
  };

  /** Time passing: the published result's objection window moved into the past. */
  const objectionWindowPasses = async (projectId: string) => {
    await db.query(
      `UPDATE procurement.purchase_project SET objection_deadline = now() - interval '1 second'
        WHERE id = $1`,
      [projectId],
    );
  };

  /** Bidding closed (开标) and the panel drawn from the pool, recusals logged (R18). */
  const closeAndDraw = async (projectId: string) => {
    await ok(call('POST', `/v1/procurement/projects/${projectId}/close`, {}, officer), 'close');
    return ok(call('POST', `/v1/procurement/projects/${projectId}/panel`, {}, officer), 'panel');
  };

  /**
   * Every panel member scores every bid of the project from their own task list, with `sheet`'s
   * scores of the PANEL criteria (R18, R25). `pool` must hold every member drawn.
   */
  const scoreAll = async (
    projectId: string,
    panel: { members: { expertId: string }[] },
    pool: readonly PoolExpert[],
    sheet: (task: ScoringTask) => Record<string, number>,
  ) => {
    for (const member of panel.members) {
      const expert = pool.find((e) => e.expertId === member.expertId);
      if (!expert) throw new Error(`panel member ${member.expertId} is not in the given pool`);
      const tasks = (
        await ok(
          call('GET', '/v1/procurement/panel/tasks?pageSize=200', undefined, expert.token),
          'panel tasks',
        )
      ).items as ScoringTask[];
      for (const task of tasks.filter((t) => t.projectId === projectId)) {
        await ok(
          call(
            'POST',
            `/v1/procurement/bids/${task.bidId}/scores`,
            { scores: sheet(task) },
            expert.token,
          ),
          'score sheet',
        );
      }
    }
  };

  /** The award in rank order, the result published with its objection window (R25). */
  const award = (projectId: string) =>
    ok(call('POST', `/v1/procurement/projects/${projectId}/award`, {}, officer), 'award');

  return {
    call,
    catalogueItem,
    listed,
    experts,
    announced,
    bid,
    bidDeadlinePasses,
    objectionWindowPasses,
    closeAndDraw,
    scoreAll,
    award,
  };
}
