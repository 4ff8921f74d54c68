import { http, startPlatform, testRedisUrl } from '@civic/testing';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { Client } from 'pg';

jest.setTimeout(180_000);

const DASHBOARD = '/admin/queues';
const QUEUE = '{organizations.inbox}';

/**
 * The queue dashboard (issue #20): bull-board for administrators only, opened with a ticket
 * cookie; failed jobs can be retried or removed, each change audited in the gateway's chain (R31);
 * nothing else can be changed, nor from another site.
 */
describe('the queue dashboard', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let redis: Redis;
  let queue: Queue;
  let db: Client;

  beforeAll(async () => {
    platform = await startPlatform();
    redis = new Redis(testRedisUrl(), { maxRetriesPerRequest: null });
    queue = new Queue(QUEUE, { connection: redis, prefix: platform.prefix });
    db = new Client({ connectionString: platform.databaseUrl });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
    await queue?.close();
    await redis?.quit();
    await platform?.stop();
  });

  async function ticket(user: string) {
    const token = await platform.login(user);
    const answer = await http(
      'POST',
      `${platform.api}/v1/admin/queue-dashboard/ticket`,
      {},
      { token },
    );
    const line = [answer.headers.get('set-cookie') ?? ''].join('');
    const cookie = /civic_queues=([^;]+)/.exec(line)?.[1];
    return { token, answer, line, cookie: cookie ? `civic_queues=${cookie}` : '' };
  }

  const dashboard = (path: string, cookie: string, init: RequestInit = {}) =>
    fetch(`${platform.api}${DASHBOARD}${path}`, {
      ...init,
      headers: { cookie, 'sec-fetch-site': 'same-origin', ...(init.headers ?? {}) },
    });

  /** A message no service takes: the inbox fails it at once, for good (UnrecoverableError). */
  async function failedJob(): Promise<string> {
    const id = crypto.randomUUID();
    await queue.add(
      'test.no-such-message.v1',
      { id, name: 'test.no-such-message.v1', payload: {} },
      {
        jobId: id,
        attempts: 1,
      },
    );
    for (let i = 0; i < 200 && (await queue.getJobState(id)) !== 'failed'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await queue.getJobState(id)).toBe('failed');
    return id;
  }

  const audited = async (action: string) =>
    (
      await db.query(
        `SELECT entity_id, actor_id, before FROM gateway.audit_entry WHERE action = $1 ORDER BY seq`,
        [action],
      )
    ).rows as { entity_id: string; actor_id: string; before: Record<string, unknown> }[];

  it('admits no one without a ticket, and gives tickets to administrators only', async () => {
    expect((await dashboard('/', '')).status).toBe(401);
    expect((await dashboard('/api/queues', 'civic_queues=forged.ticket')).status).toBe(401);
    const officer = await ticket('officer');
    expect(officer.answer.status).toBe(403);
    expect(officer.cookie).toBe('');
  });

  it('opens for an administrator: the page under the docs policy, and every queue', async () => {
    const admin = await ticket('admin');
    expect(admin.answer.status).toBe(200);
    expect(admin.answer.body).toMatchObject({ url: '/api/admin/queues/' });
    expect(admin.line).toMatch(/HttpOnly/i);
    expect(admin.line).toMatch(/Path=\/api\/admin\/queues/);
    expect(admin.line).toMatch(/SameSite=Strict/i);
    const page = await dashboard('/', admin.cookie);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('__UI_CONFIG__');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const queues = (await (await dashboard('/api/queues', admin.cookie)).json()) as {
      queues: { name: string }[];
    };
    const names = queues.queues.map((q) => q.name);
    expect(names).toEqual(expect.arrayContaining([QUEUE, '{finance.inbox}', '{gateway.inbox}']));
  });

  it('retries and removes a failed job, each written to the audit chain first (R31)', async () => {
    const admin = await ticket('admin');
    const id = await failedJob();
    const firstFailure = (await queue.getJob(id))!.finishedOn!;
    const retried = await dashboard(
      `/api/queues/${encodeURIComponent(QUEUE)}/${id}/retry`,
      admin.cookie,
      {
        method: 'PUT',
      },
    );
    expect(retried.status).toBeLessThan(300);
    expect((await audited('queue-dashboard.job.retried')).map((e) => e.entity_id)).toContain(
      `${QUEUE}/${id}`,
    );
    // It ran again and failed again (no service takes it), and is then removed for good.
    for (let i = 0; i < 200 && (await queue.getJob(id))?.finishedOn === firstFailure; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect((await queue.getJob(id))!.finishedOn).toBeGreaterThan(firstFailure);
    expect(await queue.getJobState(id)).toBe('failed');
    const removed = await dashboard(
      `/api/queues/${encodeURIComponent(QUEUE)}/${id}/clean`,
      admin.cookie,
      {
        method: 'PUT',
      },
    );
    expect(removed.status).toBeLessThan(300);
    expect(await queue.getJob(id)).toBeUndefined();
    const entries = await audited('queue-dashboard.job.removed');
    const entry = entries.find((e) => e.entity_id === `${QUEUE}/${id}`);
    expect(entry?.before).toMatchObject({ name: 'test.no-such-message.v1' });
    expect(entry?.actor_id).toMatch(/\S/);
  });

  it('refuses every other change, one from another site, and one to a job that has not failed', async () => {
    const admin = await ticket('admin');
    const before = await queue.getJobCounts();
    const add = await dashboard(`/api/queues/${encodeURIComponent(QUEUE)}/add`, admin.cookie, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'incubation.organization-admitted.v1', data: {} }),
    });
    expect(add.status).toBe(403);
    expect(((await add.json()) as { code: string }).code).toBe('QUEUE_CHANGE_NOT_ALLOWED');
    for (const path of ['/empty', '/pause', '/obliterate', '/clean/completed']) {
      const refused = await dashboard(
        `/api/queues/${encodeURIComponent(QUEUE)}${path}`,
        admin.cookie,
        {
          method: 'PUT',
        },
      );
      expect(refused.status).toBe(403);
    }
    expect(await queue.getJobCounts()).toEqual(before);
    const id = await failedJob();
    const crossSite = await dashboard(
      `/api/queues/${encodeURIComponent(QUEUE)}/${id}/retry`,
      admin.cookie,
      {
        method: 'PUT',
        headers: { 'sec-fetch-site': 'cross-site' },
      },
    );
    expect(crossSite.status).toBe(403);
    expect(((await crossSite.json()) as { code: string }).code).toBe('CROSS_SITE_REQUEST');
    expect(await queue.getJobState(id)).toBe('failed');
    const waiting = await queue.add('x', { id: 'y' }, { delay: 600_000 });
    const notFailed = await dashboard(
      `/api/queues/${encodeURIComponent(QUEUE)}/${waiting.id}/clean`,
      admin.cookie,
      { method: 'PUT' },
    );
    expect(notFailed.status).toBe(409);
    expect(await queue.getJobState(waiting.id!)).toBe('delayed');
    await waiting.remove();
  });

  it('stops admitting a ticket once its session has ended', async () => {
    const admin = await ticket('admin');
    expect((await dashboard('/api/queues', admin.cookie)).status).toBe(200);
    const out = await http('POST', `${platform.api}/v1/auth/logout`, {}, { token: admin.token });
    expect(out.status).toBe(204);
    expect((await dashboard('/api/queues', admin.cookie)).status).toBe(401);
  });
});
