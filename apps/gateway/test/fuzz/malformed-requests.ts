import fc from 'fast-check';
import type { Operation, Parameter, Schema } from './openapi-operations';

/**
 * fast-check arbitraries for requests an attacker would send (issue #15). A write's body is
 * built from its schema with plausible but hostile values (SQL and HTML payloads, huge, negative
 * and fractional numbers, unknown enum values), and always with one poison that the API must
 * refuse: a wrong JSON type, a NUL character, a lone surrogate, an unknown or prototype key, a
 * missing required field, or a body that is not an object. So every write must answer 4xx and
 * store nothing; no request may answer 5xx.
 */

/** Text that is valid as text and hostile as anything else. */
export const HOSTILE_TEXT = [
  "' OR '1'='1' --",
  "'; DROP TABLE organizations.organization; --",
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "=cmd|' /C calc'!A0",
  '${7*7}{{7*7}}',
  '../../../../etc/passwd',
  '\u202eevil',
  '　',
  '🙂👨‍👩‍👧',
  'x'.repeat(5000),
  '',
  ' ',
  'null',
  '1e308',
  '-1',
];

/** Numbers that break naive code: huge, negative, fractional (no fen is fractional), unsafe. */
export const HOSTILE_NUMBERS = [
  0,
  -1,
  0.5,
  -0.01,
  2 ** 31,
  2 ** 53 + 2,
  Number.MAX_SAFE_INTEGER,
  1e308,
  -1e308,
  5e-324,
];

/** Path segments that are not ids (each percent-encoded where it has to be). */
export const HOSTILE_SEGMENTS = [
  '0',
  'abc',
  "'%20OR%201=1--",
  '%00',
  '%FF%FE',
  '%ED%A0%80',
  'x'.repeat(300),
  '..%2F..%2Fetc',
  '1e308',
  '-1',
  '2147483648',
  '99999999999999999999',
  '00000000-0000-0000-0000-00000000000g',
];

/** Query values: out-of-range and non-numeric numbers, invalid bytes, NUL, lists and objects. */
export const HOSTILE_QUERY_VALUES = [
  '1e308',
  '-1',
  '0',
  '0.5',
  'NaN',
  'Infinity',
  '99999999999999999999',
  'abc',
  '',
  '%00',
  '%FF',
  '%ED%A0%80',
  "'%20OR%201=1--",
  '%3Cscript%3E',
  'x'.repeat(3000),
];

const hostileText = fc.oneof(fc.constantFrom(...HOSTILE_TEXT), fc.string({ maxLength: 40 }));
const hostileNumber = fc.oneof(
  fc.constantFrom(...HOSTILE_NUMBERS),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** A plausible, hostile value for a schema: often wrong, never a poison on its own. */
export function plausible(schema: Schema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 4) return hostileText;
  if (schema.enum?.length) return fc.oneof(fc.constantFrom(...schema.enum), hostileText);
  switch (schema.type) {
    case 'integer':
    case 'number':
      return hostileNumber;
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(plausible(schema.items, depth + 1), { maxLength: 3 });
    case 'object':
      return objectOf(schema, depth);
    default:
      if (schema.properties) return objectOf(schema, depth);
      if (schema.format === 'uuid') return fc.oneof(fc.uuid(), hostileText);
      if (schema.format === 'date' || schema.format === 'date-time')
        return fc.oneof(
          fc.constantFrom(
            '2026-02-30',
            '2026-13-01',
            '0000-00-00',
            '2026-06-01',
            '9999-12-31T25:00',
          ),
          hostileText,
        );
      return hostileText;
  }
}

function objectOf(schema: Schema, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const model = Object.fromEntries(
    Object.entries(properties).map(([name, property]) => [name, plausible(property, depth + 1)]),
  );
  return fc.record(model, { requiredKeys: [] });
}

/** A value of another JSON type than the schema's. */
function wrongType(schema: Schema): fc.Arbitrary<unknown> {
  const type = schema.type ?? (schema.properties ? 'object' : 'string');
  const others: Record<string, unknown[]> = {
    string: [12345, true, [], [{}], { a: 1 }],
    integer: ['12', '', true, [], {}, 1.5],
    number: ['12', true, [], {}],
    boolean: ['true', 1, [], {}],
    array: ['[]', 1, { length: 1 }],
    object: [[], [{}], 'object', 1, true],
  };
  return fc.constantFrom(...(others[type] ?? others.string));
}

