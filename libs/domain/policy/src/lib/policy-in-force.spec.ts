import fc from 'fast-check';
import { policyInForce, type PolicyVersionRef } from './policy-in-force';

const v = (regionCode: string, version: string, effectiveFrom: string): PolicyVersionRef => ({
  kind: 'PRIORITY',
  regionCode,
  version,
  effectiveFrom,
});

const VERSIONS = [
  v('450000', '2026.1', '2026-01-01'),
  v('450000', '2027.1', '2027-01-01'),
  v('450100', 'nanning-2026.1', '2026-07-01'),
  v('450103', 'qingxiu-2026.1', '2026-10-01'),
  { ...v('450000', 'reserve-2026.1', '2026-01-01'), kind: 'RESERVE' as const },
];

const inForce = (regionCode: string, on: string) =>
  policyInForce(VERSIONS, { kind: 'PRIORITY', regionCode, on })?.version ?? null;

describe('issue #17 (rule R13 and every [policy] kind): the version in force', () => {
  it.each([
    ['450000', '2025-12-31', null],
    ['450000', '2026-01-01', '2026.1'],
    ['450000', '2026-12-31', '2026.1'],
    ['450000', '2027-01-01', '2027.1'],
    ['450200', '2026-08-01', '2026.1'], // 柳州 has none of its own
    ['450100', '2026-06-30', '2026.1'], // 南宁's own is not yet effective
    ['450100', '2026-07-01', 'nanning-2026.1'],
    ['450102', '2026-11-01', 'nanning-2026.1'], // a county of 南宁 without its own
    ['450103', '2026-09-30', 'nanning-2026.1'],
    ['450103', '2026-10-01', 'qingxiu-2026.1'],
    ['450103', '2027-02-01', 'qingxiu-2026.1'], // a region's own version outranks a newer parent's
  ])('%s on %s: %s', (region, on, expected) => {
    expect(inForce(region, on)).toBe(expected);
  });

  it('reads only the kind asked for', () => {
    expect(
      policyInForce(VERSIONS, { kind: 'RESERVE', regionCode: '450103', on: '2026-10-01' }),
    ).toMatchObject({ version: 'reserve-2026.1' });
    expect(
      policyInForce(VERSIONS, { kind: 'TRANCHES', regionCode: '450103', on: '2026-10-01' }),
    ).toBeNull();
  });

  it('refuses two versions of one region effective the same day rather than pick one', () => {
    const tied = [...VERSIONS, v('450000', '2026.2', '2026-01-01')];
    expect(() =>
      policyInForce(tied, { kind: 'PRIORITY', regionCode: '450000', on: '2026-03-01' }),
    ).toThrow('PRIORITY for 450000 has 2 versions effective from 2026-01-01: 2026.1, 2026.2');
  });

  it.each([
    [{ kind: 'NOPE', regionCode: '450000', on: '2026-01-01' }, 'policy kind'],
    [{ kind: 'PRIORITY', regionCode: '4501', on: '2026-01-01' }, 'regionCode'],
    [{ kind: 'PRIORITY', regionCode: '450000', on: '2026/01/01' }, 'on must be a date'],
  ])('refuses a malformed question %p', (query, message) => {
    expect(() => policyInForce(VERSIONS, query as never)).toThrow(message);
  });

  it('whatever the versions, the answer is in force on the day, for the region or a parent, and none more specific or later is', () => {
    const region = fc.constantFrom('450000', '450100', '450103');
    const day = fc
      .integer({ min: 0, max: 1000 })
      .map((n) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10));
    const versions = fc.uniqueArray(fc.record({ regionCode: region, effectiveFrom: day }), {
      selector: (x) => `${x.regionCode}|${x.effectiveFrom}`,
      maxLength: 12,
    });
    fc.assert(
      fc.property(versions, region, day, (list, asked, on) => {
        const all = list.map((x, i) => v(x.regionCode, `v${i}`, x.effectiveFrom));
        const found = policyInForce(all, { kind: 'PRIORITY', regionCode: asked, on });
        const chain = [...new Set([asked, `${asked.slice(0, 4)}00`, '450000'])];
        const eligible = all.filter((x) => chain.includes(x.regionCode) && x.effectiveFrom <= on);
        if (found === null) return eligible.length === 0;
        const depth = (x: PolicyVersionRef) => chain.indexOf(x.regionCode);
        return eligible.every(
          (x) =>
            depth(x) > depth(found) ||
            (depth(x) === depth(found) && x.effectiveFrom <= found.effectiveFrom),
        );
      }),
    );
  });
});
