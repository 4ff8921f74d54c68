import 'reflect-metadata';
import { cpus } from 'node:os';
import { loadEnv } from '@civic/platform/config';
import {
  benchMachine,
  callBody,
  DEMO_PASSWORD,
  http,
  organizationBody,
  proposalBody,
  startPlatform,
  stopProcess,
  waitFor,
} from '@civic/testing';
import { IsInt, IsNumber, Max, Min } from 'class-validator';
import { Client } from 'pg';
import {
  cpuMeter,
  expectStatus,
  inParallel,
  type Load,
  type LoadOptions,
  run as runLoad,
  startHelloWorld,
  summary,
  untilQuiet as untilQuietFor,
} from './surge-kit';

/**
 * The deadline surge of a venture philanthropy call (issue #7): 200 connections of logged-in
 * applicants submit their prepared drafts through the gateway in the last minute before the call's
 * deadline, and keep going for a few seconds after it (`POST
 * /api/v1/venture/proposals/{id}/submit`: the auth guard, the RPC hop over Redis to venture, its
 * checks and its transaction: the draft locked, the call read, the UPDATE that submits only while
 * `clock_timestamp() < deadline`, the audit entry). Every request submits a draft of its own,
 * and the run records when it was sent and when and how it was answered, so it can check against
 * the database, draft by draft, that every acknowledged submission is stored and that nothing is
 * accepted at or after the deadline. Beside it, the hello-world Nest endpoint of the lottery bench,
 * measured in the same run. Run with `npm run bench`.
 */
class BenchEnv {
  /** The measured window: the last this many seconds before the deadline (60 recorded). */
  @IsInt()
  @Min(5)
  @Max(600)
  DEADLINE_SECONDS: number = 60;

  /** The load goes on this long after the deadline: late submissions, all to be refused. */
  @IsInt()
  @Min(1)
  @Max(60)
  DEADLINE_AFTER_SECONDS: number = 3;

  @IsInt()
  @Min(1)
  @Max(1000)
  DEADLINE_CONNECTIONS: number = 200;

  /** Applicants, each a user of its own with its own login … */
  @IsInt()
  @Min(1)
  @Max(1000)
  DEADLINE_APPLICANTS: number = 200;

  /** … bound to these organizations in turn (applicant i to organization i mod N). */
  @IsInt()
  @Min(1)
  @Max(1000)
  DEADLINE_ORGANIZATIONS: number = 200;

  /** Submissions on a call of their own before the measured run (JIT, pools; the rate estimate). */
  @IsInt()
  @Min(200)
  DEADLINE_WARMUP_REQUESTS: number = 2000;

  /** Drafts prepared for the surge; 0 estimates them from the warm-up (× the margin below). */
  @IsInt()
  @Min(0)
  DEADLINE_DRAFTS: number = 0;

  @IsNumber()
  @Min(1)
  DEADLINE_DRAFT_MARGIN: number = 2;

  /** Clock margin around the deadline (on top of the measured bench–database clock offset). */
  @IsInt()
  @Min(0)
  DEADLINE_SKEW_MS: number = 5;

  /** Before each measured run, wait this long at most for the machine to be quiet … */
  @IsInt()
  @Min(0)
  SURGE_QUIET_WAIT_SECONDS: number = 300;

  /** … that is, busy no more than this many cores (the idle platform takes about 0.1). */
  @IsNumber()
  @Min(0)
  SURGE_QUIET_CORES: number = 0.3;
}

const env = loadEnv(BenchEnv);
const progress = (message: string) => process.stderr.write(`[deadline] ${message}\n`);
const VENTURE = '/api/v1/venture';
const DEADLINE_PASSED = 'RULE_R17_DEADLINE_PASSED';

const run = (options: Omit<LoadOptions, 'connections'>, seconds?: number) =>
  runLoad({ connections: env.DEADLINE_CONNECTIONS, ...options }, seconds);
