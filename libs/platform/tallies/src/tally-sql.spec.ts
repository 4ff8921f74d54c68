import { mergeDeltas, upsertStatement } from './add-to-tally';
import { nextPrefix, readStatement } from './read-tally';
import { defineTally } from './tally-definition';

const PROBE = defineTally({
  table: 'probe.org_tally',
  dims: { street_code: 'text', year: 'int', rural: 'boolean' },
  measures: ['n', 'fen'],
});

describe('tally SQL (issue #18): names from the definition, every value a parameter', () => {
  it('refuses names that are not plain identifiers, so no SQL is built from them', () => {
    const bad =
      (table: string, dim = 'street_code', measure = 'n') =>
      () =>
        defineTally({ table, dims: { [dim]: 'text' }, measures: [measure] });
    expect(bad('probe.t; DROP TABLE x')).toThrow(/lower-case SQL identifier/);
    expect(bad('t')).toThrow(/schema\.table/);
    expect(bad('probe.t', 'Street"')).toThrow(/lower-case SQL identifier/);
    expect(bad('probe.t', 'n', 'n')).toThrow(/names a column twice/);
  });

  it('sums deltas per row, drops rows that net to zero, and orders rows by key (no deadlocks)', () => {
    const rows = mergeDeltas(PROBE, [
      { key: { street_code: '450103002', year: 2026, rural: false }, measures: { n: 1 } },
      { key: { street_code: '450103001', year: 2026, rural: true }, measures: { n: 1, fen: 5 } },
      { key: { street_code: '450103002', year: 2026, rural: false }, measures: { n: -1 } },
      { key: { street_code: '450103001', year: 2026, rural: true }, measures: { fen: 7 } },
    ]);
    expect(rows.map((r) => [r.key, r.values])).toEqual([
      [
        ['450103001', 2026, true],
        [1, 12],
      ],
    ]);
    const reversed = mergeDeltas(PROBE, [
      { key: { street_code: '450103002', year: 2026, rural: false }, measures: { n: 1 } },
      { key: { street_code: '450103001', year: 2026, rural: false }, measures: { n: -1 } },
    ]);
    expect(reversed.map((r) => r.key[0])).toEqual(['450103001', '450103002']);
  });

  it('refuses a value of the wrong kind or a fractional amount, naming the column', () => {
    const key = { street_code: '450103001', year: 2026, rural: false };
    expect(() =>
      mergeDeltas(PROBE, [{ key: { ...key, year: '2026' as never }, measures: { n: 1 } }]),
    ).toThrow(/year must be int/);
    expect(() => mergeDeltas(PROBE, [{ key, measures: { fen: 1.5 } }])).toThrow(
      /fen must be a whole number/,
    );
  });

  it('upserts with ON CONFLICT on the dimensions, adding to each measure', () => {
    const rows = mergeDeltas(PROBE, [
      { key: { street_code: "4501'; --", year: 2026, rural: true }, measures: { n: 1 } },
    ]);
    const { sql, params } = upsertStatement(PROBE, rows);
    expect(sql).toBe(
      'INSERT INTO "probe"."org_tally" AS t ("street_code", "year", "rural", "n", "fen") ' +
        'VALUES ($1, $2, $3, $4, $5) ON CONFLICT ("street_code", "year", "rural") ' +
        'DO UPDATE SET "n" = t."n" + EXCLUDED."n", "fen" = t."fen" + EXCLUDED."fen" ' +
        'RETURNING "street_code", "year", "rural", "n", "fen"',
    );
    expect(params).toEqual(["4501'; --", 2026, true, 1, 0]);
  });

  it('reads by division prefix, grouped one level down, with conditions as parameters', () => {
    const { sql, params } = readStatement(PROBE, {
      within: { dim: 'street_code', code: '4501', groupLength: 6 },
      groupBy: ['rural'],
      where: { year: { max: 2026 }, street_code: ['450103001', '450103002'] },
    });
    expect(sql).toBe(
      'SELECT left("street_code", $5) AS "prefix", "rural", sum("n")::text AS "n", ' +
        'sum("fen")::text AS "fen" FROM "probe"."org_tally" ' +
        'WHERE "street_code" >= $1 AND "street_code" < $2 AND left("street_code", $3) = $4 ' +
        'AND "year" <= $6 AND "street_code" = ANY($7) ' +
        'GROUP BY 1, "rural" ORDER BY 1, "rural"',
    );
    expect(params).toEqual(['4501', '4502', 4, '4501', 6, 2026, ['450103001', '450103002']]);
  });

  it('bounds a prefix by the next code of its length, for the index; none past the last', () => {
    expect(nextPrefix('45')).toBe('46');
    expect(nextPrefix('450109')).toBe('450110');
    expect(nextPrefix('450199999')).toBe('450200000');
    expect(nextPrefix('99')).toBeNull();
    expect(nextPrefix('4a')).toBeNull();
    const { sql } = readStatement(PROBE, { within: { dim: 'street_code', code: 'x' } });
    expect(sql).toContain('WHERE left("street_code", $1) = $2');
  });

  it('puts no condition on the prefix for the whole province, so the planner sees every row is kept', () => {
    const { sql, params } = readStatement(PROBE, {
      within: { dim: 'street_code', code: '', groupLength: 6 },
    });
    expect(sql).toBe(
      'SELECT left("street_code", $1) AS "prefix", sum("n")::text AS "n", sum("fen")::text AS "fen" ' +
        'FROM "probe"."org_tally" GROUP BY 1 ORDER BY 1',
    );
    expect(params).toEqual([6]);
  });

  it('refuses to group by a column the tally does not have', () => {
    expect(() => readStatement(PROBE, { groupBy: ['nope' as never] })).toThrow(
      /has no dimension "nope"/,
    );
  });
});
