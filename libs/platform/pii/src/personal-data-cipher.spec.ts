import { randomBytes } from 'node:crypto';
import { inspect } from 'node:util';
import { SEALED_VALUE_PATTERN } from '@civic/contracts';
import { residentIdCheckCharacter } from '@civic/domain/identifiers';
import { PersonalDataCipher } from './personal-data-cipher';
import { PersonalDataError } from './personal-data.error';

const KEY = randomBytes(32).toString('base64');
const OTHER_KEY = randomBytes(32).toString('base64');
/** A valid resident ID number (R30) whose check character is X. */
const RESIDENT_ID = (() => {
  const first17 = '11010519491231002';
  const id = first17 + residentIdCheckCharacter(first17);
  if (!id.endsWith('X')) throw new Error('fixture should end in X');
  return id;
})();

function errorOf(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
}

/** Every run of at least 4 characters of `text`. */
function substrings(text: string, min = 4): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i++)
    for (let j = i + min; j <= text.length; j++) out.push(text.slice(i, j));
  return out;
}

describe('PersonalDataCipher (R30)', () => {
  const cipher = new PersonalDataCipher(KEY, 'k1');

  it('round-trips text, including the empty string and non-ASCII', () => {
    for (const plain of [RESIDENT_ID, '', '张三 · 社区', 'a'.repeat(10_000)]) {
      expect(cipher.decrypt(cipher.encrypt(plain))).toBe(plain);
    }
  });

  it('writes tokens as v1.<keyId>.<base64url>, with a fresh IV each time', () => {
    const [a, b] = [cipher.encrypt(RESIDENT_ID), cipher.encrypt(RESIDENT_ID)];
    expect(a).toMatch(/^v1\.k1\.[A-Za-z0-9_-]+$/);
    expect(a).not.toBe(b);
    expect(a.split('.')[2].slice(0, 16)).not.toBe(b.split('.')[2].slice(0, 16));
  });

  it('puts no part of the plaintext in the token', () => {
    const token = cipher.encrypt(RESIDENT_ID);
    const leaks = substrings(RESIDENT_ID).filter((part) => token.includes(part));
    expect(leaks).toEqual([]);
    for (const encoding of ['base64', 'base64url', 'hex'] as const) {
      expect(token).not.toContain(Buffer.from(RESIDENT_ID).toString(encoding).slice(0, 12));
    }
  });

  it('fails authentication when any byte of the token body is flipped', () => {
    const token = cipher.encrypt(RESIDENT_ID);
    const body = Buffer.from(token.split('.')[2], 'base64url');
    for (const index of [0, 11, 12, body.length - 17, body.length - 1]) {
      const altered = Buffer.from(body);
      altered[index] ^= 0x01;
      const bad = `v1.k1.${altered.toString('base64url')}`;
      expect(() => cipher.decrypt(bad)).toThrow(/failed authentication/);
    }
  });

  it('authenticates the key id: a token relabelled for another key id does not open', () => {
    const k2 = new PersonalDataCipher(KEY, 'k2');
    const relabelled = cipher.encrypt(RESIDENT_ID).replace(/^v1\.k1\./, 'v1.k2.');
    expect(() => k2.decrypt(relabelled)).toThrow(/failed authentication/);
  });

  it('refuses a token of another key: another key id, or the same id with another key', () => {
    expect(() => new PersonalDataCipher(KEY, 'k2').decrypt(cipher.encrypt(RESIDENT_ID))).toThrow(
      /sealed under another key than k2/,
    );
    expect(() => new PersonalDataCipher(OTHER_KEY, 'k1').decrypt(cipher.encrypt('x'))).toThrow(
      /failed authentication/,
    );
  });

  it.each([
    ['not a token', 'hello'],
    ['wrong version', 'v2.k1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
    ['truncated', 'v1.k1.AAAA'],
    ['bad characters', 'v1.k1.AA+A/A=='],
    ['extra part', 'v1.k1.AAAA.AAAA'],
  ])('refuses a malformed token (%s) with a PersonalDataError', (_case, token) => {
    expect(() => cipher.decrypt(token)).toThrow(PersonalDataError);
  });

  it('never puts the plaintext (or the token) in an error message', () => {
    const token = cipher.encrypt(RESIDENT_ID);
    const flipped = token.slice(0, -2) + (token.endsWith('AA') ? 'AB' : 'AA');
    const errors = [
      errorOf(() => new PersonalDataCipher(OTHER_KEY, 'k1').decrypt(token)),
      errorOf(() => new PersonalDataCipher(KEY, 'k9').decrypt(token)),
      errorOf(() => cipher.decrypt(flipped)),
      errorOf(() => cipher.decrypt(RESIDENT_ID)),
      errorOf(() => cipher.decrypt(`v1.k1.${RESIDENT_ID}`)),
      errorOf(() => cipher.sealResidentId(RESIDENT_ID.slice(0, 17) + '0')),
      errorOf(() => cipher.sealResidentId(RESIDENT_ID.slice(0, 16))),
    ];
    for (const error of errors) {
      expect(error).toBeInstanceOf(PersonalDataError);
      for (const secret of [RESIDENT_ID, RESIDENT_ID.slice(0, 16), token, KEY, OTHER_KEY]) {
        expect(error.message).not.toContain(secret);
        expect(String(error.stack)).not.toContain(secret);
      }
    }
  });

  describe('lookupHash', () => {
    it('is stable, hex, and ignores surrounding space and the case of a final x', () => {
      const hash = cipher.lookupHash(RESIDENT_ID);
      expect(hash).toMatch(/^[0-9a-f]{64}$/);
      expect(cipher.lookupHash(RESIDENT_ID)).toBe(hash);
      expect(new PersonalDataCipher(KEY, 'k1').lookupHash(RESIDENT_ID)).toBe(hash);
      expect(cipher.lookupHash(` ${RESIDENT_ID.toLowerCase()}\n`)).toBe(hash);
    });

    it('differs between values and under another key, and never contains the value', () => {
      const hash = cipher.lookupHash(RESIDENT_ID);
      expect(cipher.lookupHash(RESIDENT_ID.slice(0, 17) + '1')).not.toBe(hash);
      expect(new PersonalDataCipher(OTHER_KEY, 'k1').lookupHash(RESIDENT_ID)).not.toBe(hash);
      expect(hash).not.toContain(RESIDENT_ID.slice(0, 6));
    });
  });

  describe('sealResidentId', () => {
    it('gives the ciphertext, the look-up hash and the masked form of the normalised number', () => {
      const sealed = cipher.sealResidentId(` ${RESIDENT_ID.toLowerCase()} `);
      expect(sealed.masked).toBe(`${RESIDENT_ID.slice(0, 6)}********${RESIDENT_ID.slice(14)}`);
      expect(sealed.hash).toBe(cipher.lookupHash(RESIDENT_ID));
      expect(cipher.decrypt(sealed.cipher)).toBe(RESIDENT_ID);
    });

    it('refuses a number that is not a valid resident ID number', () => {
      expect(() => cipher.sealResidentId(RESIDENT_ID.slice(0, 17) + '0')).toThrow(
        /cannot seal: check character/,
      );
      expect(() => cipher.sealResidentId('')).toThrow(/18 characters/);
    });
  });

  it('verifies a token of its key without giving its text, and refuses what decrypt refuses (R30)', () => {
    const token = cipher.encrypt('6222020102003456789');
    expect(cipher.verify(token)).toBeUndefined();
    expect(() => new PersonalDataCipher(KEY, 'k2').verify(token)).toThrow(/another key than k2/);
    expect(() => new PersonalDataCipher(OTHER_KEY, 'k1').verify(token)).toThrow(
      /failed authentication/,
    );
    expect(() => cipher.verify('6222020102003456789')).toThrow(PersonalDataError);
  });

  it('writes tokens the message contracts take as sealed, and never a number (R30, SEALED_VALUE_PATTERN)', () => {
    for (const plain of ['12345678', '6222020102003456789', '9'.repeat(40)]) {
      expect(cipher.encrypt(plain)).toMatch(SEALED_VALUE_PATTERN);
      expect(plain).not.toMatch(SEALED_VALUE_PATTERN);
    }
    expect(new PersonalDataCipher(KEY, 'rotated_2026-k9').encrypt('')).toMatch(
      SEALED_VALUE_PATTERN,
    );
  });

  it('keeps key material out of logs and JSON', () => {
    const shown = `${JSON.stringify(cipher)} ${inspect(cipher)}`;
    expect(shown).not.toContain(KEY);
    expect(shown).not.toMatch(/[A-Za-z0-9+/]{40,}/);
  });

  it('refuses a key id that could not be read back from a token', () => {
    for (const keyId of ['', 'k.1', 'k 1', 'x'.repeat(33)]) {
      expect(() => new PersonalDataCipher(KEY, keyId)).toThrow(/PII_KEY_ID/);
    }
  });
});
