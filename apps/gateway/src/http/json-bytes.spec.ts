import fc from 'fast-check';
import { checkJsonBytes } from './json-bytes';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('a request body before it is parsed', () => {
  it('accepts JSON in UTF-8, Chinese and emoji included', () => {
    expect(checkJsonBytes(bytes('{"name":"长者食堂","n":[1,{"a":"👵"}]}'))).toEqual({ ok: true });
  });

  it.each([
    ['invalid bytes', [0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]],
    ['an overlong slash', [0x22, 0xc0, 0xaf, 0x22]],
    ['a cut-off sequence', [0x22, 0xe9, 0x95, 0x22]],
    ['an encoded surrogate (CESU-8)', [0x22, 0xed, 0xa0, 0x80, 0x22]],
  ])('refuses %s', (_name, raw) => {
    expect(checkJsonBytes(Uint8Array.from(raw))).toMatchObject({ ok: false, code: 'INVALID_UTF8' });
  });

  it('refuses nesting deeper than the limit, and counts no brackets inside strings', () => {
    expect(checkJsonBytes(bytes('['.repeat(40_000) + ']'.repeat(40_000)))).toMatchObject({
      ok: false,
      code: 'JSON_TOO_DEEP',
    });
    expect(checkJsonBytes(bytes('['.repeat(32) + ']'.repeat(32)))).toEqual({ ok: true });
    expect(checkJsonBytes(bytes(`{"a":"${'['.repeat(100)}\\"[["}`))).toEqual({ ok: true });
  });

  it('agrees with JSON.parse on how deep any JSON value nests', () => {
    const depthOf = (value: unknown): number =>
      value !== null && typeof value === 'object'
        ? 1 + Math.max(0, ...Object.values(value as object).map(depthOf))
        : 0;
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 12 }), (value) => {
        const text = JSON.stringify(value);
        const expected = depthOf(value) <= 6;
        expect(checkJsonBytes(bytes(text), 6).ok).toBe(expected);
      }),
    );
  });
});
