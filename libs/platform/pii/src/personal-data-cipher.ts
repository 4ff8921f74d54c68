import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  createSecretKey,
  hkdfSync,
  type KeyObject,
  randomBytes,
} from 'node:crypto';
import { maskResidentId, normalizeResidentId, validateResidentId } from '@civic/domain/identifiers';
import { PersonalDataError } from './personal-data.error';
import { assertPiiKeyId, parsePiiKey } from './pii-key';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HKDF_SALT = 'civic-grants/pii';
const ENCRYPTION_INFO = 'civic-grants/pii/v1/aes-256-gcm';
const LOOKUP_INFO = 'civic-grants/pii/v1/lookup-hmac-sha256';

/** A resident ID number at rest (rule R30): ciphertext, keyed look-up hash and masked form. */
export interface SealedResidentId {
  cipher: string;
  hash: string;
  masked: string;
}

/**
 * Encrypts personal data at rest (rule R30). From one master key it derives (HKDF-SHA256, one
 * label each) an AES-256-GCM key for tokens and an HMAC-SHA256 key for look-up hashes, so
 * neither key gives the other. Tokens read `v1.<keyId>.<base64url(iv | ciphertext | tag)>`; the
 * `v1.<keyId>` prefix is authenticated too. Errors never contain the data, the token or a key.
 */
export class PersonalDataCipher {
  private readonly encryptionKey: KeyObject;
  private readonly lookupKey: KeyObject;
  private readonly prefix: string;

  constructor(
    masterKeyBase64: string,
    readonly keyId: string,
  ) {
    assertPiiKeyId(keyId);
    const master = parsePiiKey(masterKeyBase64);
    const derive = (info: string) =>
      createSecretKey(Buffer.from(hkdfSync('sha256', master, HKDF_SALT, info, 32)));
    this.encryptionKey = derive(ENCRYPTION_INFO);
    this.lookupKey = derive(LOOKUP_INFO);
    master.fill(0);
    this.prefix = `${VERSION}.${keyId}`;
  }

  /** A fresh token for `plain`: a new random IV each time, so equal values give unequal tokens. */
  encrypt(plain: string): string {
    if (typeof plain !== 'string') throw new PersonalDataError('only text can be encrypted');
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv, {
      authTagLength: TAG_BYTES,
    });
    cipher.setAAD(Buffer.from(this.prefix));
    const body = Buffer.concat([
      iv,
      cipher.update(plain, 'utf8'),
      cipher.final(),
      cipher.getAuthTag(),
    ]);
    return `${this.prefix}.${body.toString('base64url')}`;
  }

  /** The text inside a token of this key; throws on another key, a bad format or an altered token. */
  decrypt(token: string): string {
    return this.open(token).toString('utf8');
  }

  /**
   * Checks, as `decrypt` does, that a token is this key's and unaltered, without giving its text
   * (which is wiped): for a service that keeps a token another service sealed and leaves opening
   * it to one place (finance's payment requests, R30: only the payment executor opens them).
   */
  verify(token: string): void {
    this.open(token).fill(0);
  }

  private open(token: string): Buffer {
    const body = this.bodyOf(token);
    const decipher = createDecipheriv(
      'aes-256-gcm',
      this.encryptionKey,
      body.subarray(0, IV_BYTES),
      { authTagLength: TAG_BYTES },
    );
    decipher.setAAD(Buffer.from(this.prefix));
    decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
    try {
      const plain = decipher.update(body.subarray(IV_BYTES, body.length - TAG_BYTES));
      const whole = Buffer.concat([plain, decipher.final()]);
      plain.fill(0);
      return whole;
    } catch {
      throw new PersonalDataError(
        `personal data token failed authentication under key ${this.keyId}: wrong key or altered token`,
      );
    }
  }

  /**
   * A keyed hash to find a record by its value without decrypting (hex HMAC-SHA256), of the value
   * trimmed and upper-cased: a resident ID number ending in x or X hashes the same.
   */
  lookupHash(plain: string): string {
    if (typeof plain !== 'string') throw new PersonalDataError('only text can be hashed');
    return createHmac('sha256', this.lookupKey)
      .update(normalizeForLookup(plain), 'utf8')
      .digest('hex');
  }

  /** A resident ID number, normalised and validated (GB 11643-1999), sealed for storage. rule R30 */
  sealResidentId(plain: string): SealedResidentId {
    const id = normalizeResidentId(typeof plain === 'string' ? plain : '');
    const check = validateResidentId(id);
    if (!check.valid) throw new PersonalDataError(`cannot seal: ${check.message}`);
    return { cipher: this.encrypt(id), hash: this.lookupHash(id), masked: maskResidentId(id) };
  }

  private bodyOf(token: string): Buffer {
    const parts = typeof token === 'string' ? token.split('.') : [];
    if (parts.length !== 3 || !/^[A-Za-z0-9_-]+$/.test(parts[2])) {
      throw new PersonalDataError('not a personal data token (expected v1.<keyId>.<data>)');
    }
    if (parts[0] !== VERSION)
      throw new PersonalDataError('unsupported personal data token version');
    if (parts[1] !== this.keyId) {
      throw new PersonalDataError(
        `personal data token was sealed under another key than ${this.keyId}`,
      );
    }
    const body = Buffer.from(parts[2], 'base64url');
    if (body.length < IV_BYTES + TAG_BYTES) {
      throw new PersonalDataError('personal data token is truncated');
    }
    return body;
  }
}

/** Trimmed and upper-cased, as resident ID numbers are normalised (rule R30). */
export function normalizeForLookup(plain: string): string {
  return plain.trim().toUpperCase();
}
