import { PersonalDataError } from './personal-data.error';

/** Base64 of exactly 32 bytes: 43 characters and one `=`. */
export const PII_KEY_PATTERN = /^[A-Za-z0-9+/]{43}=$/;

/** A key id names the key inside every token, so it may not contain the token's `.`. */
export const PII_KEY_ID_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;

/**
 * The master key from its base64 text (`openssl rand -base64 32`), exactly 32 bytes. rule R30:
 * the error names the variable and what is wrong, never the key.
 */
export function parsePiiKey(base64: string): Buffer {
  const text = typeof base64 === 'string' ? base64.trim() : '';
  if (!PII_KEY_PATTERN.test(text)) {
    const isBase64 =
      text.length > 0 && text.length % 4 === 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(text);
    const got = isBase64 ? `, got ${Buffer.from(text, 'base64').length} bytes` : '';
    throw new PersonalDataError(
      `PII_KEY must be exactly 32 bytes, base64-encoded (openssl rand -base64 32)${got}`,
    );
  }
  return Buffer.from(text, 'base64');
}

/** Refuses a key id that cannot name a key inside a token. rule R30 */
export function assertPiiKeyId(keyId: string): void {
  if (typeof keyId !== 'string' || !PII_KEY_ID_PATTERN.test(keyId)) {
    throw new PersonalDataError('PII_KEY_ID must be 1–32 letters, digits, _ or -');
  }
}
