import type { Client } from 'pg';
import { untilSteady } from './surge-kit';
import type { Sent } from './venture-deadline-env';

/** The database clock against this process's, and the round trip it was read in (ms). */
export async function clockOffset(db: Client): Promise<{ offsetMs: number; rttMs: number }> {
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

export function percentiles(values: number[]) {
  if (values.length === 0) return { count: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  return { count: sorted.length, p50: at(0.5), p90: at(0.9), p99: at(0.99), max: at(1) };
}

/** The least and the most of `value` for each answer (status and code). */
export function spread(
  requests: Sent[],
  value: (r: Sent) => number,
): Record<string, [number, number]> {
  const ranges: Record<string, [number, number]> = {};
  for (const r of requests) {
    const key = `${r.status} ${r.code}`.trim();
    const v = Math.round(value(r));
    const [least, most] = ranges[key] ?? [v, v];
    ranges[key] = [Math.min(least, v), Math.max(most, v)];
  }
  return ranges;
}

export function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/** Waits until the call's submitted count stops moving (a request given up on may still land). */
export async function settledSubmitted(db: Client, callId: string): Promise<number> {
  const count = async () =>
    Number(
      (
        await db.query(
          `SELECT count(*) FROM venture.proposal WHERE call_id = $1 AND status = 'SUBMITTED'`,
          [callId],
        )
      ).rows[0].count,
    );
  return untilSteady(count);
}

/**
 * What venture's database connections are doing, sampled every 200 ms until stopped: the mean
 * number of its pool's connections in each state (and, when waiting or idle in a transaction,
 * on which statement), busiest first.
 */
export function poolSampler(db: Client) {
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
