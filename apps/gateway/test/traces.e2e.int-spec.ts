import { randomBytes } from 'node:crypto';
import {
  bindUser,
  http,
  organizationBody,
  startPlatform,
  subsidyApplicationBody,
  subsidyProgrammeBody,
  waitFor,
} from '@civic/testing';
import { Client } from 'pg';
import { type ReceivedSpan, SpanKinds, startOtlpReceiver } from './otlp-receiver';

jest.setTimeout(240_000);

type Receiver = Awaited<ReturnType<typeof startOtlpReceiver>>;

const REQUESTED = 'finance.commitment-requested.v2';
const DECIDED = 'finance.commitment-decided.v1';

/**
 * Traces across the platform (issue #20), with the real processes, Postgres and Redis and a real
 * OTLP/HTTP receiver on loopback. An officer's approval of a lottery fund application (R27: the
 * programme asks finance to hold the money) crosses every hop there is: the gateway's HTTP
 * request, its RPC call, the lottery fund's handler and outbox, the queue to finance, finance's
 * inbox and outbox, and the queue back to the lottery fund's inbox. It must come out as one trace,
 * each hop the child of the one before.
 *
 * The organizations service runs with no endpoint (OTEL_SERVICE_NAME alone): it must send
 * nothing and write no trace context, and nothing at all may reach the default OTLP address
 * (localhost:4318), where a process that loaded the SDK without an endpoint would send.
 */
