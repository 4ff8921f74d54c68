import { type FieldCheck, refused, stripDigitGroupSpaces } from './field-check';

export type PhoneKind = 'MOBILE' | 'LANDLINE';
export type PhoneFailure = 'NOT_TEXT' | 'FORMAT';

/** Mainland mobile numbers: 11 digits, 1 then 3–9 (MIIT numbering plan). */
const MOBILE = /^1[3-9]\d{9}$/;
/**
 * Mainland landlines: the area code (010 and 02X take 3 digits, every other 0XXX takes 4), an
 * optional hyphen, the 7- or 8-digit local number, and an optional extension after a hyphen.
 */
const LANDLINE = /^(0(?:10|2\d|[3-9]\d{2}))-?(\d{7,8})(?:-(\d{1,6}))?$/;

// rule R4: a phone number as stored, without the spaces typed between groups of digits.
export function normalizePhone(text: string): string {
  return stripDigitGroupSpaces(text.trim());
}

// rule R4, rule R23: which kind of mainland number the text is, or null when it is neither.
export function phoneKind(value: unknown): PhoneKind | null {
  if (typeof value !== 'string') return null;
  const phone = normalizePhone(value);
  if (MOBILE.test(phone)) return 'MOBILE';
  if (LANDLINE.test(phone)) return 'LANDLINE';
  return null;
}

/**
 * rule R4, rule R23: a contact phone is a mainland mobile (1[3-9] and 9 more digits, e.g.
 * 13800771234) or landline number (0771-5551234, 01012345678, 0771-5551234-801). Spaces between
 * groups are dropped first (normalizePhone). The message never repeats the number.
 */
export function validatePhone(value: unknown): FieldCheck<PhoneFailure> {
  if (typeof value !== 'string') return refused('NOT_TEXT', 'must be text');
  if (phoneKind(value) === null) {
    return refused(
      'FORMAT',
      'must be a mainland mobile number (11 digits, 1[3-9]…) or a landline number (area code, optional hyphen, 7–8 digits, optional -extension)',
    );
  }
  return { valid: true };
}

// rule R30: a phone number shown masked: a mobile as 138****1234, a landline with its area
// code and last 4 digits (0771-***1234), any extension left out.
export function maskPhone(phone: string): string {
  const text = normalizePhone(String(phone));
  if (MOBILE.test(text)) return `${text.slice(0, 3)}****${text.slice(7)}`;
  const landline = LANDLINE.exec(text);
  if (landline) {
    const local = landline[2];
    return `${landline[1]}-${'*'.repeat(local.length - 4)}${local.slice(-4)}`;
  }
  return '*'.repeat(text.length);
}
