import { activeTracer, endSpanWithError } from '@civic/platform/tracing';
import { type Context, context, ROOT_CONTEXT, trace } from '@opentelemetry/api';
import type { DataSource, EntityManager } from 'typeorm';
import { Batcher, type Pending } from './inbox-batcher';

/** One request's own result in a group commit: its value, or why it alone was refused. */
export type Outcome<R> = { value: R } | { refusal: Error };

export interface GroupCommitOptions {
  /** Most requests in one transaction; 1 writes each in a transaction of its own. */
  maxBatch: number;
  /** Batch transactions at once, each on a connection of its own. */
  maxParallel: number;
}

interface Logger {
  warn(message: string): void;
}

/** A request with its caller's context, when tracing. */
interface Traced<T> {
  request: T;
  context?: Context;
}

/**
 * Writes requests that arrive together in one transaction (group commit), each answered with its
 * own outcome once the transaction has committed. `store` writes a batch in the caller's
 * transaction and returns one outcome per request, in order: a refusal fails only its request.
 * If the transaction itself fails (a row the database refuses, a deadlock, a lost connection),
 * it rolls back and each request is written again alone, one after another, so one bad request
 * fails only itself. Lottery-fund's submissions and venture's use it.
 *
 * Traces (issue #20): a request written alone is written in its caller's trace, so the outbox rows
 * it writes carry that trace. A batch belongs to no one caller: it is written in a span of its own
 * linked to each caller's span, never in whichever caller's context happened to start it.
 */
export class GroupCommit<T, R> {
  private readonly batcher?: Batcher<Traced<T>, R>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: (manager: EntityManager, requests: T[]) => Promise<Outcome<R>[]>,
    options: GroupCommitOptions,
    private readonly logger?: Logger,
  ) {
    if (options.maxBatch > 1) {
      this.batcher = new Batcher((batch) => this.writeBatch(batch), {
        maxBatch: options.maxBatch,
        maxWaitMs: 0,
        maxParallel: Math.max(1, options.maxParallel),
      });
    }
  }

  /** Resolves with the request's value once its batch has committed; rejects with its refusal. */
  submit(request: T): Promise<R> {
    if (!this.batcher) return this.writeAlone(request);
    const traced = activeTracer() ? { request, context: context.active() } : { request };
    return this.batcher.submit(traced);
  }

  private async writeBatch(batch: Pending<Traced<T>, R>[]): Promise<void> {
    if (batch.length === 1) {
      const [only] = batch;
      return this.writeAloneTraced(only.item).then(only.resolve, only.reject);
    }
    let outcomes: Outcome<R>[];
    try {
      outcomes = await this.inBatchSpan(batch, () =>
        this.dataSource.transaction((manager) =>
          this.store(
            manager,
            batch.map((entry) => entry.item.request),
          ),
        ),
      );
    } catch (error) {
      this.logger?.warn(
        `a batch of ${batch.length} failed (${(error as Error)?.message}); writing each alone`,
      );
      for (const entry of batch) {
        await this.writeAloneTraced(entry.item).then(entry.resolve, entry.reject);
      }
      return;
    }
    batch.forEach((entry, i) => {
      const outcome = outcomes[i];
      if ('value' in outcome) entry.resolve(outcome.value);
      else entry.reject(outcome.refusal);
    });
  }

  private writeAloneTraced({ request, context: caller }: Traced<T>): Promise<R> {
    return caller ? context.with(caller, () => this.writeAlone(request)) : this.writeAlone(request);
  }

  /** A batch's span: its own trace, linked to each caller's span (as it is when not tracing). */
  private inBatchSpan<V>(batch: Pending<Traced<T>, R>[], write: () => Promise<V>): Promise<V> {
    const tracer = activeTracer();
    if (!tracer) return write();
    const links = batch.flatMap(({ item }) => {
      const caller = item.context && trace.getSpanContext(item.context);
      return caller ? [{ context: caller }] : [];
    });
    const span = tracer.startSpan(
      `group commit (${batch.length} together)`,
      { links, attributes: { 'civic.batch.size': batch.length } },
      ROOT_CONTEXT,
    );
    return context.with(trace.setSpan(ROOT_CONTEXT, span), write).then(
      (value) => {
        span.end();
        return value;
      },
      (error: unknown) => {
        endSpanWithError(span, error);
        throw error;
      },
    );
  }

  private async writeAlone(request: T): Promise<R> {
    const [outcome] = await this.dataSource.transaction((manager) =>
      this.store(manager, [request]),
    );
    if ('refusal' in outcome) throw outcome.refusal;
    return outcome.value;
  }
}
