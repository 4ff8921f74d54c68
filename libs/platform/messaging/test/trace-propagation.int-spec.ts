import type { MessageEnvelope, TraceCarrier } from '@civic/contracts';
import { createScratchDatabase, dataSourceOptions, migrateSchema } from '@civic/platform/database';
import { useTracer } from '@civic/platform/tracing';
import { testPrefix, testRedisUrl, testServerUrl, waitFor } from '@civic/testing';
import { context, propagation, type Span, type SpanContext, trace } from '@opentelemetry/api';
import {
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { Redis } from 'ioredis';
import { DataSource, type EntityManager } from 'typeorm';
import {
  type BatchHandlers,
  createRedis,
  GroupCommit,
  InboxWorker,
  type MessageBundle,
  OutboxRelay,
  OutboxWriter,
} from '../src';
import { PROBE_DATABASE } from './probe/probe-database';

jest.setTimeout(60_000);

const NAME = 'platform.probe-sent.v1';

/**
 * Trace context through the outbox, BullMQ and the inbox (issue #20), in one process with an
 * in-memory span exporter, on the real Postgres and Redis: each message of a bundle keeps its own
 * trace; a handler's outbox writes continue its message's trace; a batch of several messages (a
 * batch handler, a group commit) is a span of its own linked to each, never one caller's trace.
 */
describe('trace context through outbox → BullMQ → inbox', () => {
  const exporter = new InMemorySpanExporter();
  const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  const tracer = provider.getTracer('test');
  const writer = new OutboxWriter();
  let dataSource: DataSource;
  let dropDatabase: () => Promise<void>;
  let redis: Redis;
  let prefix: string;
  const closing: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    provider.register();
    const scratch = await createScratchDatabase(testServerUrl(), 'tracing');
    dropDatabase = scratch.drop;
    dataSource = await new DataSource(dataSourceOptions(PROBE_DATABASE, scratch.url)).initialize();
    await migrateSchema(dataSource);
    redis = createRedis(testRedisUrl(), 'trace-test');
  });

  beforeEach(async () => {
    useTracer(tracer);
    exporter.reset();
    prefix = testPrefix('trace');
    await dataSource.query('TRUNCATE probe.outbox, probe.inbox');
  });

  afterEach(async () => {
    for (const close of closing.splice(0)) await close();
  });

  afterAll(async () => {
    useTracer(undefined);
    await provider.shutdown();
    // The API's globals outlive this file in the Jest worker: leave none behind.
    trace.disable();
    context.disable();
    propagation.disable();
    await redis.quit();
    await dataSource.destroy();
    await dropDatabase();
  });

  /** Writes one probe message in its own transaction, inside a root span (a request's). */
  const writeInRequest = (sequence: number) =>
    tracer.startActiveSpan(`request ${sequence}`, async (request: Span) => {
      await dataSource.transaction((manager) =>
        writer.publish(manager, NAME, { runId: 'traced', sequence }),
      );
      request.end();
      return request.spanContext();
    });

  const outboxRows = async () =>
    (await dataSource.query(
      `SELECT id, payload->>'runId' AS run, (payload->>'sequence')::int AS sequence, trace_context
         FROM probe.outbox ORDER BY (payload->>'sequence')::int`,
    )) as { id: string; run: string; sequence: number; trace_context: TraceCarrier | null }[];

  const spans = (name: string) => exporter.getFinishedSpans().filter((s) => s.name === name);
  const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;
  const traceparentOf = (span: ReadableSpan) =>
    `00-${span.spanContext().traceId}-${span.spanContext().spanId}-01`;

  function relay(bundleSize = 50) {
    const relay = new OutboxRelay(dataSource, redis, {
      producer: 'probe',
      prefix,
      batchSize: 100,
      bundleSize,
    });
    closing.push(() => relay.close());
    return relay;
  }

  function consume(
    handle: (sequence: number, manager: EntityManager) => Promise<void>,
    batchHandlers?: BatchHandlers<'platform.probe'>,
  ) {
    const worker = new InboxWorker(dataSource, {
      queue: 'platform.probe',
      handlers: { [NAME]: async (payload, { manager }) => handle(payload.sequence, manager) },
      batchHandlers,
    });
    const connection = createRedis(testRedisUrl(), 'trace-test-inbox');
    worker.start(connection, { prefix, concurrency: 10, stalledIntervalMs: 30_000 });
    closing.push(async () => {
      await worker.close();
      await connection.quit();
    });
  }

  /** A reply written by a handler: its outbox row's trace context is what the test reads. */
  const reply = async (sequence: number, manager: EntityManager) => {
    await writer.publish(manager, NAME, { runId: 'reply', sequence: 1000 + sequence });
  };

  it('keeps each message’s own trace through a bundle, and a handler’s writes continue it', async () => {
    const requests: SpanContext[] = [];
    for (const sequence of [1, 2, 3]) requests.push(await writeInRequest(sequence));
    // The rows keep the context of the write's span, a child of the request's.
    const writes = spans(`outbox ${NAME}`);
    expect(writes).toHaveLength(3);
    const written = await outboxRows();
    written.forEach((row, i) => {
      const write = writes.find((s) => s.attributes['messaging.message.id'] === row.id)!;
      expect(write.spanContext().traceId).toBe(requests[i].traceId);
      expect(parentOf(write)).toBe(requests[i].spanId);
      expect(row.trace_context).toEqual({ traceparent: traceparentOf(write) });
    });

    const relayer = relay();
    expect(await relayer.relayOnce()).toBe(3);
    // One bundle job, each message with its own publish span's context (a child of its write).
    const jobs = await relayer.queue('platform.probe').getJobs(['waiting', 'prioritized']);
    expect(jobs).toHaveLength(1);
    const bundle = (jobs[0].data as MessageBundle).bundle;
    expect(bundle).toHaveLength(3);
    const publishes = spans(`publish ${NAME}`);
    for (const envelope of bundle) {
      const publish = publishes.find((s) => s.attributes['messaging.message.id'] === envelope.id)!;
      const write = writes.find((s) => s.attributes['messaging.message.id'] === envelope.id)!;
      expect(parentOf(publish)).toBe(write.spanContext().spanId);
      expect(envelope.trace).toEqual({ traceparent: traceparentOf(publish) });
    }

    consume(reply);
    await waitFor(
      'three replies written',
      async () => (await outboxRows()).filter((row) => row.run === 'reply').length,
      (n) => n === 3,
    );
    const processes = spans(`process ${NAME}`);
    expect(processes).toHaveLength(3);
    for (const [i, row] of written.entries()) {
      const publish = publishes.find((s) => s.attributes['messaging.message.id'] === row.id)!;
      const process = processes.find((s) => s.attributes['messaging.message.id'] === row.id)!;
      expect(process.spanContext().traceId).toBe(requests[i].traceId);
      expect(parentOf(process)).toBe(publish.spanContext().spanId);
      expect(process.attributes['civic.inbox.outcome']).toBe('handled');
    }
    // Each reply continues the trace of the message that caused it, under its process span.
    const replies = (await outboxRows()).filter((row) => row.run === 'reply');
    for (const [i, row] of replies.entries()) {
      const cause = processes.find((s) => s.attributes['messaging.message.id'] === written[i].id)!;
      const write = spans(`outbox ${NAME}`).find(
        (s) => s.attributes['messaging.message.id'] === row.id,
      )!;
      expect(parentOf(write)).toBe(cause.spanContext().spanId);
      expect(write.spanContext().traceId).toBe(requests[i].traceId);
      expect(row.trace_context).toEqual({ traceparent: traceparentOf(write) });
    }
  });

  it('runs a batch handler given several messages in one span linked to each, in no caller’s trace', async () => {
    const requests: SpanContext[] = [];
    for (const sequence of [1, 2, 3]) requests.push(await writeInRequest(sequence));
    await relay().relayOnce();
    // The bundle's three messages reach the batch handler in one call (one group commit).
    consume(async () => undefined, {
      [NAME]: async (messages, { manager }) => {
        expect(messages).toHaveLength(3);
        await writer.publish(manager, NAME, { runId: 'reply', sequence: 1000 });
      },
    });
    await waitFor(
      'the batch’s reply',
      async () => (await outboxRows()).filter((row) => row.run === 'reply'),
      (rows) => rows.length === 1,
    );
    const [batch] = spans(`process ${NAME} (3 together)`);
    const processes = spans(`process ${NAME}`);
    expect(processes).toHaveLength(3);
    expect(parentOf(batch)).toBeUndefined();
    expect(requests.map((r) => r.traceId)).not.toContain(batch.spanContext().traceId);
    expect(batch.links.map((link) => link.context.spanId).sort()).toEqual(
      processes.map((s) => s.spanContext().spanId).sort(),
    );
    const [replyRow] = (await outboxRows()).filter((row) => row.run === 'reply');
    expect(replyRow.trace_context?.traceparent).toContain(batch.spanContext().traceId);
  });

  it('writes a request committed alone in its caller’s trace, and a group commit in a span linked to each caller', async () => {
    const group = new GroupCommit<number, string>(
      dataSource,
      async (manager, sequences) => {
        const ids = await writer.publishMany(
          manager,
          NAME,
          sequences.map((sequence) => ({ runId: 'group', sequence })),
        );
        return ids.map((value) => ({ value }));
      },
      { maxBatch: 10, maxParallel: 1 },
    );
    const submitIn = (sequence: number) =>
      tracer.startActiveSpan(`caller ${sequence}`, async (caller: Span) => {
        await group.submit(sequence);
        caller.end();
        return caller.spanContext();
      });
    const alone = await submitIn(1);
    const callers = await Promise.all([2, 3, 4].map(submitIn));
    const rows = await outboxRows();
    expect(rows.map((row) => row.sequence)).toEqual([1, 2, 3, 4]);
    expect(rows[0].trace_context?.traceparent).toContain(alone.traceId);
    const [batch] = spans('group commit (3 together)');
    expect(batch.links.map((link) => link.context.spanId).sort()).toEqual(
      callers.map((c) => c.spanId).sort(),
    );
    for (const row of rows.slice(1)) {
      expect(row.trace_context?.traceparent).toContain(batch.spanContext().traceId);
    }
    expect(callers.map((c) => c.traceId)).not.toContain(batch.spanContext().traceId);
  });

  it('without a tracer, writes no context and hands a stored one on as it was', async () => {
    useTracer(undefined);
    await dataSource.transaction((manager) =>
      writer.publish(manager, NAME, { runId: 'untraced', sequence: 1 }),
    );
    // A row written while this process traced (before a restart without an endpoint, say).
    const stored = { traceparent: `00-${'ab'.repeat(16)}-${'cd'.repeat(8)}-01` };
    await dataSource.query(
      `INSERT INTO probe.outbox (id, name, payload, trace_context)
       VALUES (gen_random_uuid(), $1, $2, $3)`,
      [NAME, JSON.stringify({ runId: 'stored', sequence: 2 }), JSON.stringify(stored)],
    );
    expect((await outboxRows()).map((row) => row.trace_context)).toEqual([null, stored]);
    const relayer = relay();
    await relayer.relayOnce();
    const [job] = await relayer.queue('platform.probe').getJobs(['waiting', 'prioritized']);
    const envelopes = (job.data as MessageBundle).bundle as MessageEnvelope[];
    expect(envelopes.map((e) => e.trace)).toEqual([undefined, stored]);
    expect(exporter.getFinishedSpans()).toEqual([]);
  });
});