const untilQuiet = () => untilQuietFor(env.SURGE_QUIET_WAIT_SECONDS, env.SURGE_QUIET_CORES);

type Platform = Awaited<ReturnType<typeof startPlatform>>;

interface Applicant {
  token: string;
  rural: boolean;
}

interface Draft {
  id: string;
  token: string;
}

/** One submit request: when it was sent and answered (this host's clock, ms) and how. */
interface Sent {
  draft: number;
  sentAt: number;
  answeredAt: number;
  status: number;
  code: string;
}

// ---- fixtures ----

/** N organizations (half rural), and M applicants bound to them in turn, logged in. */
async function applicants(platform: Platform, db: Client): Promise<Applicant[]> {
  const admin = await platform.login('admin');
  const since = Date.now();
  const took = (what: string) => progress(`${what}: ${((Date.now() - since) / 1000).toFixed(1)} s`);
  const orgCount = Math.min(env.DEADLINE_ORGANIZATIONS, env.DEADLINE_APPLICANTS);
  const organizations = await inParallel(
    Array.from({ length: orgCount }, (_, i) => i),
    8,
    async (i) =>
      expectStatus(
        await http(
          'POST',
          `${platform.api}/v1/organizations`,
          organizationBody({
            name: `七星社区公益服务社 ${i + 1} 号`,
            areaType: i % 2 === 0 ? 'RURAL' : 'URBAN',
          }),
          { token: admin },
        ),
        201,
        `organization ${i}`,
      ),
  );
  took('organizations');
  const indexes = Array.from({ length: env.DEADLINE_APPLICANTS }, (_, i) => i);
  await inParallel(indexes, 4, async (i) =>
    expectStatus(
      await http(
        'POST',
        `${platform.api}/v1/users`,
        {
          username: `deadline-applicant-${i + 1}`,
          displayName: `申请人 ${i + 1}`,
          password: DEMO_PASSWORD,
          roles: ['applicant'],
          organizationId: organizations[i % orgCount].id,
        },
        { token: admin },
      ),
      201,
      `applicant ${i}`,
    ),
  );
  // Until an organization's snapshot reaches venture, its drafts get 409.
  await waitFor(
    'the organizations at venture',
    async () =>
      Number((await db.query(`SELECT count(*) FROM venture.organization_snapshot`)).rows[0].count),
    (n) => n === orgCount,
    { timeoutMs: 120_000, everyMs: 200 },
  );
  took('users, snapshots at venture');
  return inParallel(indexes, 4, async (i) => ({
    token: await platform.login(`deadline-applicant-${i + 1}`),
    rural: (i % orgCount) % 2 === 0,
  }));
}

/** A call through the API; its deadline far enough away to prepare drafts at leisure. */
async function openCall(platform: Platform, officer: string, name: string): Promise<string> {
  return expectStatus(
    await http('POST', `${platform.api}/v1/venture/calls`, callBody({ name }, 3_600_000), {
      token: officer,
    }),
    201,
    name,
  ).id;
}

/**
 * `count` drafts, written through the API by the applicants in turn; returned in that order
 * (draft n from applicant n mod M), so that consecutive submissions come from different applicants.
 */