describe('traces: one payment request, one trace from the gateway to finance and back (issue #20)', () => {
  let receiver: Receiver;
  /** Listening where an exporter sends by default (localhost:4318). */
  const defaults: Receiver[] = [];
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: Client;
  let officer: string;
  let applicationId: string;
  const shellOtel: Record<string, string | undefined> = {};

  beforeAll(async () => {
    // The platform's processes inherit this environment: no OpenTelemetry setting of the shell's.
    for (const name of Object.keys(process.env).filter((n) => n.startsWith('OTEL_'))) {
      shellOtel[name] = process.env[name];
      delete process.env[name];
    }
    receiver = await startOtlpReceiver();
    defaults.push(await startOtlpReceiver({ host: '127.0.0.1', port: 4318 }));
    // localhost may resolve to ::1 first; where this machine has no IPv6 loopback nothing can
    // reach it there either.
    await startOtlpReceiver({ host: '::1', port: 4318 }).then(
      (v6) => defaults.push(v6),
      () => undefined,
    );
    const otel = {
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
    };
    platform = await startPlatform({
      withLotteryFund: true,
      // Spans leave 0.1 s after they end (the default is 5 s)...
      env: { OTEL_BSP_SCHEDULE_DELAY: '100' },
      // ...except the gateway's, which leave only when it shuts down: its flush is tested too.
      gatewayEnv: {
        ...otel,
        OTEL_BSP_SCHEDULE_DELAY: '600000',
        OTEL_BSP_MAX_EXPORT_BATCH_SIZE: '8192',
        OTEL_BSP_MAX_QUEUE_SIZE: '8192',
      },
      financeEnv: otel,
      programmeEnv: otel,
      organizationsEnv: { OTEL_SERVICE_NAME: 'organizations' },
    });
    db = new Client({ connectionString: platform.databaseUrl });
    await db.connect();
    const admin = await platform.login('admin');
    const org = await http(
      'POST',
      `${platform.api}/v1/organizations`,
      organizationBody({ name: '兴宁区长者关爱协会' }),
      { token: admin },
    );
    expect(org.status).toBe(201);
    await bindUser(platform.as(admin), 'applicant', org.body.id);
    const [applicant, maker] = await Promise.all(
      ['applicant', 'maker'].map((u) => platform.login(u)),
    );
    officer = await platform.login('officer');
    const funded = await http(
      'POST',
      `${platform.api}/v1/finance/budgets`,
      { fund: 'LOTTERY_WELFARE', fiscalYear: 2026, amountFen: 50_000_000 },
      { token: maker },
    );
    expect(funded.status).toBe(201);
    await waitFor(
      'the organization at the lottery fund',
      async () =>
        (await db.query(`SELECT count(*)::int AS n FROM lottery_fund.organization_snapshot`))
          .rows[0].n as number,
      (n) => n === 1,
    );
    const programme = await http(
      'POST',
      `${platform.api}/v1/lottery/programmes`,
      subsidyProgrammeBody({ name: '2026 年链路追踪测试' }),
      { token: officer },
    );
    expect(programme.status).toBe(201);
    const applied = await http(
      'POST',
      `${platform.api}/v1/lottery/applications`,
      subsidyApplicationBody(programme.body.id),
      { token: applicant },
    );
    expect(applied.status).toBe(201);
    applicationId = applied.body.id;
    const assessed = await http(
      'POST',
      `${platform.api}/v1/lottery/applications/${applicationId}/assessment`,
      { merit: 80 },
      { token: officer },
    );
    expect(assessed.status).toBe(200);
  });

  afterAll(async () => {
    await db?.end();
    await platform?.stop();
    await Promise.all([receiver, ...defaults].map((r) => r?.close()));
    Object.assign(process.env, shellOtel);
  });

  /** The spans of one trace, and a way to walk it from parent to child. */
  function traceOf(traceId: string) {
    const spans = receiver.spans.filter((span) => span.traceId === traceId);
    return {
      spans,
      /** The one span that `parent` is the parent of and that matches `what`. */
      child(parent: ReceivedSpan, what: Partial<Pick<ReceivedSpan, 'service' | 'name' | 'kind'>>) {
        const found = spans.filter(
          (span) =>
            span.parentSpanId === parent.spanId &&
            Object.entries(what).every(([key, value]) => span[key as keyof ReceivedSpan] === value),
        );
        if (found.length !== 1) {
          const seen = spans.map((s) => `${s.service} ${s.name} ${s.spanId}←${s.parentSpanId}`);
          throw new Error(
            `expected one ${JSON.stringify(what)} under ${parent.name} (${parent.spanId}), found ${found.length}; trace:\n${seen.join('\n')}`,
          );
        }
        return found[0];
      },
    };
  }

  it('rule R27: an approval is one trace, hop by hop: HTTP → RPC → outbox → finance → outbox → back', async () => {
    // A proxy in front started the trace: the gateway continues its traceparent (W3C).
    const traceId = randomBytes(16).toString('hex');
    const proxySpanId = randomBytes(8).toString('hex');
    const approved = await http(
      'POST',
      `${platform.api}/v1/lottery/applications/${applicationId}/approve`,
      { comment: '同意资助' },
      { token: officer, headers: { traceparent: `00-${traceId}-${proxySpanId}-01` } },
    );
    expect(approved.status).toBe(200);
    await waitFor(
      'finance’s answer at the lottery fund',
      async () =>
        (
          await http('GET', `${platform.api}/v1/lottery/applications/${applicationId}`, undefined, {
            token: officer,
          })
        ).body.status as string,
      (status) => status === 'COMMITTED',
    );
    // Each process sends its own spans: wait for the last ones of the services still running.
    const expected = [
      'lottery-fund rpc lottery-fund.applications.approve',
      `lottery-fund outbox ${REQUESTED}`,
      `lottery-fund publish ${REQUESTED}`,
      `finance process ${REQUESTED}`,
      `finance outbox ${DECIDED}`,
      `finance publish ${DECIDED}`,
      `lottery-fund process ${DECIDED}`,
    ];
    await waitFor(
      'the spans of every hop after the gateway',
      async () => traceOf(traceId).spans.map((span) => `${span.service} ${span.name}`),
      (names) => expected.every((name) => names.includes(name)),
    );
    // The gateway's spans wait in its buffer until it shuts down (OTEL_BSP_SCHEDULE_DELAY)...
    expect(receiver.spans.filter((span) => span.service === 'gateway')).toEqual([]);
    await platform.stopService('gateway');
    // ...and its shutdown sends them.
    await waitFor(
      'the gateway’s spans, sent as it shut down',
      async () => traceOf(traceId).spans.filter((span) => span.service === 'gateway').length,
      (n) => n >= 2,
      { timeoutMs: 30_000 },
    );

    const trace = traceOf(traceId);
    const request = trace.spans.find((span) => span.parentSpanId === proxySpanId)!;
    expect(request).toMatchObject({
      service: 'gateway',
      kind: SpanKinds.SERVER,
      name: 'POST /api/v1/lottery/applications/:id/approve',
      attributes: expect.objectContaining({
        'http.route': '/api/v1/lottery/applications/:id/approve',
        'http.response.status_code': 200,
      }),
    });
    const call = trace.child(request, {
      service: 'gateway',
      kind: SpanKinds.CLIENT,
      name: 'rpc lottery-fund.applications.approve',
    });
    const handler = trace.child(call, {
      service: 'lottery-fund',
      kind: SpanKinds.SERVER,
      name: 'rpc lottery-fund.applications.approve',
    });
    const requestWritten = trace.child(handler, {
      service: 'lottery-fund',
      kind: SpanKinds.PRODUCER,
      name: `outbox ${REQUESTED}`,
    });
    const requestSent = trace.child(requestWritten, {
      service: 'lottery-fund',
      kind: SpanKinds.PRODUCER,
      name: `publish ${REQUESTED}`,
    });
    const atFinance = trace.child(requestSent, {
      service: 'finance',
      kind: SpanKinds.CONSUMER,
      name: `process ${REQUESTED}`,
    });
    const answerWritten = trace.child(atFinance, {
      service: 'finance',
      kind: SpanKinds.PRODUCER,
      name: `outbox ${DECIDED}`,
    });
    const answerSent = trace.child(answerWritten, {
      service: 'finance',
      kind: SpanKinds.PRODUCER,
      name: `publish ${DECIDED}`,
    });
    const backHome = trace.child(answerSent, {
      service: 'lottery-fund',
      kind: SpanKinds.CONSUMER,
      name: `process ${DECIDED}`,
    });
    // Each message is the one its producer wrote, handled once (the inbox's outcome).
    expect(atFinance.attributes).toMatchObject({
      'messaging.message.id': requestSent.attributes['messaging.message.id'],
      'civic.inbox.outcome': 'handled',
    });
    expect(backHome.attributes).toMatchObject({
      'messaging.message.id': answerSent.attributes['messaging.message.id'],
      'civic.inbox.outcome': 'handled',
    });
    for (const span of [request, call, handler, requestWritten, atFinance, backHome]) {
      expect(span.status.code ?? 0).not.toBe(2); // STATUS_CODE_ERROR
    }
    expect(new Set(trace.spans.map((span) => span.service))).toEqual(
      new Set(['gateway', 'lottery-fund', 'finance']),
    );

    // The outbox rows keep the context of the transaction that wrote them: the write's span.
    const rows = await db.query(
      `SELECT 'lottery_fund' AS schema, id::text, trace_context FROM lottery_fund.outbox WHERE name = $1
       UNION ALL SELECT 'finance', id::text, trace_context FROM finance.outbox WHERE name = $2`,
      [REQUESTED, DECIDED],
    );
    expect(rows.rows).toEqual([
      {
        schema: 'lottery_fund',
        id: requestSent.attributes['messaging.message.id'],
        trace_context: { traceparent: `00-${traceId}-${requestWritten.spanId}-01` },
      },
      {
        schema: 'finance',
        id: answerSent.attributes['messaging.message.id'],
        trace_context: { traceparent: `00-${traceId}-${answerWritten.spanId}-01` },
      },
    ]);
  });

  it('a process without an endpoint sends nothing and writes no trace context; nothing reaches the default address', async () => {
    // The organizations service took part: the gateway traced its call to it...
    const calls = receiver.spans.filter(
      (span) =>
        span.service === 'gateway' &&
        span.kind === SpanKinds.CLIENT &&
        span.name === 'rpc organizations.register',
    );
    expect(calls).toHaveLength(1);
    // ...and its outbox carried the new organization to the lottery fund,
    const written = await db.query(
      `SELECT count(*)::int AS n, count(trace_context)::int AS traced FROM organizations.outbox`,
    );
    expect(written.rows[0].n).toBeGreaterThan(0);
    // but it traced none of it: no span, and no context on its rows.
    expect(written.rows[0].traced).toBe(0);
    expect(receiver.spans.filter((span) => span.service === 'organizations')).toEqual([]);
    expect(receiver.spans.filter((span) => span.parentSpanId === calls[0].spanId)).toEqual([]);
    // Every span came to the configured endpoint as OTLP/JSON; none to the default address.
    expect(receiver.requests.length).toBeGreaterThan(0);
    expect(
      receiver.requests.every(
        (r) => r.url === '/v1/traces' && r.contentType?.startsWith('application/json'),
      ),
    ).toBe(true);
    for (const fallback of defaults) expect(fallback.requests).toEqual([]);
  });
});