type Poison =
  | { kind: 'body-not-object'; body: unknown }
  | { kind: 'unknown-key'; key: string }
  | { kind: 'wrong-type'; field: string }
  | { kind: 'nul'; field: string }
  | { kind: 'lone-surrogate'; field: string }
  | { kind: 'missing-required'; field: string };

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'isAdmin', '$where', 'toString'];

/** Sets a key as an own property, `__proto__` included (JSON.stringify then writes it). */
function setOwn(target: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** A body for `schema` that the API must refuse, and what makes it refusable. */
export function malformedBody(schema: Schema): fc.Arbitrary<{ poison: Poison; body: unknown }> {
  const properties = schema.properties ?? {};
  const names = Object.keys(properties);
  const textFields = names.filter(
    (n) => (properties[n].type ?? 'string') === 'string' && !properties[n].enum,
  );
  const required = schema.required ?? [];
  const poisons: fc.Arbitrary<Poison>[] = [
    fc
      .constantFrom<unknown>([], [schema], 'text', 42, true, null)
      .map((body) => ({ kind: 'body-not-object' as const, body })),
    fc
      .oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.string({ minLength: 1, maxLength: 12 }))
      .filter((key) => !(key in properties))
      .map((key) => ({ kind: 'unknown-key' as const, key })),
  ];
  if (names.length)
    poisons.push(
      fc.constantFrom(...names).map((field) => ({ kind: 'wrong-type' as const, field })),
    );
  if (textFields.length) {
    poisons.push(fc.constantFrom(...textFields).map((field) => ({ kind: 'nul' as const, field })));
    poisons.push(
      fc.constantFrom(...textFields).map((field) => ({ kind: 'lone-surrogate' as const, field })),
    );
  }
  if (required.length)
    poisons.push(
      fc.constantFrom(...required).map((field) => ({ kind: 'missing-required' as const, field })),
    );
  type Malformed = { poison: Poison; body: unknown };
  return fc
    .tuple(fc.oneof(...poisons), objectOf(schema, 0))
    .chain(([poison, base]): fc.Arbitrary<Malformed> => {
      const body = { ...base };
      switch (poison.kind) {
        case 'body-not-object':
          return fc.constant({ poison, body: poison.body });
        case 'unknown-key':
          return plausible(undefined).map((value) => {
            setOwn(body, poison.key, value);
            return { poison, body };
          });
        case 'wrong-type':
          return wrongType(properties[poison.field]).map((value) => ({
            poison,
            body: { ...body, [poison.field]: value },
          }));
        case 'nul':
          return fc.constant({ poison, body: { ...body, [poison.field]: 'before\u0000after' } });
        case 'lone-surrogate':
          return fc.constant({
            poison,
            body: { ...body, [poison.field]: 'half \ud800 a character' },
          });
        case 'missing-required': {
          delete body[poison.field];
          return fc.constant({ poison, body });
        }
      }
    });
}

/** A path for the operation: each parameter a fresh id, or (`hostile`) one of them not an id. */
export function pathFor(operation: Operation, hostile: boolean): fc.Arbitrary<string> {
  const params = operation.parameters.filter((p) => p.in === 'path');
  if (params.length === 0) return fc.constant(operation.path);
  const good = (p: Parameter) =>
    p.schema?.type === 'number' || p.schema?.type === 'integer'
      ? fc.integer({ min: 0, max: 2030 }).map(String)
      : fc.uuid();
  const which = hostile ? fc.nat(params.length - 1) : fc.constant(-1);
  return fc
    .tuple(which, fc.constantFrom(...HOSTILE_SEGMENTS), fc.tuple(...params.map(good)))
    .map(([bad, segment, segments]) =>
      params.reduce(
        (path, p, i) => path.replace(`{${p.name}}`, i === bad ? segment : segments[i]),
        operation.path,
      ),
    );
}