async function prepareDrafts(
  gateway: string,
  people: Applicant[],
  callId: string,
  count: number,
): Promise<Draft[]> {
  const perApplicant = Math.ceil(count / people.length);
  const mine: string[][] = people.map(() => []);
  let next = 0;
  const refused: string[] = [];
  // Setup, not measured: fewer connections and a long timeout, for a machine shared with others.
  const load = await runLoad({
    url: gateway,
    connections: Math.min(50, env.DEADLINE_CONNECTIONS),
    timeout: 120,
    amount: perApplicant * people.length,
    requests: [
      {
        method: 'POST',
        path: `${VENTURE}/proposals`,
        setupRequest: (request, context) => {
          const n = next++;
          const who = n % people.length;
          (context as { who?: number }).who = who;
          return {
            ...request,
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${people[who].token}`,
            },
            body: JSON.stringify(
              proposalBody(callId, {
                title: `社区服务项目 ${n + 1}`,
                projectAreaType: people[who].rural ? 'RURAL' : 'URBAN',
              }),
            ),
          };
        },
        onResponse: (status, body, context) => {
          const who = (context as { who?: number }).who!;
          if (status === 201) mine[who].push((JSON.parse(body) as { id: string }).id);
          else refused.push(`${status} ${body.slice(0, 200)}`);
        },
      },
    ],
  });
  if (refused.length > 0 || load.result.errors > 0 || load.result.timeouts > 0) {
    throw new Error(
      `drafts: ${refused.length} refused (${refused[0]}), ${JSON.stringify(summary(load))}`,
    );
  }
  const drafts: Draft[] = [];
  for (let round = 0; round < perApplicant; round++) {
    for (const [who, ids] of mine.entries()) {
      if (round < ids.length) drafts.push({ id: ids[round], token: people[who].token });
    }
  }
  return drafts;
}

// ---- load ----

/**
 * Submissions: request k submits draft k (drafts run out only if too few were prepared: then the
 * list starts over, and the run fails). Records when each was sent and answered, and how.
 */
function submissions(gateway: string, drafts: Draft[]) {
  const sent: Sent[] = [];
  const options: Omit<LoadOptions, 'connections'> = {
    url: gateway,
    requests: [
      {
        method: 'POST',
        path: `${VENTURE}/proposals`,
        setupRequest: (request, context) => {
          const k = sent.length;
          const draft = k % drafts.length;
          (context as { k?: number }).k = k;
          sent.push({ draft, sentAt: Date.now(), answeredAt: NaN, status: 0, code: '' });
          return {
            ...request,
            path: `${VENTURE}/proposals/${drafts[draft].id}/submit`,
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${drafts[draft].token}`,
            },
            body: '{}',
          };
        },
        onResponse: (status, body, context) => {
          const k = (context as { k?: number }).k;
          if (k === undefined) return;
          const request = sent[k];
          request.answeredAt = Date.now();
          request.status = status;
          if (status !== 200) {
            try {
              request.code = String((JSON.parse(body) as { code?: unknown }).code ?? '');
            } catch {
              request.code = body.slice(0, 40);
            }
          }
        },
      },
    ],
  };
  return { options, sent };
}

/** The database clock against this process's, and the round trip it was read in (ms). */
async function clockOffset(db: Client): Promise<{ offsetMs: number; rttMs: number }> {
  let best = { offsetMs: 0, rttMs: Infinity };
  for (let i = 0; i < 7; i++) {
    const before = Date.now();
    const { rows } = await db.query<{ ms: number }>(
      `SELECT (extract(epoch FROM clock_timestamp()) * 1000)::float8 AS ms`,
    );
    const after = Date.now();
    if (after - before < best.rttMs) {
      best = { offsetMs: rows[0].ms - (before + after) / 2, rttMs: after - before };
    }
  }
  return { offsetMs: Number(best.offsetMs.toFixed(2)), rttMs: best.rttMs };
}

function percentiles(values: number[]) {
  if (values.length === 0) return { count: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  return { count: sorted.length, p50: at(0.5), p90: at(0.9), p99: at(0.99), max: at(1) };
}

/** The least and the most of `value` for each answer (status and code). */
function spread(requests: Sent[], value: (r: Sent) => number): Record<string, [number, number]> {
  const ranges: Record<string, [number, number]> = {};
  for (const r of requests) {
    const key = `${r.status} ${r.code}`.trim();
    const v = Math.round(value(r));
    const [least, most] = ranges[key] ?? [v, v];
    ranges[key] = [Math.min(least, v), Math.max(most, v)];
  }
  return ranges;
}

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/** Waits until the call's submitted count stops moving (a request given up on may still land). */
async function settledSubmitted(db: Client, callId: string): Promise<number> {
  const count = async () =>
    Number(
      (
        await db.query(
          `SELECT count(*) FROM venture.proposal WHERE call_id = $1 AND status = 'SUBMITTED'`,
          [callId],
        )
      ).rows[0].count,
    );
  let last = await count();
  for (let still = 0; still < 4;) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = await count();
    still = now === last ? still + 1 : 0;
    last = now;
  }
  return last;
}

