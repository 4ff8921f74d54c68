import 'reflect-metadata';
import { cpus } from 'node:os';
import { benchMachine, http, startPlatform, stopProcess } from '@civic/testing';
import { Client } from 'pg';
import {
  cpuMeter,
  type Load,
  type LoadOptions,
  run as runLoad,
  startHelloWorld,
  summary,
  untilQuiet as untilQuietFor,
} from './surge-kit';
import { type Draft, env, progress, type Sent, VENTURE } from './venture-deadline-env';
import { applicants, openCall, prepareDrafts } from './venture-deadline-fixtures';
import {
  clockOffset,
  countBy,
  percentiles,
  poolSampler,
  settledSubmitted,
  spread,
} from './venture-deadline-measure';

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
const DEADLINE_PASSED = 'RULE_R17_DEADLINE_PASSED';

const run = (options: Omit<LoadOptions, 'connections'>, seconds?: number) =>
  runLoad({ connections: env.DEADLINE_CONNECTIONS, ...options }, seconds);
const untilQuiet = () => untilQuietFor(env.SURGE_QUIET_WAIT_SECONDS, env.SURGE_QUIET_CORES);

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
