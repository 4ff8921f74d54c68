import { createScratchDatabase } from '@civic/platform/database';
import { testServerUrl } from '@civic/testing';
import { DataSource, type EntityManager } from 'typeorm';
import { addToTally, defineTally, moveInTally, readTally, rebuildTally, tallyDrift } from '../src';

jest.setTimeout(60_000);

/** A probe: records with a street and a kind, and their tally kept beside them. */
const PROBE = defineTally({
  table: 'probe.record_tally',
  dims: { street_code: 'text', year: 'int', rural: 'boolean' },
  measures: ['n', 'fen'],
});
const SOURCE = `SELECT street_code, year, rural, count(*)::int AS n, sum(fen)::bigint AS fen
                  FROM probe.record GROUP BY street_code, year, rural`;

interface Rec {
  id: number;
  street_code: string;
  year: number;
  rural: boolean;
  fen: number;
}

/**
 * The tally helper on the real Postgres (issue #18): deltas written in the transaction of the
 * change keep the tally equal to the GROUP BY of the raw rows, through concurrent moves between
 * the same rows (no deadlock, nothing lost) and a rollback; reads group by division prefix.
 */
describe('tallies on the real Postgres (issue #18)', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let db: DataSource;

  beforeAll(async () => {
    scratch = await createScratchDatabase(testServerUrl(), 'tallies');
    db = await new DataSource({ type: 'postgres', url: scratch.url, poolSize: 10 }).initialize();
    await db.query(`CREATE SCHEMA probe`);
    await db.query(`CREATE TABLE probe.record (id int PRIMARY KEY, street_code char(9) NOT NULL,
      year int NOT NULL, rural boolean NOT NULL, fen bigint NOT NULL)`);
    await db.query(`CREATE TABLE probe.record_tally (street_code char(9), year int, rural boolean,
      n int NOT NULL, fen bigint NOT NULL,
      PRIMARY KEY (street_code, year, rural))`);
  });

  afterAll(async () => {
    await db?.destroy();
    await scratch?.drop();
  });

  const keyOf = (r: Rec) => ({ street_code: r.street_code, year: r.year, rural: r.rural });

  async function insert(manager: EntityManager, r: Rec) {
    await manager.query(`INSERT INTO probe.record VALUES ($1, $2, $3, $4, $5)`, [
      r.id,
      r.street_code,
      r.year,
      r.rural,
      r.fen,
    ]);
    await addToTally(manager, PROBE, keyOf(r), { n: 1, fen: r.fen });
  }

  /** Moves a record to another street, locking it as a service's update does. */
  async function move(id: number, street: string) {
    await db.transaction(async (manager) => {
      const [before] = await manager.query<Rec[]>(
        `SELECT id, street_code, year, rural, fen::int AS fen FROM probe.record WHERE id = $1 FOR UPDATE`,
        [id],
      );
      await manager.query(`UPDATE probe.record SET street_code = $2 WHERE id = $1`, [id, street]);
      const after = { ...before, street_code: street };
      await moveInTally(manager, PROBE, keyOf(before), keyOf(after), { n: 1, fen: before.fen });
    });
  }

  it('keeps the tally equal to the raw rows through inserts, concurrent moves both ways and a rollback', async () => {
    const streets = ['450103001', '450103002', '450102001', '450201001'];
    for (let id = 1; id <= 40; id++) {
      await db.transaction((m) =>
        insert(m, {
          id,
          street_code: streets[id % 4],
          year: 2025 + (id % 2),
          rural: id % 3 === 0,
          fen: id * 100,
        }),
      );
    }
    expect(await tallyDrift(db.manager, PROBE, SOURCE)).toEqual([]);
    // Records crossing between the same two streets at once, in both directions: the rows are
    // locked in key order, so no transaction deadlocks and every move lands.
    const moves = Array.from({ length: 40 }, (_, i) =>
      move(i + 1, i % 2 === 0 ? '450103002' : '450103001'),
    );
    const outcomes = await Promise.allSettled(moves);
    expect(outcomes.filter((o) => o.status === 'rejected')).toEqual([]);
    expect(await tallyDrift(db.manager, PROBE, SOURCE)).toEqual([]);
    // A change that rolls back takes its delta with it.
    await expect(
      db.transaction(async (m) => {
        await insert(m, { id: 99, street_code: '450103001', year: 2026, rural: true, fen: 5 });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await tallyDrift(db.manager, PROBE, SOURCE)).toEqual([]);
  });

  it('drops a row once everything moved out of it, and reports drift when the rows change alone', async () => {
    await db.transaction((m) =>
      insert(m, { id: 200, street_code: '450999001', year: 2024, rural: false, fen: 1 }),
    );
    await move(200, '450103001');
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM probe.record_tally WHERE street_code = '450999001'`,
    );
    expect(n).toBe(0);
    await db.query(`UPDATE probe.record SET fen = fen + 1 WHERE id = 200`); // behind the tally's back
    expect(await tallyDrift(db.manager, PROBE, SOURCE)).toEqual([
      {
        key: { street_code: '450103001', year: 2024, rural: false },
        tally: { n: 1, fen: 1 },
        source: { n: 1, fen: 2 },
      },
    ]);
    await db.transaction((m) => rebuildTally(m, PROBE, SOURCE));
    expect(await tallyDrift(db.manager, PROBE, SOURCE)).toEqual([]);
  });

  it('refuses a delta that would take a row below zero (a tally out of step), rolling the change back', async () => {
    const ghost = { street_code: '450888001', year: 2026, rural: true };
    await expect(
      db.transaction((m) => moveInTally(m, PROBE, ghost, null, { n: 1, fen: 3 })),
    ).rejects.toThrow(/would go below zero/);
    expect(await tallyDrift(db.manager, PROBE, SOURCE)).toEqual([]);
  });

  it('reads sums by division prefix, one level down, with conditions', async () => {
    const expected = await db.query(
      `SELECT left(street_code, 6) AS county, count(*)::int AS n, sum(fen)::int AS fen
         FROM probe.record WHERE street_code LIKE '4501%' AND year <= 2025
        GROUP BY 1 ORDER BY 1`,
    );
    expect(expected.length).toBeGreaterThan(0);
    const byCounty = await readTally(db.manager, PROBE, {
      within: { dim: 'street_code', code: '4501', groupLength: 6 },
      where: { year: { max: 2025 } },
    });
    expect(byCounty.map((g) => ({ county: g.prefix, ...g.sums }))).toEqual(expected);
    const years = await readTally(db.manager, PROBE, { groupBy: ['year', 'rural'] });
    expect(years.map((g) => g.key)).toEqual([
      { year: 2024, rural: false },
      { year: 2025, rural: false },
      { year: 2025, rural: true },
      { year: 2026, rural: false },
      { year: 2026, rural: true },
    ]);
  });
});
