import type { DataSource } from 'typeorm';
import { auditEntryHash, verifyAuditChain } from '../src';
import { openAuditProbe, PROBE_SCHEMA, recordInBatches, recordMany } from './audit-fixture';

jest.setTimeout(60_000);

const TABLE = `${PROBE_SCHEMA}.audit_entry`;

/**
 * What each kind of tampering with the stored chain looks like to the verifier (R31), done with
 * plain SQL as someone with database access would. Pages of 4 make the chain cross pages. The
 * chain is written one entry per transaction (`record`), and in batches (`recordMany`, as group
 * commit writes it: entries of a batch share their time); the verifier must see no difference.
 */
describe.each<[string, (dataSource: DataSource, from: number, to: number) => Promise<unknown>]>([
  ['one entry at a time', recordMany],
  ['in batches of 5', (dataSource, from, to) => recordInBatches(dataSource, from, to, 5)],
])('verifyAuditChain on a tampered chain written %s', (_writer, write) => {
  let probe: Awaited<ReturnType<typeof openAuditProbe>>;
  const sql = (text: string, values?: unknown[]) => probe.pool.query(text, values);
  const verify = () => verifyAuditChain(probe.pool, PROBE_SCHEMA, { pageSize: 4 });

  beforeAll(async () => {
    probe = await openAuditProbe('audit_tamper');
  });
  afterAll(() => probe.close());
  beforeEach(async () => {
    await sql(`TRUNCATE ${TABLE}`);
    await write(probe.dataSource, 1, 12);
  });

  it('passes the untouched chain, across pages and past seq 9 → 10', async () => {
    expect(await verify()).toEqual({ schema: PROBE_SCHEMA, checked: 12, ok: true });
  });

  it('passes an empty chain', async () => {
    await sql(`TRUNCATE ${TABLE}`);
    expect(await verify()).toEqual({ schema: PROBE_SCHEMA, checked: 0, ok: true });
  });

  it("catches an entry's after edited by SQL, at that entry", async () => {
    await sql(
      `UPDATE ${TABLE} SET "after" = jsonb_set("after", '{tier}', '"FILING"') WHERE seq = 5`,
    );
    expect(await verify()).toEqual({
      schema: PROBE_SCHEMA,
      checked: 5,
      ok: false,
      firstBad: {
        seq: 5,
        problem: 'edited',
        detail: 'entry 5 was edited: its content no longer matches its hash',
      },
    });
  });

  it('catches an edit whose own hash was recomputed, at the next entry (its link)', async () => {
    const { rows } = await sql(`SELECT * FROM ${TABLE} WHERE seq = 5`);
    const row = rows[0];
    const after = { ...row.after, tier: 'FILING' };
    const hash = auditEntryHash({
      seq: row.seq,
      occurredAt: row.occurred_at,
      actorId: row.actor_id,
      actorRoles: row.actor_roles,
      action: row.action,
      entityType: row.entity_type,
      entityId: row.entity_id,
      before: row.before,
      after,
      requestId: row.request_id,
      prevHash: row.prev_hash,
    });
    await sql(`UPDATE ${TABLE} SET "after" = $1, hash = $2 WHERE seq = 5`, [after, hash]);
    const report = await verify();
    expect(report).toMatchObject({
      ok: false,
      checked: 6,
      firstBad: { seq: 6, problem: 'broken-link' },
    });
    expect(report.firstBad?.detail).toBe(
      "entry 6 does not link to entry 5: entry 5 was rewritten with a recomputed hash, or this entry's prev_hash was changed",
    );
  });

  it('catches a deleted middle entry, at the entry after the gap', async () => {
    await sql(`DELETE FROM ${TABLE} WHERE seq = 5`);
    expect((await verify()).firstBad).toEqual({
      seq: 6,
      problem: 'missing-before',
      detail: 'entry 6 follows entry 4: entry 5 is missing',
    });
  });

  it('catches several deleted entries, and deleted oldest entries', async () => {
    await sql(`DELETE FROM ${TABLE} WHERE seq BETWEEN 7 AND 9`);
    expect((await verify()).firstBad).toMatchObject({
      seq: 10,
      problem: 'missing-before',
      detail: 'entry 10 follows entry 6: entries 7–9 are missing',
    });
    await sql(`DELETE FROM ${TABLE} WHERE seq <= 2`);
    expect((await verify()).firstBad).toMatchObject({
      seq: 3,
      problem: 'missing-before',
      detail: 'the chain starts at entry 3: entries 1–2 are missing',
    });
  });

  it.each([
    [4, 7],
    [4, 5],
    [1, 2],
    [11, 12],
  ])(
    'catches entries %i and %i swapped, at the first of them, naming where it was written',
    async (a, b) => {
      // through a spare seq: the primary key is checked row by row
      await sql(`UPDATE ${TABLE} SET seq = -1 WHERE seq = $1`, [a]);
      await sql(`UPDATE ${TABLE} SET seq = $1 WHERE seq = $2`, [a, b]);
      await sql(`UPDATE ${TABLE} SET seq = $1 WHERE seq = -1`, [b]);
      expect((await verify()).firstBad).toEqual({
        seq: a,
        problem: 'out-of-order',
        detail: `entry ${a} is out of order: it holds the entry written as entry ${b}`,
      });
    },
  );

  it('catches a change to a stored hash, and to a prev_hash, at that entry', async () => {
    await sql(`UPDATE ${TABLE} SET hash = repeat('a', 64) WHERE seq = 3`);
    expect((await verify()).firstBad).toMatchObject({ seq: 3, problem: 'edited' });
    await sql(`TRUNCATE ${TABLE}`);
    await write(probe.dataSource, 1, 4);
    await sql(`UPDATE ${TABLE} SET prev_hash = repeat('b', 64) WHERE seq = 2`);
    expect((await verify()).firstBad).toMatchObject({ seq: 2, problem: 'edited' });
  });

  it('catches changes a JavaScript Date or double would hide: a microsecond, a 20th digit', async () => {
    await sql(
      `UPDATE ${TABLE} SET occurred_at = occurred_at + interval '1 microsecond' WHERE seq = 8`,
    );
    expect((await verify()).firstBad).toEqual({
      seq: 8,
      problem: 'edited',
      detail: 'entry 8 was edited: occurred_at has sub-millisecond digits',
    });
    await sql(`UPDATE ${TABLE} SET occurred_at = date_trunc('milliseconds', occurred_at)`);
    // the writer stored 12345678901234567000; …001 parses to the same double
    await sql(
      `UPDATE ${TABLE} SET "after" = jsonb_set("after", '{big}', '12345678901234567001') WHERE seq = 9`,
    );
    expect((await verify()).firstBad).toEqual({
      seq: 9,
      problem: 'edited',
      detail: 'entry 9 was edited: a number in after is not one a JavaScript writer can store',
    });
  });

  it('reports the first bad entry when there are several', async () => {
    await sql(`DELETE FROM ${TABLE} WHERE seq = 10`);
    await sql(`UPDATE ${TABLE} SET action = 'tier.overridden' WHERE seq = 3`);
    expect((await verify()).firstBad).toMatchObject({ seq: 3, problem: 'edited' });
  });

  /**
   * The limit of a hash chain on its own: deleting the newest entries leaves a shorter chain that
   * is still valid (as would rewriting an entry and re-hashing every one after it). Catching that
   * needs an anchor, the head's (seq, hash) kept where the database's users cannot change it.
   */
  it('cannot see the newest entries deleted: that needs an anchor kept outside the database', async () => {
    await sql(`DELETE FROM ${TABLE} WHERE seq > 10`);
    expect(await verify()).toEqual({ schema: PROBE_SCHEMA, checked: 10, ok: true });
  });
});
