import {
  contactKind,
  isEmailAddress,
  maskContact,
  normalizeContact,
  validateContact,
} from './contact';

describe('rule R23: a contact someone can be answered at', () => {
  it.each([
    ['13800771234', 'MOBILE'],
    ['0771-5551234', 'LANDLINE'],
    ['wang.li@example.com', 'EMAIL'],
    [' li+objection@mail.gx.gov.cn ', 'EMAIL'],
  ])('accepts %p as %s', (contact, kind) => {
    expect(contactKind(contact)).toBe(kind);
    expect(validateContact(contact)).toEqual({ valid: true });
  });

  it.each([
    ['请打电话给王先生'],
    ['王先生 13800771234'],
    ['wang@'],
    ['@example.com'],
    ['wang@example'],
    ['wang@example.c'],
    ['wang..li@example.com'],
    ['wang@-example.com'],
    ['wang li@example.com'],
    ['王@example.com'],
    [`${'a'.repeat(65)}@example.com`],
    [`a@${'b'.repeat(250)}.com`],
    ['<script>@x.com'],
    [''],
  ])('refuses %p', (contact) => {
    expect(contactKind(contact)).toBeNull();
    expect(validateContact(contact)).toMatchObject({ valid: false, reason: 'FORMAT' });
  });

  it('refuses what is not text', () => {
    expect(isEmailAddress(['a@b.cn'])).toBe(false);
    expect(validateContact(null)).toMatchObject({ valid: false, reason: 'NOT_TEXT' });
  });

  it('normalizes a phone without spaces and an e-mail trimmed', () => {
    expect(normalizeContact(' 138 0077 1234 ')).toBe('13800771234');
    expect(normalizeContact(' wang@example.com ')).toBe('wang@example.com');
  });

  it('masks a phone and an e-mail (R30)', () => {
    expect(maskContact('13800771234')).toBe('138****1234');
    expect(maskContact('wang.li@example.com')).toBe('w***@example.com');
  });
});
