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
import {
  decision,
  openAuditProbe,
  PROBE_SCHEMA,
  recordInBatches,
  recordMany,
} from './audit-fixture';

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

  describe('recordMany (group commit: a batch of decisions, one lock)', () => {
    const range = (from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => from + i);

    it('appends the entries in the order given, contiguous and linked, after what record wrote', async () => {
      const [first] = await recordMany(probe.dataSource, 1, 1);
      const batch = await probe.dataSource.transaction((manager) =>
        trail.recordMany(manager, range(2, 6).map(decision)),
      );
      const [last] = await recordMany(probe.dataSource, 7, 7);
      expect(batch.map((e) => e.seq)).toEqual([2, 3, 4, 5, 6]);
      expect(batch.map((e) => e.entityId)).toEqual(['org-2', 'org-3', 'org-4', 'org-5', 'org-6']);
      expect(batch[0].prevHash).toBe(first.hash);
      batch.slice(1).forEach((entry, i) => expect(entry.prevHash).toBe(batch[i].hash));
      expect(last).toMatchObject({ seq: 7, prevHash: batch[4].hash });
      for (const entry of batch) expect(auditEntryHash(entry)).toBe(entry.hash);
      expect(await verifyAuditChain(probe.pool, PROBE_SCHEMA)).toEqual({
        schema: PROBE_SCHEMA,
        checked: 7,
        ok: true,
      });
    });

    it('stores each entry as record would: read back through TypeORM, each hashes the same', async () => {
      const written = await recordInBatches(probe.dataSource, 1, 8, 8);
      const read = await probe.dataSource.getRepository(AuditEntry).find({ order: { seq: 'ASC' } });
      expect(read.map((e) => e.hash)).toEqual(written.map((e) => e.hash));
      for (const entry of read) expect(auditEntryHash(entry)).toBe(entry.hash);
      // decision(4) has no before: SQL NULL, as record stores it; a null before is NULL too
      const { rows } = await probe.pool.query(
        `SELECT seq::int, "before" IS NULL AS no_before FROM ${PROBE_SCHEMA}.audit_entry
          WHERE seq IN (3, 4) ORDER BY seq`,
      );
      expect(rows).toEqual([
        { seq: 3, no_before: false },
        { seq: 4, no_before: true },
      ]);
      const nulls = await probe.dataSource.transaction((m) =>
        trail.recordMany(m, [{ ...decision(9), before: null, after: undefined }]),
      );
      expect(nulls[0]).toMatchObject({ seq: 9, before: null, after: null });
      const stored = await probe.pool.query(
        `SELECT "before" IS NULL AS b, "after" IS NULL AS a FROM ${PROBE_SCHEMA}.audit_entry WHERE seq = 9`,
      );
      expect(stored.rows[0]).toEqual({ b: true, a: true });
      expect(await verifyAuditChain(probe.pool, PROBE_SCHEMA)).toMatchObject({
        ok: true,
        checked: 9,
      });
    });

    it('keeps the chain whole when batches and single records race: contiguous, verifying', async () => {
      const writers = range(0, 11).map((w) =>
        probe.dataSource.transaction(async (manager) => {
          const entries =
            w % 3 === 0
              ? [await trail.record(manager, decision(100 + w))]
              : await trail.recordMany(
                  manager,
                  range(1, 7).map((i) => decision(w * 10 + i)),
                );
          await manager.query('SELECT pg_sleep(0.002)'); // hold the lock a little: others queue
          return entries;
        }),
      );
      const written = (await Promise.all(writers)).flat();
      expect(written).toHaveLength(4 + 8 * 7);
      expect(await seqs()).toEqual(range(1, 60));
      // each batch holds a run of seqs of its own
      for (const batch of await Promise.all(writers)) {
        expect(batch.map((e) => e.seq)).toEqual(
          range(batch[0].seq, batch[0].seq + batch.length - 1),
        );
      }
      expect(await verifyAuditChain(probe.pool, PROBE_SCHEMA, { pageSize: 7 })).toEqual({
        schema: PROBE_SCHEMA,
        checked: 60,
        ok: true,
      });
    });

    it('writes nothing when the transaction rolls back, and the next batch follows the last commit', async () => {
      await recordInBatches(probe.dataSource, 1, 3, 3);
      await expect(
        probe.dataSource.transaction(async (manager) => {
          await trail.recordMany(manager, range(4, 8).map(decision));
          throw new Error('the batch failed');
        }),
      ).rejects.toThrow('the batch failed');
      expect(await seqs()).toEqual([1, 2, 3]);
      const next = await recordInBatches(probe.dataSource, 9, 10, 2);
      expect(next.map((e) => e.seq)).toEqual([4, 5]);
      expect(await verifyAuditChain(probe.pool, PROBE_SCHEMA)).toMatchObject({
        ok: true,
        checked: 5,
      });
    });

    it('refuses the whole batch when one entry misses who, what or which, before writing any', async () => {
      await expect(
        probe.dataSource.transaction((manager) =>
          trail.recordMany(manager, [decision(1), { ...decision(2), entityId: ' ' }]),
        ),
      ).rejects.toThrow('entityId');
      expect(await seqs()).toEqual([]);
    });

    it('refuses to record outside a transaction, and records nothing for an empty batch', async () => {
      await expect(trail.recordMany(probe.dataSource.manager, [decision(1)])).rejects.toThrow(
        /inside the transaction/,
      );
      expect(await probe.dataSource.transaction((m) => trail.recordMany(m, []))).toEqual([]);
      expect(await seqs()).toEqual([]);
    });
  });
});
