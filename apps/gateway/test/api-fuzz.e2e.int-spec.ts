import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { Client } from 'pg';
import { bindUser, startPlatform } from '@civic/testing';
import { buildOpenApiDocument } from '../src/openapi-document';
import { HOSTILE_QUERY_VALUES, malformedBody, pathFor } from './fuzz/malformed-requests';
import { type OpenApiDocument, type Operation, operationsOf } from './fuzz/openapi-operations';
import {
  type CreatedIds,
  hostileQueryValuesFor,
  mutationsOf,
  validQueryValue,
  wellFormedBody,
  wellFormedPath,
} from './fuzz/well-formed-requests';

jest.setTimeout(600_000);

/** Bodies per write operation, and the seed (both overridable: FUZZ_RUNS=200 FUZZ_SEED=…). */
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const SEED = Number(process.env.FUZZ_SEED ?? 20261206);

/** Demo sign-in of each role (libs/testing seeds one user per role). */
const DEMO_LOGIN: Record<string, string> = {
  administrator: 'admin',
  programme_officer: 'officer',
  finance_maker: 'maker',
  finance_checker: 'checker',
  street_officer: 'street',
  incubation_staff: 'incubator',
  reviewer: 'reviewer',
  applicant: 'applicant',
};

/** Writes with nothing to fuzz, or that end the fuzzer's own session. */
const NOT_FUZZED = new Set([
  'POST /api/v1/auth/logout', // ends the session the fuzzer signs in with
  'POST /api/v1/organizations/snapshots/republish', // no input at all
]);

interface Sent {
  operation: string;
  method: string;
  url: string;
  body?: unknown;
  poison?: unknown;
  status: number;
  answer: string;
  /** The id a successful create answered with (well-formed mode). */
  id?: string;
}

/**
 * Issue #15: the OpenAPI document drives a property-based fuzz test of every write and every
 * query parameter, on the real platform (all services, Postgres, Redis). Each write body carries
 * a poison the API must refuse (see malformed-requests.ts), so every write answers 4xx and no row
 * is added anywhere; no request, read or write, answers 5xx.
 */
