import { jsonbNumbersAreExact, plainDecimal } from './jsonb-numbers';

describe('plainDecimal (R31)', () => {
  it.each([
    ['0', '0'],
    ['-12.5', '-12.5'],
    ['1e+21', '1000000000000000000000'],
    ['1.5e+21', '1500000000000000000000'],
    ['1e-7', '0.0000001'],
    ['-1.5e-7', '-0.00000015'],
    ['1.2345e2', '123.45'],
  ])('%s prints in Postgres as %s', (json, plain) => {
    expect(plainDecimal(json)).toBe(plain);
  });
});

describe('jsonbNumbersAreExact (R31)', () => {
  it('accepts numbers as a JavaScript writer stores them, as jsonb prints them', () => {
    // '{"b": 1e+21, "a": [1e-7, 0.30000000000000004, 12345678901234567000]}'::jsonb::text
    const stored =
      '{"a": [0.0000001, 0.30000000000000004, 12345678901234567000, -150], "b": 1000000000000000000000}';
    expect(jsonbNumbersAreExact(stored)).toBe(true);
    expect(jsonbNumbersAreExact('{"digits in a string": "12345678901234567891", "n": 1.5}')).toBe(
      true,
    );
  });

  it.each([
    ['a change below double precision', '{"n": 12345678901234567891}'],
    ['a trailing zero no writer prints', '{"n": 1.50}'],
    ['too many digits', '[0.300000000000000044]'],
  ])('refuses %s', (_case, text) => {
    expect(jsonbNumbersAreExact(text)).toBe(false);
  });
});
