import {
  normalizeUscc,
  USCC_CHARSET,
  usccCheckCharacter,
  validateSocialOrganizationUscc,
  validateUscc,
} from './uscc';

/** Build a code from a 17-character body and its computed check character. */
const withCheck = (body: string): string => body + usccCheckCharacter(body);

/** Published codes of well-known enterprises, each verified with usccCheckCharacter. */
const PUBLISHED_CODES = [
  '9144030071526726XG',
  '914403001922038216',
  '91330100716105852F',
  '91110000802100433B',
  '91440300708461136T',
];

describe('rule R29: unified social credit code (GB 32100-2015)', () => {
  it('rule R29: the character set has 31 characters and no I, O, Z, S or V', () => {
    expect(USCC_CHARSET).toHaveLength(31);
    expect(USCC_CHARSET).not.toMatch(/[IOZSV]/);
  });

  it.each(PUBLISHED_CODES)('rule R29: published code %s is valid', (code) => {
    expect(validateUscc(code)).toEqual({ valid: true });
  });

  it.each([
    ['51450100MJ000000X', 'civil-affairs social group'],
    ['52450102MJ1234567', 'private non-enterprise unit'],
    ['53100000500000781', 'foundation'],
    ['Y1450000ABCDEFGHJ', 'other authority'],
    ['00000000000000000', 'all zeros'],
  ])('rule R29: generated code for %s (%s) is valid', (body) => {
    expect(validateUscc(withCheck(body))).toEqual({ valid: true });
  });

  it.each([
    ['00000000000000000', '0', 'sum 0: 31 − 0 = 31, which maps to 0'],
    ['10000000000000000', 'Y', '31 − 1 = 30 → Y'],
    ['01000000000000000', 'W', '31 − 3 = 28 → W'],
    ['20000000000000000', 'X', '31 − 2 = 29 → X'],
    ['00000000000000001', '3', 'weight of position 17 is 28: 31 − 28 = 3'],
  ])('rule R29: usccCheckCharacter(%s) is %s (%s)', (body, expected) => {
    expect(usccCheckCharacter(body)).toBe(expected);
  });

  it.each([['0000000000000000'], ['000000000000000000']])(
    'rule R29: usccCheckCharacter refuses %s (not 17 characters)',
    (body) => {
      expect(() => usccCheckCharacter(body)).toThrow(
        'usccCheckCharacter needs exactly 17 characters',
      );
    },
  );

  it('rule R29: usccCheckCharacter refuses a character outside the set', () => {
    expect(() => usccCheckCharacter('9144030071526726I')).toThrow(
      "character 'I' at position 17 is not allowed in a USCC",
    );
  });

  it.each([
    ['', 'LENGTH', 'unified social credit code must be 18 characters, got 0'],
    ['9144030071526726X', 'LENGTH', 'unified social credit code must be 18 characters, got 17'],
    ['9144030071526726XGG', 'LENGTH', 'unified social credit code must be 18 characters, got 19'],
    ['9144030071526726IG', 'CHARSET', "character 'I' at position 17 is not allowed"],
    ['9144030O71526726XG', 'CHARSET', "character 'O' at position 8 is not allowed"],
    ['Z144030071526726XG', 'CHARSET', "character 'Z' at position 1 is not allowed"],
    ['9144030071526726xg', 'CHARSET', 'letters must be upper case'],
    ['91440-0071526726XG', 'CHARSET', "character '-' at position 6"],
    ['9144A30071526726XG', 'DIVISION_CODE', "positions 3-8) must be 6 digits, got '44A300'"],
    ['9144030071526726XH', 'CHECK_CHARACTER', "check character should be 'G' but is 'H'"],
    ['9144030071526727XG', 'CHECK_CHARACTER', "check character should be '"],
    ['914403001922038217', 'CHECK_CHARACTER', "check character should be '6' but is '7'"],
  ])('rule R29: %s fails with %s', (code, reason, message) => {
    const result = validateUscc(code);
    expect(result).toMatchObject({ valid: false, reason });
    expect(result.valid === false && result.message).toContain(message);
  });

  it('rule R29: a non-string fails with LENGTH at run time', () => {
    expect(validateUscc(undefined as unknown as string)).toEqual({
      valid: false,
      reason: 'LENGTH',
      message: 'unified social credit code must be 18 characters, got undefined',
    });
  });

  it.each(PUBLISHED_CODES.flatMap((code) => [...code].map((_, i) => [code, i] as const)))(
    'rule R29: every one-character change of %s at index %d is invalid',
    (code, index) => {
      for (const ch of USCC_CHARSET) {
        if (ch === code[index]) continue;
        const mutated = code.slice(0, index) + ch + code.slice(index + 1);
        expect(validateUscc(mutated).valid).toBe(false);
      }
    },
  );

  it.each([
    [' 9144030071526726xg ', '9144030071526726XG'],
    ['\t91330100716105852f\n', '91330100716105852F'],
    ['914403001922038216', '914403001922038216'],
  ])('rule R29: normalizeUscc(%j) is %s', (input, expected) => {
    expect(normalizeUscc(input)).toBe(expected);
    expect(validateUscc(normalizeUscc(input))).toEqual({ valid: true });
  });

  describe('rule R29: a social organization registers with civil affairs (authority 5)', () => {
    it.each([
      ['51450100MJ000000', 'a social group'],
      ['52450102MJ123456', 'a private non-enterprise unit'],
      ['53100000500000781'.slice(0, 16), 'a foundation'],
    ])('accepts %s… (%s)', (body16) => {
      const code = withCheck(body16 + '7');
      expect(validateSocialOrganizationUscc(code)).toEqual({ valid: true });
    });

    it.each(PUBLISHED_CODES)('refuses the enterprise code %s, naming its authority', (code) => {
      expect(validateUscc(code)).toEqual({ valid: true });
      expect(validateSocialOrganizationUscc(code)).toEqual({
        valid: false,
        reason: 'AUTHORITY',
        message: expect.stringContaining("'9' is market regulation (工商), for enterprises"),
      });
    });

    it('refuses another authority and a code that is invalid anyway, for its own reason', () => {
      expect(validateSocialOrganizationUscc(withCheck('Y1450000ABCDEFGHJ'))).toMatchObject({
        reason: 'AUTHORITY',
      });
      expect(validateSocialOrganizationUscc('91440300708461136X')).toMatchObject({
        reason: 'CHECK_CHARACTER',
      });
    });
  });
});
