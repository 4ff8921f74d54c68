import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Latency buckets in seconds, 5 ms to 10 s: a request, an RPC handler. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** One sample of a gauge read when Prometheus scrapes. */
export interface Sample<L extends string> {
  labels: Record<L, string>;
  value: number;
}

/**
 * A process's Prometheus metrics (issue #20), in a registry of its own (never prom-client's
 * global one, so that several apps in one test process do not collide), every series labelled
 * with the service: Node's defaults, HTTP and RPC latency, and gauges read on each scrape.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly http: Histogram<'method' | 'route' | 'status'>;
  readonly rpc: Histogram<'pattern' | 'outcome'>;
  private readonly failures: Counter<'metric'>;
  private readonly reads: (() => Promise<void>)[] = [];

  constructor(readonly service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
    this.http = new Histogram({
      name: 'civic_http_request_duration_seconds',
      help: 'HTTP requests by method, matched route and status, from arrival to the last byte',
      labelNames: ['method', 'route', 'status'],
      buckets: LATENCY_BUCKETS,
      registers: [this.registry],
    });
    this.rpc = new Histogram({
      name: 'civic_rpc_duration_seconds',
      help: 'RPC requests a service handled, by pattern and outcome (ok or error)',
      labelNames: ['pattern', 'outcome'],
      buckets: LATENCY_BUCKETS,
      registers: [this.registry],
    });
    this.failures = new Counter({
      name: 'civic_metric_read_failures_total',
      help: 'Scrapes in which a gauge could not be read (its database or Redis did not answer)',
      labelNames: ['metric'],
      registers: [this.registry],
    });
  }

  /**
   * A gauge whose samples are read when Prometheus scrapes (a count in the database, a queue's
   * length). A read that fails leaves the gauge without samples for that scrape (NaN, for a gauge
   * without labels) and counts the failure, so one slow dependency does not fail the whole scrape.
   */
  gaugeOnScrape<L extends string>(
    name: string,
    help: string,
    labelNames: readonly L[],
    read: () => Promise<Sample<L>[]>,
  ): void {
    const gauge = new Gauge<L>({ name, help, labelNames, registers: [this.registry] });
    this.reads.push(async () => {
      gauge.reset();
      try {
        for (const sample of await read()) {
          if (labelNames.length) gauge.set(sample.labels as never, sample.value);
          else gauge.set(sample.value);
        }
      } catch {
        // A gauge without labels always has a sample: NaN says "unknown", never a false 0.
        if (!labelNames.length) gauge.set(Number.NaN);
        this.failures.inc({ metric: name });
      }
    });
  }

  /** The text Prometheus scrapes: every gauge read first (at once), then the registry written. */
  async scrape(): Promise<string> {
    await Promise.all(this.reads.map((read) => read()));
    return this.registry.metrics();
  }
}

/**
 * A read that gauges of one scrape share: the scrape collects every gauge at once, so the first
 * call starts the read, the others of that scrape join it, and the next scrape reads again.
 */
export function sharedRead<T>(read: () => Promise<T>): () => Promise<T> {
  let inFlight: Promise<T> | undefined;
  return () =>
    (inFlight ??= read().finally(() => {
      inFlight = undefined;
    }));
}
