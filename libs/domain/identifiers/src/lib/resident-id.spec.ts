import {
  maskResidentId,
  normalizeResidentId,
  RESIDENT_ID_WEIGHTS,
  residentIdCheckCharacter,
  validateResidentId,
} from './resident-id';

const AS_OF = new Date('2026-06-30T12:00:00Z');
const withCheck = (body: string): string => body + residentIdCheckCharacter(body);

/** The examples printed in GB 11643-1999 itself (not real people's numbers). */
const STANDARD_EXAMPLE = '11010519491231002X';
const STANDARD_EXAMPLE_1880 = '440524188001010014';

describe('rule R30: resident ID number (GB 11643-1999)', () => {
  it('rule R30: weights are 2^(17−i) mod 11', () => {
    expect(RESIDENT_ID_WEIGHTS).toEqual(
      Array.from({ length: 17 }, (_, i) => Number(2n ** BigInt(17 - i) % 11n)),
    );
  });

  it.each([
    ['11010519491231002', 'X'],
    ['44052418800101001', '4'],
    ['11010119900307001', '1'],
  ])('rule R30: residentIdCheckCharacter(%s) is %s', (body, check) => {
    expect(residentIdCheckCharacter(body)).toBe(check);
  });

  // position 8 has weight 1, so its digit is the weighted sum mod 11; position 3 has weight 10
  it.each([
    ['00000000000000000', 0, '1'],
    ['00000001000000000', 1, '0'],
    ['00000002000000000', 2, 'X'],
    ['00000003000000000', 3, '9'],
    ['00000004000000000', 4, '8'],
    ['00000005000000000', 5, '7'],
    ['00000006000000000', 6, '6'],
    ['00000007000000000', 7, '5'],
    ['00000008000000000', 8, '4'],
    ['00000009000000000', 9, '3'],
    ['00100000000000000', 10, '2'],
  ])('rule R30: residentIdCheckCharacter(%s) (sum mod 11 = %d) is %s', (body, _residue, check) => {
    expect(residentIdCheckCharacter(body)).toBe(check);
  });

  it.each([['1101051949123100'], ['1101051949123100X'], ['110105194912310021']])(
    'rule R30: residentIdCheckCharacter refuses %s without echoing it',
    (body) => {
      expect(() => residentIdCheckCharacter(body)).toThrow(
        /^residentIdCheckCharacter needs exactly 17 digits$/,
      );
    },
  );

  it.each([
    [STANDARD_EXAMPLE],
    [withCheck('45010220000229123')],
    [withCheck('45010219000101000')],
    [withCheck('45010220260630001')],
  ])('rule R30: %s is valid as of 2026-06-30', (id) => {
    expect(validateResidentId(id, AS_OF)).toEqual({ valid: true });
  });

  it.each([
    ['11010519491231002', 'LENGTH', 'resident ID number must be 18 characters, got 17'],
    ['11010519491231002X0', 'LENGTH', 'must be 18 characters, got 19'],
    [
      '11010519491231002x',
      'CHARSET',
      'position 18 is not (the check character X must be upper case)',
    ],
    ['1101051949123100X2', 'CHARSET', 'position 17 is not'],
    ['A1010519491231002X', 'CHARSET', 'position 1 is not'],
    [' 1010519491231002X', 'CHARSET', 'position 1 is not'],
    [STANDARD_EXAMPLE_1880, 'BIRTH_DATE', 'is before 1900'],
    [withCheck('45010219001301001'), 'BIRTH_DATE', 'is not a valid calendar date'],
    [withCheck('45010219000229001'), 'BIRTH_DATE', 'is not a valid calendar date'],
    [withCheck('45010220230229001'), 'BIRTH_DATE', 'is not a valid calendar date'],
    [withCheck('45010219800431001'), 'BIRTH_DATE', 'is not a valid calendar date'],
    [withCheck('45010219800100001'), 'BIRTH_DATE', 'is not a valid calendar date'],
    [withCheck('45010220260701001'), 'BIRTH_DATE', 'is later than the reference date 20260630'],
    ['110105194912310021', 'CHECK_CHARACTER', 'does not match the first 17 digits'],
    ['11010519491231003X', 'CHECK_CHARACTER', 'does not match the first 17 digits'],
  ])('rule R30: %s fails with %s', (id, reason, message) => {
    const result = validateResidentId(id, AS_OF);
    expect(result).toMatchObject({ valid: false, reason });
    expect(result.valid === false && result.message).toContain(message);
  });

  it('rule R30: compares the birth date with the date in China (UTC+8)', () => {
    const bornJuly1 = withCheck('45010220260701001');
    // 2026-06-30T16:00Z is already 1 July 00:00 in Beijing
    expect(validateResidentId(bornJuly1, new Date('2026-06-30T16:00:00Z'))).toEqual({
      valid: true,
    });
    expect(validateResidentId(bornJuly1, new Date('2026-06-30T15:59:59Z'))).toMatchObject({
      reason: 'BIRTH_DATE',
    });
  });

  it('rule R30: asOf defaults to now, so a birth date next year is in the future', () => {
    const nextYear = new Date().getUTCFullYear() + 1;
    expect(validateResidentId(withCheck(`450102${nextYear}0101001`))).toMatchObject({
      reason: 'BIRTH_DATE',
    });
    expect(validateResidentId(STANDARD_EXAMPLE)).toEqual({ valid: true });
  });

  it('rule R30: refuses an invalid asOf', () => {
    expect(() => validateResidentId(STANDARD_EXAMPLE, new Date('nope'))).toThrow(
      'asOf must be a valid Date',
    );
  });

  it('rule R30: a non-string fails with LENGTH at run time', () => {
    expect(validateResidentId(null as unknown as string, AS_OF)).toMatchObject({
      reason: 'LENGTH',
      message: 'resident ID number must be 18 characters, got object',
    });
  });
});

