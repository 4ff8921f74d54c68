import { IdentifierCheck, invalid, UsccFailure, VALID } from './identifier-check';

/** GB 32100-2015 character set: digits and 21 capital letters (no I, O, Z, S, V). rule R29 */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** Weights for positions 1–17: 3^(i−1) mod 31. rule R29 */
export const USCC_WEIGHTS: readonly number[] = [
  1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];
export const USCC_LENGTH = 18;

const ALLOWED = '0-9 and A-H, J-N, P-R, T, U, W-Y';

// rule R29: trim and upper-case user input before validating it.
export function normalizeUscc(s: string): string {
  return s.trim().toUpperCase();
}

// rule R29: the check character for the first 17 characters of a unified social credit code.
export function usccCheckCharacter(first17: string): string {
  if (typeof first17 !== 'string' || first17.length !== USCC_LENGTH - 1) {
    throw new RangeError('usccCheckCharacter needs exactly 17 characters');
  }
  let sum = 0;
  for (let i = 0; i < first17.length; i++) {
    const value = USCC_CHARSET.indexOf(first17[i]);
    if (value < 0) {
      throw new RangeError(
        `character '${first17[i]}' at position ${i + 1} is not allowed in a USCC`,
      );
    }
    sum += value * USCC_WEIGHTS[i];
  }
  return USCC_CHARSET[(31 - (sum % 31)) % 31];
}

// rule R29: validate an 18-character unified social credit code (GB 32100-2015).
export function validateUscc(code: string): IdentifierCheck<UsccFailure> {
  if (typeof code !== 'string' || code.length !== USCC_LENGTH) {
    const got = typeof code === 'string' ? `${code.length}` : typeof code;
    return invalid('LENGTH', `unified social credit code must be 18 characters, got ${got}`);
  }
  const badIndex = [...code].findIndex((ch) => !USCC_CHARSET.includes(ch));
  if (badIndex >= 0) {
    const ch = code[badIndex];
    const hint = ch !== ch.toUpperCase() ? ' (letters must be upper case)' : '';
    return invalid(
      'CHARSET',
      `character '${ch}' at position ${badIndex + 1} is not allowed; allowed are ${ALLOWED}${hint}`,
    );
  }
  const division = code.slice(2, 8);
  if (!/^\d{6}$/.test(division)) {
    return invalid(
      'DIVISION_CODE',
      `administrative division code (positions 3-8) must be 6 digits, got '${division}'`,
    );
  }
  const expected = usccCheckCharacter(code.slice(0, 17));
  if (code[17] !== expected) {
    return invalid(
      'CHECK_CHARACTER',
      `check character should be '${expected}' but is '${code[17]}'`,
    );
  }
  return VALID;
}

/**
 * Registration authorities, the code's first character (GB 32100-2015, appendix A). rule R29
 */
export const USCC_AUTHORITIES: Readonly<Record<string, string>> = Object.freeze({
  '1': 'the staffing office (机构编制)',
  '2': 'foreign affairs (外交)',
  '3': 'justice (司法行政)',
  '4': 'culture (文化)',
  '5': 'civil affairs (民政)',
  '6': 'tourism (旅游)',
  '7': 'religious affairs (宗教)',
  '8': 'trade unions (工会)',
  '9': 'market regulation (工商), for enterprises',
  A: 'the military staffing office (中央军委改革和编制办公室)',
  N: 'agriculture (农业)',
  Y: 'another authority (其他)',
});

/** Civil affairs: the authority that registers social organizations. rule R29 */
export const CIVIL_AFFAIRS_AUTHORITY = '5';

// rule R29: a social organization's code is a valid code issued by civil affairs (first character 5).
export function validateSocialOrganizationUscc(code: string): IdentifierCheck<UsccFailure> {
  const check = validateUscc(code);
  if (!check.valid || code[0] === CIVIL_AFFAIRS_AUTHORITY) return check;
  const issuer = USCC_AUTHORITIES[code[0]] ?? 'no registration authority';
  return invalid(
    'AUTHORITY',
    `a social organization's code is issued by civil affairs: position 1 must be '5', ` +
      `but '${code[0]}' is ${issuer}`,
  );
}
