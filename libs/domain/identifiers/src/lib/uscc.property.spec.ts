import fc from 'fast-check';
import { USCC_CHARSET, usccCheckCharacter, validateUscc } from './uscc';

const charsetChar = fc.constantFrom(...USCC_CHARSET);
const digit = fc.constantFrom(...'0123456789');
/** 17-character bodies: 2 charset characters, a 6-digit division code, 9 charset characters. */
const body = fc
  .tuple(
    fc.array(charsetChar, { minLength: 2, maxLength: 2 }),
    fc.array(digit, { minLength: 6, maxLength: 6 }),
    fc.array(charsetChar, { minLength: 9, maxLength: 9 }),
  )
  .map((parts) => parts.map((p) => p.join('')).join(''));

describe('rule R29: USCC properties', () => {
  it('rule R29: any body plus its computed check character validates', () => {
    fc.assert(
      fc.property(body, (b) => {
        const check = usccCheckCharacter(b);
        expect(USCC_CHARSET).toContain(check);
        expect(validateUscc(b + check)).toEqual({ valid: true });
      }),
    );
  });

  it('rule R29: a valid code satisfies Σ value_i · 3^(i−1) + check value ≡ 0 (mod 31)', () => {
    fc.assert(
      fc.property(body, (b) => {
        const code = b + usccCheckCharacter(b);
        const values = [...code].map((ch) => USCC_CHARSET.indexOf(ch));
        const weighted = values.slice(0, 17).reduce((acc, v, i) => acc + v * 3 ** i, 0);
        expect((weighted + values[17]) % 31).toBe(0);
      }),
    );
  });

  it('rule R29: changing any single character of a valid code makes it invalid', () => {
    fc.assert(
      fc.property(body, fc.nat({ max: 17 }), charsetChar, (b, index, replacement) => {
        const code = b + usccCheckCharacter(b);
        fc.pre(code[index] !== replacement);
        const mutated = code.slice(0, index) + replacement + code.slice(index + 1);
        expect(validateUscc(mutated).valid).toBe(false);
      }),
    );
  });

  it('rule R29: changing a character to one outside the set fails with CHARSET', () => {
    fc.assert(
      fc.property(body, fc.nat({ max: 17 }), fc.constantFrom(...'IOZSVaz-* '), (b, index, bad) => {
        const code = b + usccCheckCharacter(b);
        const mutated = code.slice(0, index) + bad + code.slice(index + 1);
        expect(validateUscc(mutated)).toMatchObject({ valid: false, reason: 'CHARSET' });
      }),
    );
  });
});
