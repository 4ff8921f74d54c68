import { maskPhone, normalizePhone, phoneKind, validatePhone } from './phone';

describe('rule R4, rule R23: mainland phone numbers', () => {
  it.each([
    ['13800771234', 'MOBILE'],
    ['19912345678', 'MOBILE'],
    ['138 0077 1234', 'MOBILE'],
    ['0771-5551234', 'LANDLINE'],
    ['07715551234', 'LANDLINE'],
    ['010-12345678', 'LANDLINE'],
    ['02187654321', 'LANDLINE'],
    ['0771-5551234-801', 'LANDLINE'],
    [' 0771 5551234 ', 'LANDLINE'],
  ])('accepts %p as a %s number', (phone, kind) => {
    expect(phoneKind(phone)).toBe(kind);
    expect(validatePhone(phone)).toEqual({ valid: true });
  });

  it.each([
    ['12345678901', 'a mobile number must start 13–19'],
    ['1380077123', '10 digits'],
    ['138007712345', '12 digits'],
    ['+8613800771234', 'a country code'],
    ['077-1234567', 'a 3-digit area code other than 010 or 02X'],
    ['0771-123456', '6-digit local number'],
    ['0771-123456789', '9-digit local number'],
    ['0771-5551234-', 'an empty extension'],
    ['(0771)5551234', 'brackets'],
    ['5551234', 'no area code'],
    ['call me maybe', 'free text'],
    ["1'; DROP TABLE x; --", 'SQL text'],
    ['１３８００７７１２３４', 'full-width digits'],
    ['', 'empty'],
  ])('refuses %p (%s)', (phone) => {
    expect(phoneKind(phone)).toBeNull();
    expect(validatePhone(phone)).toMatchObject({ valid: false, reason: 'FORMAT' });
  });

  it('refuses what is not text, and never repeats the number', () => {
    expect(validatePhone(13800771234)).toMatchObject({ valid: false, reason: 'NOT_TEXT' });
    const check = validatePhone('1380077123');
    expect(!check.valid && check.message).not.toContain('1380077123');
  });

  it('normalizes by trimming and dropping spaces between groups', () => {
    expect(normalizePhone(' 138 0077\u30001234 ')).toBe('13800771234');
  });

  it.each([
    ['13800771234', '138****1234'],
    ['138 0077 1234', '138****1234'],
    ['0771-5551234', '0771-***1234'],
    ['01012345678', '010-****5678'],
    ['0771-5551234-801', '0771-***1234'],
  ])('masks %p as %p (R30)', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });
});
