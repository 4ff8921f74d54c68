import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import {
  AuditEntry,
  auditEntryHash,
  AuditTrail,
  findAuditSchemas,
  GENESIS_HASH,
  verifyAuditChain,
} from '../src';
import { decision, openAuditProbe, PROBE_SCHEMA, recordMany } from './audit-fixture';

jest.setTimeout(60_000);

/** AuditTrail.record on the real Postgres (R31): in the caller's transaction, one writer at a time. */
describe('AuditTrail', () => {
  let probe: Awaited<ReturnType<typeof openAuditProbe>>;
  const trail = new AuditTrail();

  beforeAll(async () => {
    probe = await openAuditProbe('audit_trail');
  });
  afterAll(() => probe.close());
  beforeEach(() => probe.pool.query(`TRUNCATE ${PROBE_SCHEMA}.audit_entry`));

  const seqs = async () =>
    (
      await probe.pool.query(`SELECT seq::int FROM ${PROBE_SCHEMA}.audit_entry ORDER BY seq`)
    ).rows.map((r) => r.seq);

  it('refuses to record outside a transaction', async () => {
    await expect(trail.record(probe.dataSource.manager, decision(1))).rejects.toThrow(
      /inside the transaction/,
    );
    expect(await seqs()).toEqual([]);
  });

  it('starts the chain at seq 1 from the genesis hash, and links each entry to the one before', async () => {
    const [first, second] = await recordMany(probe.dataSource, 1, 2);
    expect(first).toMatchObject({ seq: 1, prevHash: GENESIS_HASH });
    expect(second).toMatchObject({ seq: 2, prevHash: first.hash });
    const { rows } = await probe.pool.query(
      `SELECT bool_and(occurred_at = date_trunc('milliseconds', occurred_at)) AS ms
         FROM ${PROBE_SCHEMA}.audit_entry`,
    );
    expect(rows[0].ms).toBe(true);
  });

  it('gives 30 concurrent transactions seq 1..30, contiguous, and a chain that verifies', async () => {
    const entries = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        probe.dataSource.transaction(async (manager) => {
          const entry = await trail.record(manager, decision(i + 1));
          await manager.query('SELECT pg_sleep(0.002)'); // hold the lock a little: others queue
          return entry;
        }),
      ),
    );
    expect(entries.map((e) => e.seq).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 30 }, (_, i) => i + 1),
    );
    expect(await seqs()).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(await verifyAuditChain(probe.pool, PROBE_SCHEMA)).toEqual({
      schema: PROBE_SCHEMA,
      checked: 30,
      ok: true,
    });
    const { rows } = await probe.pool.query(
      `SELECT bool_and(occurred_at >= prev) AS rising FROM (
         SELECT occurred_at, lag(occurred_at) OVER (ORDER BY seq) AS prev
           FROM ${PROBE_SCHEMA}.audit_entry) t WHERE prev IS NOT NULL`,
    );
    expect(rows[0].rising).toBe(true);
  });

  it('makes a second writer wait until the first commits, then link to its entry', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let firstDone = false;
    const first = probe.dataSource.transaction(async (manager) => {
      const entry = await trail.record(manager, decision(1));
      await held;
      firstDone = true;
      return entry;
    });
    await sleep(100);
    const second = probe.dataSource.transaction(async (manager) => {
      const entry = await trail.record(manager, decision(2));
      expect(firstDone).toBe(true);
      return entry;
    });
    await sleep(200);
    release();
    const [a, b] = await Promise.all([first, second]);
    expect(b).toMatchObject({ seq: a.seq + 1, prevHash: a.hash });
  });

  it('leaves no entry and no gap when the transaction rolls back', async () => {
    await recordMany(probe.dataSource, 1, 2);
    await expect(
      probe.dataSource.transaction(async (manager) => {
        await trail.record(manager, decision(3));
        throw new Error('the decision failed');
      }),
    ).rejects.toThrow('the decision failed');
    expect(await seqs()).toEqual([1, 2]);
    const [next] = await recordMany(probe.dataSource, 4, 4);
    expect(next.seq).toBe(3);
    expect(await verifyAuditChain(probe.pool, PROBE_SCHEMA)).toMatchObject({
      ok: true,
      checked: 3,
    });
  });

  it('stores exactly what it hashed: the entry read back through TypeORM hashes the same', async () => {
    const awkward = {
      actor: { userId: 'u"1', roles: ['NULL', 'a,b', '{x}', '"q"', ''] },
      action: 'personal-data.unmasked',
      entityType: 'organization',
      entityId: 'org-1',
      before: { z: 1, a: { y: [3, 1, { b: undefined, a: null }], x: 'é\u0001\\' }, d: new Date(0) },
      after: [1e21, 1e-7, 0.1 + 0.2, -0, Number.MAX_SAFE_INTEGER, 'text', true, null],
    };
    const written = await probe.dataSource.transaction((m) => trail.record(m, awkward));
    const read = await probe.dataSource.getRepository(AuditEntry).findOneByOrFail({ seq: 1 });
    expect(read.seq).toBe(1);
    expect(read.occurredAt.getTime()).toBe(written.occurredAt.getTime());
    expect(auditEntryHash(read)).toBe(read.hash);
    expect(read.hash).toBe(written.hash);
    expect(await verifyAuditChain(probe.pool, PROBE_SCHEMA)).toMatchObject({ ok: true });
  });

  it('keeps one chain per schema, each from seq 1, and finds every schema that has one', async () => {
    const other = await probe.openSchema('audit_probe_other');
    await recordMany(probe.dataSource, 1, 3);
    const [first] = await recordMany(other, 1, 2);
    expect(first).toMatchObject({ seq: 1, prevHash: GENESIS_HASH });
    expect(await findAuditSchemas(probe.pool)).toEqual([PROBE_SCHEMA, 'audit_probe_other']);
    expect(await verifyAuditChain(probe.pool, 'audit_probe_other')).toMatchObject({
      ok: true,
      checked: 2,
    });
  });

  it('refuses a data source that does not map AuditEntry', async () => {
    const bare = await new DataSource({
      type: 'postgres',
      url: probe.url,
      entities: [],
    }).initialize();
    try {
      await expect(bare.transaction((m) => trail.record(m, decision(1)))).rejects.toThrow(
        /AUDIT_ENTITIES/,
      );
    } finally {
      await bare.destroy();
    }
  });
});