describe('rule R30: failure messages never contain the ID number', () => {
  const failing: Array<[string, string]> = [
    ['LENGTH', '45010219800101001'],
    ['LENGTH', '4501021980010100123'],
    ['CHARSET', '45010219800101001Y'],
    ['CHARSET', '4501021980010100x1'],
    ['BIRTH_DATE', withCheck('45010218990101001')],
    ['BIRTH_DATE', withCheck('45010219800230001')],
    ['BIRTH_DATE', withCheck('45010220991231001')],
    [
      'CHECK_CHARACTER',
      '45010219800101001' + (residentIdCheckCharacter('45010219800101001') === '0' ? '1' : '0'),
    ],
  ];

  it.each(failing)('rule R30: a %s failure of %s does not reveal the number', (reason, id) => {
    const result = validateResidentId(id, AS_OF);
    expect(result).toMatchObject({ valid: false, reason });
    const text = JSON.stringify(result);
    expect(text).not.toContain(id);
    expect(text).not.toContain(id.slice(0, 6)); // region
    expect(text).not.toContain(id.slice(6, 14)); // birth date
    expect(text).not.toContain(id.slice(-4)); // the part shown when masked
  });

  it('rule R30: the table covers every resident ID failure reason', () => {
    const reasons = new Set(failing.map(([reason]) => reason));
    expect([...reasons].sort()).toEqual(['BIRTH_DATE', 'CHARSET', 'CHECK_CHARACTER', 'LENGTH']);
  });
});

describe('rule R30: masking', () => {
  it.each([
    [STANDARD_EXAMPLE, '110105********002X'],
    [STANDARD_EXAMPLE_1880, '440524********0014'],
  ])('rule R30: maskResidentId(%s) is %s', (id, masked) => {
    expect(maskResidentId(id)).toBe(masked);
    expect(masked).toHaveLength(18);
    expect(masked).not.toContain(id.slice(6, 14));
  });

  it.each([[''], ['11010519491231002'], ['11010519491231002X1']])(
    'rule R30: maskResidentId refuses %j without echoing it',
    (id) => {
      expect(() => maskResidentId(id)).toThrow(
        /^cannot mask: a resident ID number must be 18 characters$/,
      );
    },
  );

  it('rule R30: normalizeResidentId trims and upper-cases the check character', () => {
    expect(normalizeResidentId(' 11010519491231002x\n')).toBe(STANDARD_EXAMPLE);
    expect(validateResidentId(normalizeResidentId('11010519491231002x'), AS_OF).valid).toBe(true);
  });
});
