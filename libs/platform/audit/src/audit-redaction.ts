import {
  isEmailAddress,
  maskAccountNumber,
  maskContact,
  maskPhone,
  maskResidentId,
  normalizeResidentId,
  phoneKind,
  residentIdCheckCharacter,
} from '@civic/domain/identifiers';

/** What a reader of the audit trail sees instead of a sealed value or a secret. rule R30 */
export const SEALED = '[sealed]';

/** A PersonalDataCipher token, `v1.<keyId>.<base64url(iv | ciphertext | tag)>`: ≥ 29 bytes. */
const CIPHER_TOKEN = /^v\d+\.[A-Za-z0-9_-]{1,32}\.[A-Za-z0-9_-]{39,}$/;
/** Fields that hold a token or a secret by name: `accountNumberSealed`, `passwordHash`… */
const SECRET_KEY = /(Sealed|^password|^passwordHash|[sS]ecret)$/;
/** Fields whose text is a phone number or a contact (phone or e-mail) when it looks like one. */
const PHONE_KEY = /(phone|mobile|tel|contact)$/i;
/** Fields whose digits are a bank account number. */
const ACCOUNT_KEY = /account(number|no)$/i;
const ACCOUNT_DIGITS = /^\d[\d ]{6,38}\d$/;
/** A resident ID number inside text, not part of a longer word (a hash, an id). */
const EMBEDDED_RESIDENT_ID = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;

/**
 * An audit entry's `before` or `after` as an administrator may read it (rule R30 on R31's
 * record). The services record masked forms already (`residentIdMasked`, `contactPhoneMasked`…);
 * this is the reader's guard for what a writer let through whole:
 *  - a sealed value (`{ cipher, masked, hash? }`) shows as its masked form, a bare cipher token,
 *    a `…Sealed` field and a password hash or secret as "[sealed]";
 *  - a resident ID number (one whose check character fits, GB 11643, alone or inside text)
 *    shows masked (first 6, `********`, last 4);
 *  - a mainland mobile number anywhere, a landline or e-mail address in a phone or contact field,
 *    and the digits of an account number field, show masked as the platform masks them.
 * Everything else passes unchanged; masking a masked value changes nothing.
 */
export function maskPersonalData(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => maskPersonalData(item, key));
  if (value !== null && typeof value === 'object')
    return maskObject(value as Record<string, unknown>);
  if (typeof value !== 'string') return value;
  if (SECRET_KEY.test(key) || CIPHER_TOKEN.test(value)) return SEALED;
  return maskText(value, key);
}

function maskObject(object: Record<string, unknown>): unknown {
  if (typeof object.cipher === 'string') {
    return typeof object.masked === 'string' ? maskText(object.masked, '') : SEALED;
  }
  return Object.fromEntries(
    Object.entries(object).map(([key, item]) => [key, maskPersonalData(item, key)]),
  );
}

function maskText(text: string, key: string): string {
  if (phoneKind(text) === 'MOBILE' || (PHONE_KEY.test(key) && phoneKind(text) !== null)) {
    return maskPhone(text);
  }
  if (PHONE_KEY.test(key) && isEmailAddress(text)) return maskContact(text);
  if (ACCOUNT_KEY.test(key) && ACCOUNT_DIGITS.test(text)) return maskAccountNumber(text);
  // Any 18 characters whose check character fits (GB 11643), whatever their birth date says.
  return text.replace(EMBEDDED_RESIDENT_ID, (found) => {
    const id = normalizeResidentId(found);
    return residentIdCheckCharacter(id.slice(0, 17)) === id[17] ? maskResidentId(id) : found;
  });
}
