/**
 * A number as Postgres prints it from jsonb (numeric never uses an exponent), given the text
 * `JSON.stringify` wrote for it: `1e+21` → `1000000000000000000000`, `1.5e-7` → `0.00000015`.
 */
export function plainDecimal(jsonNumber: string): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]?\d+)$/i.exec(jsonNumber);
  if (!match) return jsonNumber;
  const [, sign, whole, fraction = '', exponent] = match;
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

const TOKENS = /"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;

/**
 * Whether every number in a jsonb value's text (`column::text`) is exactly one a JavaScript writer
 * can have stored: the plain form of some double's `JSON.stringify`. rule R31: the hash covers
 * numbers as doubles, so without this check a number changed beyond double precision (say
 * 12345678901234567000 → …001) would read back as the same double and go unnoticed.
 */
export function jsonbNumbersAreExact(jsonbText: string): boolean {
  for (const [token] of jsonbText.matchAll(TOKENS)) {
    if (token.startsWith('"')) continue;
    if (token !== plainDecimal(JSON.stringify(Number(token)))) return false;
  }
  return true;
}
