import fc from 'fast-check';
import {
  ACCOUNT_NUMBER_MAX_DIGITS,
  ACCOUNT_NUMBER_MIN_DIGITS,
  maskAccountNumber,
  normalizeAccountNumber,
  validateAccountName,
  validateAccountNumber,
} from './bank-account';

describe('rule R28: payee account numbers', () => {
  it.each([
    ['a 19-digit personal card (GB/T 19584)', '6222021234567890123'],
    ['a 12-digit corporate account', '450100001234'],
    ['the shortest allowed', '1'.repeat(ACCOUNT_NUMBER_MIN_DIGITS)],
    ['the longest allowed', '9'.repeat(ACCOUNT_NUMBER_MAX_DIGITS)],
    ['digits typed in groups of 4', '6222 0212 3456 7890 123'],
    ['full-width spaces between groups', '6222\u30000212\u30003456'],
  ])('accepts %s', (_case, number) => {
    expect(validateAccountNumber(number)).toEqual({ valid: true });
  });

  it.each([
    ['letters', '6222ABCD12345678', 'CHARSET'],
    ['SQL text', "1'; DROP TABLE payment; --", 'CHARSET'],
    ['punctuation', '6222-0212-3456-7890', 'CHARSET'],
    ['full-width digits', '６２２２０２１２３４５６'],
    ['too short', '1234567', 'LENGTH'],
    ['too long', '1'.repeat(ACCOUNT_NUMBER_MAX_DIGITS + 1), 'LENGTH'],
    ['blank', '   ', 'LENGTH'],
  ])('refuses %s', (_case, number, reason = 'CHARSET') => {
    expect(validateAccountNumber(number)).toMatchObject({ valid: false, reason });
  });

  it.each([[undefined], [null], [62220212345678], [['6222021234567890']], [{}]])(
    'refuses %p, which is not text',
    (value) => {
      expect(validateAccountNumber(value)).toMatchObject({ valid: false, reason: 'NOT_TEXT' });
    },
  );

  it('never repeats the number in its message (R30)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9A-Z]{10,40}$/), (number) => {
        const check = validateAccountNumber(number);
        if (!check.valid) expect(check.message).not.toContain(number.slice(0, 8));
      }),
    );
  });

  it('normalizes by dropping the spaces between groups, and nothing else', () => {
    expect(normalizeAccountNumber(' 6222 0212\u30003456 ')).toBe('622202123456');
    expect(normalizeAccountNumber('6222-0212')).toBe('6222-0212');
  });

  it('masks every digit but the last 4, keeping the length', () => {
    expect(maskAccountNumber('6222021234567890123')).toBe('***************0123');
    expect(maskAccountNumber('6222 0212 3456')).toBe('********3456');
    expect(maskAccountNumber('1234')).toBe('****');
    fc.assert(
      fc.property(fc.stringMatching(/^\d{8,32}$/), (number) => {
        const masked = maskAccountNumber(number);
        expect(masked).toHaveLength(number.length);
        expect(masked.slice(-4)).toBe(number.slice(-4));
        expect(masked.slice(0, -4)).toMatch(/^\*+$/);
      }),
    );
  });
});

describe('rule R28: payee account names', () => {
  it('accepts an organization or a person', () => {
    expect(validateAccountName('青秀区长者关爱协会')).toEqual({ valid: true });
    expect(validateAccountName(' 王五 ')).toEqual({ valid: true });
  });

  it.each([
    ['', 'BLANK'],
    ['   ', 'BLANK'],
    ['\u3000\t\n', 'BLANK'],
    ['王', 'LENGTH'],
    ['名'.repeat(101), 'LENGTH'],
  ])('refuses %p (%s)', (name, reason) => {
    expect(validateAccountName(name)).toMatchObject({ valid: false, reason });
  });

  it('refuses what is not text', () => {
    expect(validateAccountName(42)).toMatchObject({ valid: false, reason: 'NOT_TEXT' });
  });
});