describe('the API under fuzzed input (issue #15)', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: Client;
  let operations: Operation[];
  const tokens = new Map<string, string>();
  const sent: Sent[] = [];

  beforeAll(async () => {
    platform = await startPlatform({
      withLotteryFund: true,
      withIncubation: true,
      withVenture: true,
      withProcurement: true,
    });
    db = new Client({ connectionString: platform.databaseUrl });
    await db.connect();
    operations = operationsOf((await buildOpenApiDocument()) as unknown as OpenApiDocument);
    for (const [role, username] of Object.entries(DEMO_LOGIN))
      tokens.set(role, await platform.login(username));
  });

  afterAll(async () => {
    await db?.end();
    await platform?.stop();
  });

  /** Rows in every table of every service's schema (exact counts). */
  async function rowCounts(): Promise<Record<string, number>> {
    const { rows: tables } = await db.query<{ name: string }>(
      `SELECT format('%I.%I', table_schema, table_name) AS name FROM information_schema.tables
        WHERE table_type = 'BASE TABLE'
          AND table_schema NOT IN ('pg_catalog', 'information_schema', 'public')
        ORDER BY 1`,
    );
    const { rows } = await db.query<{ name: string; n: number }>(
      tables
        .map((t) => `SELECT '${t.name}' AS name, count(*)::int AS n FROM ${t.name}`)
        .join(' UNION ALL '),
    );
    return Object.fromEntries(rows.map((r) => [r.name, r.n]));
  }

  /** The token of a role that may call the operation (the most powerful first), or none. */
  function tokenFor(operation: Operation): string | undefined {
    if (operation.anonymous) return undefined;
    const role = Object.keys(DEMO_LOGIN).find((r) => operation.roles.includes(r));
    return role ? tokens.get(role) : undefined;
  }

  async function send(
    operation: Operation,
    path: string,
    query: string,
    body: unknown,
    poison?: unknown,
  ): Promise<Sent> {
    const token = tokenFor(operation);
    const headers: Record<string, string> = { 'accept-language': 'en' };
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (operation.method === 'POST') headers['idempotency-key'] = randomUUID();
    const url = `${platform.api.replace(/\/api$/, '')}${path}${query}`;
    const response = await fetch(url, {
      method: operation.method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const record: Sent = {
      operation: `${operation.method} ${operation.path}`,
      method: operation.method,
      url: `${path}${query}`.slice(0, 300),
      body: body === undefined ? undefined : JSON.stringify(body).slice(0, 300),
      poison,
      status: response.status,
      answer: text.slice(0, 300),
    };
    if (response.ok && text.startsWith('{')) {
      const id = (JSON.parse(text) as { id?: unknown }).id;
      if (typeof id === 'string') record.id = id;
    }
    sent.push(record);
    return record;
  }

  const fuzzed = () => operations.filter((o) => !NOT_FUZZED.has(`${o.method} ${o.path}`));

  it('reads the OpenAPI document: every write and every query parameter is fuzzed', () => {
    const writes = fuzzed().filter((o) => o.method !== 'GET');
    expect(writes.length).toBeGreaterThan(50);
    expect(
      operations.filter((o) => o.parameters.some((p) => p.in === 'query')).length,
    ).toBeGreaterThan(20);
  });

  it('answers every malformed write with a 4xx, and stores nothing', async () => {
    const before = await rowCounts();
    let index = 0;
    for (const operation of fuzzed().filter((o) => o.method !== 'GET')) {
      index += 1;
      const hostilePaths = fc.sample(pathFor(operation, true), { numRuns: 6, seed: SEED + index });
      if (operation.body) {
        const bodies = fc.sample(malformedBody(operation.body), {
          numRuns: RUNS,
          seed: SEED + index,
        });
        const paths = fc.sample(pathFor(operation, false), { numRuns: RUNS, seed: SEED + index });
        for (const [i, { poison, body }] of bodies.entries())
          await send(operation, paths[i], '', body, poison);
        // A hostile id with a body: refused whatever the body.
        for (const path of hostilePaths) await send(operation, path, '', {});
      } else if (operation.parameters.some((p) => p.in === 'path')) {
        for (const path of hostilePaths) await send(operation, path, '', undefined);
      }
    }
    const writes = sent.filter((s) => s.method !== 'GET');
    const serverErrors = writes.filter((s) => s.status >= 500);
    // A hostile path may still be a well-formed id that exists nowhere: 404. Nothing may succeed.
    const accepted = writes.filter((s) => s.status < 400);
    expect({ serverErrors, accepted }).toEqual({ serverErrors: [], accepted: [] });
    expect(await rowCounts()).toEqual(before);
  });

  it('answers hostile query parameters and path ids on every read without a 5xx', async () => {
    const start = sent.length;
    for (const operation of fuzzed().filter((o) => o.method === 'GET')) {
      const path = fc.sample(pathFor(operation, false), { numRuns: 1, seed: SEED })[0];
      for (const parameter of operation.parameters.filter((p) => p.in === 'query'))
        for (const value of HOSTILE_QUERY_VALUES)
          await send(operation, path, `?${encodeURIComponent(parameter.name)}=${value}`, undefined);
      // The same parameter twice (a list) and as an object.
      for (const parameter of operation.parameters.filter((p) => p.in === 'query')) {
        await send(operation, path, `?${parameter.name}=1&${parameter.name}=2`, undefined);
        await send(operation, path, `?${parameter.name}[a]=1`, undefined);
      }
      for (const hostile of fc.sample(pathFor(operation, true), { numRuns: 3, seed: SEED }))
        if (hostile !== operation.path) await send(operation, hostile, '', undefined);
    }
    const reads = sent.slice(start);
    expect(reads.length).toBeGreaterThan(500);
    expect(reads.filter((s) => s.status >= 500)).toEqual([]);
  });

  /** Row counts once the outbox and the services have caught up with the last write. */
  async function settledCounts(): Promise<Record<string, number>> {
    let last = await rowCounts();
    for (let i = 0; i < 30; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const now = await rowCounts();
      if (JSON.stringify(now) === JSON.stringify(last)) return now;
      last = now;
    }
    return last;
  }

  function changed(before: Record<string, number>, after: Record<string, number>) {
    return Object.keys({ ...before, ...after })
      .filter((t) => before[t] !== after[t])
      .map((t) => `${t}: ${before[t] ?? 0} → ${after[t] ?? 0}`);
  }

  /** The collection a create's id belongs to: `…/cohorts/{id}/trainings` → `…/trainings`. */
  function collectionOf(operation: Operation): string {
    const segments = operation.path.split('/'); // ['', 'api', 'v1', module, …]
    const last = segments[segments.length - 1];
    return operation.path.includes('{')
      ? `${segments.slice(0, 4).join('/')}/${last}`
      : operation.path;
  }

  it('answers one hostile value in an otherwise well-formed write without a 5xx, and stores nothing when it refuses', async () => {
    const start = sent.length;
    const created: CreatedIds = new Map();
    const baselines: Sent[] = [];
    const stored: { request: Sent; rows: string[] }[] = [];
    const numbersAccepted: Sent[] = [];
    const writes = fuzzed().filter((o) => o.method !== 'GET' && o.body);
    // Creates first (their ids fill the others' paths and `…Id` fields), then the rest, and
    // last what ends a thing's life (a rejected application takes no assessment).
    const ending = (o: Operation) =>
      /\/(reject|withdraw|withdrawal|cancel|exit|close)$/.test(o.path);
    const ordered = [
      ...writes.filter((o) => !o.path.includes('{')),
      ...writes.filter((o) => o.path.includes('{') && !ending(o)),
      ...writes.filter((o) => o.path.includes('{') && ending(o)),
    ];
    let counts = await settledCounts();
    for (const [index, operation] of ordered.entries()) {
      const body = wellFormedBody(operation, created);
      const path = wellFormedPath(operation, created);
      const baseline = await send(operation, path, '', body, 'well-formed');
      baselines.push(baseline);
      if (baseline.id) created.set(collectionOf(operation), baseline.id);
      if (operation.path === '/api/v1/organizations' && baseline.id) {
        // The applicant applies and writes proposals in this organization's name.
        await bindUser(platform.as(tokens.get('administrator')!), 'applicant', baseline.id);
        tokens.set('applicant', await platform.login('applicant'));
      }
      if (baseline.status < 400) counts = await settledCounts();
      for (const mutation of mutationsOf(body, SEED + index)) {
        const preview = JSON.stringify(mutation.value).slice(0, 60);
        const answer = await send(
          operation,
          path,
          '',
          mutation.body,
          `${mutation.field}=${preview}`,
        );
        if (answer.status >= 400) {
          const now = await rowCounts();
          const rows = changed(counts, now);
          if (rows.length) stored.push({ request: answer, rows });
          counts = now;
        } else {
          if (mutation.mustRefuse) numbersAccepted.push(answer);
          counts = await settledCounts();
        }
      }
    }
    const requests = sent.slice(start);
    const serverErrors = requests.filter((s) => s.status >= 500);
    const refusedAtTheGate = baselines.filter((b) => b.status === 400);
    console.info(
      `API fuzz, well-formed mode: ${requests.length} writes on ${ordered.length} operations; ` +
        `baselines by status: ${[...new Set(baselines.map((b) => b.status))]
          .map((st) => `${st}×${baselines.filter((b) => b.status === st).length}`)
          .join(', ')}; baselines refused with 400: ${refusedAtTheGate
          .map((b) => `${b.operation} ${b.answer.slice(0, 160)}`)
          .join(' | ')}`,
    );
    // FUZZ_BASELINES=1 lists each operation's well-formed answer (which reach a service).
    if (process.env.FUZZ_BASELINES)
      console.info(baselines.map((b) => `${b.status} ${b.operation} ${b.answer}`).join('\n'));
    expect({ serverErrors, numbersAccepted, stored }).toEqual({
      serverErrors: [],
      numbersAccepted: [],
      stored: [],
    });
    // Most well-formed bodies must pass the gateway, or the mode tests nothing.
    expect(refusedAtTheGate.length).toBeLessThan(ordered.length / 4);
  });

  it('answers one well-typed hostile query parameter on every read without a 5xx', async () => {
    const start = sent.length;
    for (const operation of fuzzed().filter((o) => o.method === 'GET')) {
      const query = operation.parameters.filter((p) => p.in === 'query');
      const required = query.filter((p) => p.required);
      const path = fc.sample(pathFor(operation, false), { numRuns: 1, seed: SEED })[0];
      for (const parameter of query)
        for (const value of hostileQueryValuesFor(parameter.schema)) {
          const others = required
            .filter((p) => p !== parameter)
            .map((p) => `${encodeURIComponent(p.name)}=${validQueryValue(p.schema)}`);
          const pairs = [...others, `${encodeURIComponent(parameter.name)}=${value}`];
          await send(operation, path, `?${pairs.join('&')}`, undefined);
        }
    }
    const reads = sent.slice(start);
    expect(reads.length).toBeGreaterThan(150);
    expect(reads.filter((s) => s.status >= 500)).toEqual([]);
  });

  afterAll(() => {
    const byStatus = new Map<number, number>();
    for (const s of sent) byStatus.set(s.status, (byStatus.get(s.status) ?? 0) + 1);
    console.info(
      `API fuzz: ${sent.length} requests (seed ${SEED}, ${RUNS} bodies per write); by status: ${[
        ...byStatus,
      ]
        .sort(([a], [b]) => a - b)
        .map(([status, n]) => `${status}×${n}`)
        .join(', ')}`,
    );
  });
});