/**
 * What venture's database connections are doing, sampled every 200 ms until stopped: the mean
 * number of its pool's connections in each state (and, when waiting or idle in a transaction,
 * on which statement), busiest first.
 */
function poolSampler(db: Client) {
  const counts = new Map<string, number>();
  let samples = 0;
  let stopped = false;
  const sampling = (async () => {
    while (!stopped) {
      const { rows } = await db.query<{ what: string }>(
        `SELECT state
                || coalesce(' / ' || wait_event_type || ':' || wait_event, '')
                || CASE WHEN state = 'idle' THEN ''
                        ELSE ' · ' || regexp_replace(left(query, 48), '\\s+', ' ', 'g') END AS what
           FROM pg_stat_activity
          WHERE datname = current_database() AND application_name = 'venture'`,
      );
      samples++;
      for (const { what } of rows) counts.set(what, (counts.get(what) ?? 0) + 1);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  return async () => {
    stopped = true;
    await sampling;
    return {
      samples,
      connections: Object.fromEntries(
        [...counts]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 12)
          .map(([what, n]) => [what, Number((n / samples).toFixed(2))]),
      ),
    };
  };
}

// ---- the run ----

async function main(): Promise<void> {
  const timings: Record<string, number> = {};
  const lap = (name: string, since: number) => {
    timings[name] = Number(((Date.now() - since) / 1000).toFixed(1));
    progress(`${name}: ${timings[name]} s`);
  };
  // Finance is not on this path. The services log at 'warn', as in the tests: no request lines.
  // Access tokens last an hour: setup, the warm-up and the waits for quiet take longer than 15 min.
  const platform = await startPlatform({
    withVenture: true,
    withFinance: false,
    gatewayEnv: { ACCESS_TOKEN_TTL_SECONDS: '3600' },
  });
  const db = new Client({ connectionString: platform.databaseUrl });
  await db.connect();
  try {
    const gateway = platform.api.replace(/\/api$/, '');
    const officer = await platform.login('officer');
    let since = Date.now();
    const people = await applicants(platform, db);
    lap('applicants', since);

    // The yardstick, in the same run, with the same connections, for the window's length.
    const hello = await startHelloWorld();
    let helloLoad: Load;
    let helloCores: Record<string, number>;
    const quietBefore: Record<string, number> = {};
    try {
      await run({ url: hello.url, amount: env.DEADLINE_WARMUP_REQUESTS });
      quietBefore.helloWorld = await untilQuiet();
      const helloCpu = cpuMeter();
      helloLoad = await run({ url: hello.url }, env.DEADLINE_SECONDS);
      helloCores = helloCpu();
      progress(`hello-world: ${summary(helloLoad).rps} req/s`);
    } finally {
      await stopProcess(hello.child);
    }

    // Warm-up on a call of its own: drafts, then all of them submitted with the surge's shape, on
    // a quiet machine too, as its rate sizes the surge's drafts.
    since = Date.now();
    const warmCall = await openCall(platform, officer, '2026 年公益创投大赛（预热）');
    const warmDrafts = await prepareDrafts(gateway, people, warmCall, env.DEADLINE_WARMUP_REQUESTS);
    lap('warmupDrafts', since);
    quietBefore.warmup = await untilQuiet();
    const warm = submissions(gateway, warmDrafts);
    const warmCpu = cpuMeter();
    const warmLoad = await run({ ...warm.options, amount: warmDrafts.length });
    const warmCores = warmCpu();
    const warmRate = warmLoad.result['2xx'] / warmLoad.seconds;
    // What the platform could do on its own: the warm-up's rate scaled up by the share of the
    // machine others took meanwhile (if the machine is quiet only later, for the surge).
    const othersShare =
      ((warmCores['other processes'] ?? 0) + (warmCores.unattributed ?? 0)) / cpus().length;
    const capacity = warmRate / Math.max(0.25, 1 - othersShare);
    progress(`warm-up: ${Math.round(warmRate)} submissions/s (alone: ${Math.round(capacity)})`);
    if (warmLoad.result['2xx'] !== warmDrafts.length) {
      throw new Error(`warm-up: ${JSON.stringify(summary(warmLoad))}`);
    }

    // The call of the surge, and enough drafts that every request submits one of its own.
    const draftCount =
      env.DEADLINE_DRAFTS ||
      Math.ceil(
        capacity * env.DEADLINE_DRAFT_MARGIN * (env.DEADLINE_SECONDS + env.DEADLINE_AFTER_SECONDS),
      ) + env.DEADLINE_CONNECTIONS;
    since = Date.now();
    const callId = await openCall(platform, officer, '2026 年青秀区社区公益创投大赛');
    const drafts = await prepareDrafts(gateway, people, callId, draftCount);
    lap('surgeDrafts', since);
    // Tens of thousands of rows just written: let autovacuum's work on them not fall in the surge.
    await db.query('VACUUM ANALYZE venture.proposal');

    // The deadline: the API takes it when the call is opened and has no way to move it, so the
    // bench moves it in the database once the machine is quiet (to the millisecond: the service
    // reads it into a JavaScript Date). The surge starts at once: its first DEADLINE_SECONDS are
    // the last ones before the deadline.
    quietBefore.surge = await untilQuiet();
    const clockBefore = await clockOffset(db);
    const { deadline_ms: deadlineDb } = (
      await db.query<{ deadline_ms: number }>(
        `UPDATE venture.venture_call
            SET deadline = date_trunc('milliseconds', clock_timestamp()) + make_interval(secs => $2)
          WHERE id = $1
      RETURNING (extract(epoch FROM deadline) * 1000)::float8 AS deadline_ms`,
        [callId, env.DEADLINE_SECONDS],
      )
    ).rows[0];
    // The deadline on this process's clock (the same clock on one machine: the offset is ~0).
    const deadline = deadlineDb - clockBefore.offsetMs;
    const surge = submissions(gateway, drafts);
    progress(`surge: ${drafts.length} drafts, deadline in ${env.DEADLINE_SECONDS} s`);
    const started = Date.now();
    const cpu = cpuMeter();
    const pool = poolSampler(db);
    let coresBefore: Record<string, number> = {};
    let poolBefore: Awaited<ReturnType<ReturnType<typeof poolSampler>>> | undefined;
    let cpuAfter = cpuMeter();
    const split = setTimeout(
      () => {
        coresBefore = cpu();
        cpuAfter = cpuMeter();
        void pool().then((seen) => (poolBefore = seen));
      },
      Math.max(0, deadline - started),
    );
    const surgeLoad = await run(
      surge.options,
      (deadline + env.DEADLINE_AFTER_SECONDS * 1000 - started) / 1000,
    );
    clearTimeout(split);
    const coresAfter = cpuAfter();
    poolBefore ??= await pool();
    const clockAfter = await clockOffset(db);
    const storedCount = await settledSubmitted(db, callId);
    const call = (
      await http('GET', `${platform.api}/v1/venture/calls/${callId}`, undefined, {
        token: officer,
      })
    ).body as { deadline: string; open: boolean; submitted: number };

    // ---- the checks, draft by draft ----
    const margin =
      env.DEADLINE_SKEW_MS +
      Math.max(Math.abs(clockBefore.offsetMs), Math.abs(clockAfter.offsetMs)) +
      Math.max(clockBefore.rttMs, clockAfter.rttMs) / 2;
    const stored = new Map(
      (
        await db.query<{ id: string; status: string; at_ms: number | null }>(
          `SELECT id, status, (extract(epoch FROM submitted_at) * 1000)::float8 AS at_ms
             FROM venture.proposal WHERE call_id = $1`,
          [callId],
        )
      ).rows.map((row) => [row.id, row]),
    );
    const audited = (
      await db.query<{ entries: string; proposals: string }>(
        `SELECT count(*) AS entries, count(DISTINCT a.entity_id) AS proposals
           FROM venture.audit_entry a JOIN venture.proposal p ON p.id::text = a.entity_id
          WHERE a.action = 'proposal.submitted' AND p.call_id = $1`,
        [callId],
      )
    ).rows[0];
    const requests = surge.sent;
    const answered = requests.filter((r) => r.status !== 0);
    const ok = requests.filter((r) => r.status === 200);
    const late = requests.filter((r) => r.status === 409 && r.code === DEADLINE_PASSED);
    const other = answered.filter(
      (r) => r.status !== 200 && !(r.status === 409 && r.code === DEADLINE_PASSED),
    );
    const submittedIds = [...stored.values()].filter((row) => row.status === 'SUBMITTED');
    const okDrafts = new Set(ok.map((r) => drafts[r.draft].id));
    const sentAfter = requests.filter((r) => r.sentAt >= deadline + margin);
    const inFlight = requests.filter((r) => r.sentAt < deadline && !(r.answeredAt < deadline));
    const storedAt = (r: Sent) => stored.get(drafts[r.draft].id)?.at_ms ?? NaN;
    const checks = {
      // every acknowledged submission is stored, and nothing else is
      storedSubmitted: storedCount,
      acknowledged: ok.length,
      acknowledgedNotStored: ok.filter(
        (r) => stored.get(drafts[r.draft].id)?.status !== 'SUBMITTED',
      ).length,
      storedNotAcknowledged: submittedIds.filter((row) => !okDrafts.has(row.id)).length,
      auditEntries: Number(audited.entries),
      auditedProposals: Number(audited.proposals),
      callViewSubmitted: call.submitted,
      // nothing accepted at or after the deadline
      storedAtOrAfterDeadline: submittedIds.filter((row) => !(row.at_ms! < deadlineDb)).length,
      acknowledgedStoredAfterDeadline: ok.filter((r) => !(storedAt(r) < deadlineDb)).length,
      sentAfterDeadlineAndMargin: sentAfter.length,
      sentAfterDeadlineNotRefused: sentAfter.filter(
        (r) => !(r.status === 409 && r.code === DEADLINE_PASSED),
      ).length,
      // … and nothing on time refused as late; the database's time of each acknowledged
      // submission falls between its request's sending and its answer
      refusedAsLateBeforeDeadline: late.filter((r) => r.answeredAt < deadline - margin).length,
      storedOutsideItsRequest: ok.filter(
        (r) => !(storedAt(r) >= r.sentAt - margin && storedAt(r) <= r.answeredAt + margin),
      ).length,
      // every request submitted a draft of its own
      draftsReused: Math.max(0, requests.length - drafts.length),
    };
    const failures = [
      checks.storedSubmitted !== checks.acknowledged && 'stored ≠ acknowledged',
      checks.acknowledgedNotStored > 0 && 'acknowledged but not stored',
      checks.storedNotAcknowledged > 0 && 'stored but not acknowledged',
      (checks.auditEntries !== checks.acknowledged ||
        checks.auditedProposals !== checks.acknowledged) &&
        'audit entries ≠ acknowledged',
      checks.callViewSubmitted !== checks.acknowledged && "the call's count ≠ acknowledged",
      checks.storedAtOrAfterDeadline > 0 && 'stored at or after the deadline',
      checks.acknowledgedStoredAfterDeadline > 0 && 'acknowledged after the deadline',
      checks.sentAfterDeadlineAndMargin === 0 && 'no request sent after the deadline',
      checks.sentAfterDeadlineNotRefused > 0 && 'sent after the deadline, not refused',
      checks.refusedAsLateBeforeDeadline > 0 && 'refused as late before the deadline',
      checks.storedOutsideItsRequest > 0 && "stored outside its request's time",
      checks.draftsReused > 0 && 'too few drafts: raise DEADLINE_DRAFTS',
    ].filter((failure): failure is string => Boolean(failure));

    const window = (deadline - started) / 1000;
    const throughput = ok.length / window;
    const hw = summary(helloLoad);
    const latency = (rs: Sent[]) => percentiles(rs.map((r) => r.answeredAt - r.sentAt));
    const answeredBeforeDeadline = answered.filter((r) => r.answeredAt < deadline);
    const result = {
      date: new Date().toISOString().slice(0, 10),
      machine: benchMachine(),
      connections: env.DEADLINE_CONNECTIONS,
      applicants: people.length,
      organizations: Math.min(env.DEADLINE_ORGANIZATIONS, env.DEADLINE_APPLICANTS),
      deadline: call.deadline,
      windowSeconds: Number(window.toFixed(2)),
      afterSeconds: env.DEADLINE_AFTER_SECONDS,
      drafts: drafts.length,
      warmup: {
        ...summary(warmLoad),
        submittedPerSecond: Math.round(warmRate),
        aloneEstimate: Math.round(capacity),
        cpuCores: warmCores,
      },
      helloWorld: hw,
      surge: {
        submittedPerSecond: Math.round(throughput),
        acknowledged: ok.length,
        refusedLate: late.length,
        requests: requests.length,
        unanswered: requests.length - answered.length,
        errors: {
          socket: surgeLoad.result.errors,
          timeouts: surgeLoad.result.timeouts,
          otherAnswers: countBy(other, (r) => `${r.status} ${r.code}`),
        },
        // latency (ms) of the submissions sent before the deadline, and of those sent after it
        latencyBeforeDeadline: latency(requests.filter((r) => r.sentAt < deadline && r.status)),
        latencyAfterDeadline: latency(requests.filter((r) => r.sentAt >= deadline && r.status)),
        answeredBeforeDeadline: countBy(answeredBeforeDeadline, (r) => String(r.status)),
        // sent before the deadline, answered after it: how early they were sent (ms before the
        // deadline, least and most) by answer, and how late the last acknowledgement came
        inFlightAcrossDeadline: {
          requests: inFlight.length,
          answers: countBy(inFlight, (r) => `${r.status} ${r.code}`.trim()),
          sentMsBeforeDeadline: spread(inFlight, (r) => deadline - r.sentAt),
          lastAcknowledgedMsAfterDeadline: Math.max(
            0,
            ...inFlight.filter((r) => r.status === 200).map((r) => r.answeredAt - deadline),
          ),
        },
        autocannon: summary(surgeLoad),
      },
      ratio: Number((throughput / hw.rps).toFixed(3)),
      clock: { before: clockBefore, after: clockAfter, marginMs: margin },
      checks,
      correct: failures.length === 0,
      failures,
      cpuCores: { helloWorld: helloCores, beforeDeadline: coresBefore, afterDeadline: coresAfter },
      ventureConnectionsBeforeDeadline: poolBefore,
      busyCoresBeforeEachRun: quietBefore,
      setupSeconds: timings,
    };
    console.log(JSON.stringify(result, null, 2));
    // Speed is reported above; a lost, unexplained or late submission fails the run.
    if (failures.length > 0) process.exitCode = 1;
  } finally {
    await db.end();
    await platform.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
