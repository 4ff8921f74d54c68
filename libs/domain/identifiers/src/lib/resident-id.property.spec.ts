import fc from 'fast-check';
import { residentIdCheckCharacter, validateResidentId } from './resident-id';

const AS_OF = new Date('2026-06-30T00:00:00Z');
const digits = (n: number) =>
  fc.array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n }).map((d) => d.join(''));
const birthDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: AS_OF, noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10).replace(/-/g, ''));
/** 6-digit region, a real birth date up to AS_OF, 3-digit sequence number. */
const body = fc.tuple(digits(6), birthDate, digits(3)).map((parts) => parts.join(''));
const ID_CHARS = '0123456789X';

describe('rule R30: resident ID properties', () => {
  it('rule R30: any body with a real birth date plus its computed check character validates', () => {
    fc.assert(
      fc.property(body, (b) => {
        expect(validateResidentId(b + residentIdCheckCharacter(b), AS_OF)).toEqual({ valid: true });
      }),
    );
  });

  it('rule R30: a valid number satisfies ISO 7064 MOD 11-2: Σ a_i · 2^(18−i) ≡ 1 (mod 11), X = 10', () => {
    fc.assert(
      fc.property(body, (b) => {
        const id = b + residentIdCheckCharacter(b);
        const sum = [...id].reduce(
          (acc, ch, i) => acc + (ch === 'X' ? 10 : Number(ch)) * 2 ** (17 - i),
          0,
        );
        expect(sum % 11).toBe(1);
      }),
    );
  });

  it('rule R30: changing any single character of a valid number makes it invalid', () => {
    fc.assert(
      fc.property(body, fc.nat({ max: 17 }), fc.constantFrom(...ID_CHARS), (b, index, ch) => {
        const id = b + residentIdCheckCharacter(b);
        fc.pre(id[index] !== ch);
        const mutated = id.slice(0, index) + ch + id.slice(index + 1);
        const result = validateResidentId(mutated, AS_OF);
        expect(result.valid).toBe(false);
        expect(result.valid === false && result.message).not.toContain(mutated);
      }),
    );
  });

  it('rule R30: a single-digit change outside the birth date is caught by the check character', () => {
    const outsideBirthDate = fc.constantFrom(0, 1, 2, 3, 4, 5, 14, 15, 16);
    fc.assert(
      fc.property(body, outsideBirthDate, fc.constantFrom(...'0123456789'), (b, index, d) => {
        const id = b + residentIdCheckCharacter(b);
        fc.pre(id[index] !== d);
        const mutated = id.slice(0, index) + d + id.slice(index + 1);
        expect(validateResidentId(mutated, AS_OF)).toMatchObject({ reason: 'CHECK_CHARACTER' });
      }),
    );
  });
});
