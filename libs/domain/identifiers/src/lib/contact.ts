import { type FieldCheck, refused } from './field-check';
import { maskPhone, normalizePhone, phoneKind, type PhoneKind } from './phone';

export type ContactKind = PhoneKind | 'EMAIL';
export type ContactFailure = 'NOT_TEXT' | 'FORMAT';

const EMAIL_MAX_LENGTH = 254;
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

// rule R23: an e-mail address someone can be answered at: local@domain.tld, ASCII (RFC 5321
// sizes: local part ≤ 64, whole ≤ 254), a domain of labels and a top-level domain of letters.
export function isEmailAddress(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const text = value.trim();
  if (text.length > EMAIL_MAX_LENGTH) return false;
  const at = text.lastIndexOf('@');
  if (at < 1) return false;
  const [local, domain] = [text.slice(0, at), text.slice(at + 1)];
  const labels = domain.split('.');
  return (
    local.length <= 64 &&
    LOCAL_PART.test(local) &&
    labels.length >= 2 &&
    labels.every((label) => DOMAIN_LABEL.test(label)) &&
    /^[A-Za-z]{2,63}$/.test(labels[labels.length - 1])
  );
}

// rule R23: what kind of contact the text is (a mainland phone number or an e-mail), or null.
export function contactKind(value: unknown): ContactKind | null {
  return phoneKind(value) ?? (isEmailAddress(value) ? 'EMAIL' : null);
}

/**
 * rule R23: whoever objects to a publicity notice can be answered: the contact is a mainland
 * mobile or landline number, or an e-mail address. Free text is refused; the message never
 * repeats the contact.
 */
export function validateContact(value: unknown): FieldCheck<ContactFailure> {
  if (typeof value !== 'string') return refused('NOT_TEXT', 'must be text');
  if (contactKind(value) === null) {
    return refused('FORMAT', 'must be a mainland phone number or an e-mail address');
  }
  return { valid: true };
}

// rule R23: a contact as stored: a phone without its spaces, an e-mail trimmed.
export function normalizeContact(text: string): string {
  return phoneKind(text) ? normalizePhone(text) : text.trim();
}

// rule R30: a contact shown masked: a phone as maskPhone, an e-mail as w***@example.com.
export function maskContact(contact: string): string {
  if (phoneKind(contact)) return maskPhone(contact);
  const text = String(contact).trim();
  const at = text.lastIndexOf('@');
  return at > 0 ? `${text[0]}***${text.slice(at)}` : '*'.repeat(text.length);
}
