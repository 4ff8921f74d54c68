import fc from 'fast-check';
import {
  baseBody,
  beijingDate,
  callBody,
  cohortBody,
  organizationBody,
  proposalBody,
  subsidyApplicationBody,
  subsidyProgrammeBody,
  TEST_BANK_ACCOUNT,
} from '@civic/testing';
import { HOSTILE_TEXT } from './malformed-requests';
import type { Operation, Schema } from './openapi-operations';

/**
 * The second mode of the API fuzz test (issue #15): a WELL-FORMED body for each write, with
 * exactly one field replaced by a hostile value that is still of the right JSON type (a float or
 * 1e308 for fen, SQL text in a valid text field, a date far out of range, an array as long as the
 * 100 KB body allows), so the value passes the gateway's shape checks and reaches a service.
 *
 * The well-formed body is the libs/testing fixture where there is one, else built from the
 * OpenAPI schema: examples, defaults, the first enum value, and ids of what the test created.
 */

/** Ids the test created, by collection path (`/api/v1/incubation/bases` → the base's id). */
export type CreatedIds = Map<string, string>;

/** The created id a `…Id` field or a `{id}` path parameter most likely means, or none. */
export function idFor(name: string, path: string, created: CreatedIds): string | undefined {
  if (name === 'id' || name.endsWith('Id')) {
    // `{id}` in `/api/v1/incubation/bases/{id}/venues`: the collection right before it.
    if (name === 'id') {
      const collection = path.slice(0, path.indexOf('/{id}'));
      if (created.has(collection)) return created.get(collection);
    }
    // `cohortId` → a collection ending in `/cohorts`; `proposalId` → `/proposals`.
    const noun = name === 'id' ? undefined : name.slice(0, -2);
    if (noun)
      for (const [collection, id] of created)
        if (collection.endsWith(`/${noun}s`) || collection.endsWith(`/${noun}es`)) return id;
  }
  return undefined;
}

/** A valid value for a schema, as a careful client would send it. */
export function validValue(
  name: string,
  schema: Schema | undefined,
  path: string,
  created: CreatedIds,
  depth = 0,
): unknown {
  const s = (schema ?? {}) as Schema & { example?: unknown; default?: unknown };
  if (s.example !== undefined) return structuredClone(s.example);
  if (s.default !== undefined) return structuredClone(s.default);
  if (s.enum?.length) return s.enum[0];
  switch (s.type) {
    case 'integer':
    case 'number':
      return s.minimum !== undefined && s.minimum > 1 ? s.minimum : 1;
    case 'boolean':
      return false;
    case 'array':
      return depth > 3 ? [] : [validValue(name, s.items, path, created, depth + 1)];
    case 'object':
      return objectValue(s, path, created, depth);
    default:
      if (s.properties) return objectValue(s, path, created, depth);
      if (s.format === 'uuid')
        return idFor(name, path, created) ?? '3f2c9a7e-5b1d-4c8e-9a6f-0d1e2f3a4b5c';
      if (s.format === 'date') return beijingDate(30);
      if (s.format === 'date-time') return new Date(Date.now() + 30 * 86_400_000).toISOString();
      if (/phone/i.test(name)) return '13800771234';
      return '社区服务模糊测试：一段足够长的说明文字';
  }
}

function objectValue(schema: Schema, path: string, created: CreatedIds, depth: number) {
  if (depth > 3) return {};
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  // Required fields, and the optional ids the test has (a user's organization, say).
  return Object.fromEntries(
    Object.entries(properties)
      .filter(([name]) => required.has(name) || idFor(name, path, created) !== undefined)
      .map(([name, property]) => [name, validValue(name, property, path, created, depth + 1)]),
  );
}

/** The well-formed body of a write: a fixture where libs/testing has one, else from the schema. */
export function wellFormedBody(operation: Operation, created: CreatedIds): unknown {
  const key = `${operation.method} ${operation.path}`;
  const id = (collection: string) => created.get(`/api/v1${collection}`) ?? '';
  const fixtures: Record<string, () => unknown> = {
    'POST /api/v1/organizations': () => organizationBody({ name: '并发模糊测试互助会' }),
    'POST /api/v1/lottery/programmes': () => subsidyProgrammeBody(),
    'POST /api/v1/lottery/applications': () =>
      subsidyApplicationBody(id('/lottery/programmes'), { organizationId: id('/organizations') }),
    'POST /api/v1/incubation/bases': () => baseBody(),
    'POST /api/v1/incubation/cohorts': () => cohortBody(id('/incubation/bases')),
    'POST /api/v1/venture/calls': () => callBody({}, 3_600_000),
    'POST /api/v1/venture/proposals': () => proposalBody(id('/venture/calls')),
    // An officer enters an undertaker, which the form names; only an applicant's own entry is
    // named by the registry, so `name` is optional in the schema (R24).
    'POST /api/v1/procurement/directory': () => ({
      kind: 'COMPANY',
      name: '南宁市青秀区颐养居家养老服务有限公司',
      creditCode: '91450103MA5L00001C',
      serviceAreas: ['450103'],
      serviceCategories: ['基本公共服务'],
      contactName: '李红',
      contactPhone: '13800771234',
    }),
    // A user that does not exist: a hostile password must not lock a demo user out.
    'POST /api/v1/auth/login': () => ({ username: 'fuzz-nobody', password: 'Demo#2026civic' }),
  };
  const fixture = fixtures[key]?.();
  const body = (fixture ?? validValue('(body)', operation.body, operation.path, created)) as Record<
    string,
    unknown
  >;
  // A payee account anywhere in a schema-built body: the tests' account, valid by R30's checks.
  if (!fixture && body && typeof body === 'object' && 'bankAccount' in body)
    body.bankAccount = { ...TEST_BANK_ACCOUNT };
  // A user of the first role (applicant) belongs to an organization, not to a base.
  if (key === 'POST /api/v1/users' || key === 'PATCH /api/v1/users/{id}') delete body.baseId;
  return body;
}

/** A path for the operation with the test's own ids where it has them, fresh ids elsewhere. */
export function wellFormedPath(operation: Operation, created: CreatedIds): string {
  let path = operation.path;
  for (const p of operation.parameters.filter((q) => q.in === 'path')) {
    const numeric = p.schema?.type === 'number' || p.schema?.type === 'integer';
    const value = numeric
      ? p.name === 'fiscalYear'
        ? '2026'
        : '1'
      : (idFor(p.name, operation.path, created) ?? '7b0e4c1a-2d3f-4e5a-8b6c-9d0e1f2a3b4c');
    path = path.replace(`{${p.name}}`, value);
  }
  return path;
}

/** What one mutation is about: the field, its kind, and whether the API must refuse it. */
export interface Mutation {
  field: string;
  kind: 'number' | 'text' | 'id' | 'date' | 'month' | 'long-array' | 'empty-array';
  value: unknown;
  /** Numbers that are never a valid amount, count or year: the API must answer 4xx. */
  mustRefuse: boolean;
  body: unknown;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T/;
const MONTH = /^\d{4}-\d{2}$/;

/** Numbers no field takes: fractional (no fen is fractional), out of range, past 2^53. */
export const HOSTILE_WELL_TYPED_NUMBERS = [0.5, -1, 1e308, -1e308, 2 ** 53 + 2];
/** For fen: a fraction of a fen too (R26: money is integer fen). */
export const HOSTILE_FEN = [0.01, 0.5, -1, 1e308, 2 ** 53 + 2];
const FAR_DATES = ['9999-12-31', '0001-01-01', '0000-01-01', '2026-02-29', '2026-04-31'];
const FAR_DATE_TIMES = [
  '9999-12-31T23:59:59.999Z',
  '0001-01-01T00:00:00Z',
  '+275760-09-13T00:00:00Z',
];
const FAR_MONTHS = ['9999-12', '0000-01', '2026-00'];
const ODD_IDS = ['00000000-0000-0000-0000-000000000000', 'FFFFFFFF-FFFF-4FFF-BFFF-FFFFFFFFFFFF'];
/** Text a text field may legitimately hold, but naive code chokes on. */
const VALID_HOSTILE_TEXT = HOSTILE_TEXT.filter((t) => t.trim() !== '' && t !== '-1');

const LARGEST_BODY = 90_000; // under the gateway's 100 KB (MAX_BODY), so the array is parsed

/**
 * Every single-field mutation of a well-formed body: each leaf (nested objects and the first item
 * of an array of objects included) replaced by hostile values of its own JSON type, text sampled
 * by fast-check from the hostile strings (`textPerField` of them), and each array made as long as
 * the body allows, and empty.
 */
export function mutationsOf(body: unknown, seed: number, textPerField = 2): Mutation[] {
  const mutations: Mutation[] = [];
  const bodySize = JSON.stringify(body).length;
  const walk = (value: unknown, field: string, set: (v: unknown) => unknown, depth: number) => {
    const add = (kind: Mutation['kind'], v: unknown, mustRefuse = false) =>
      mutations.push({ field, kind, value: v, mustRefuse, body: set(v) });
    if (typeof value === 'number') {
      const fen = /fen$/i.test(field);
      for (const n of fen ? HOSTILE_FEN : HOSTILE_WELL_TYPED_NUMBERS) add('number', n, true);
    } else if (typeof value === 'string') {
      if (UUID.test(value)) for (const id of ODD_IDS) add('id', id);
      else if (DATE.test(value)) for (const d of FAR_DATES) add('date', d);
      else if (DATE_TIME.test(value)) for (const d of FAR_DATE_TIMES) add('date', d);
      else if (MONTH.test(value)) for (const m of FAR_MONTHS) add('month', m);
      else if (!/^[A-Z][A-Z0-9_]+$/.test(value))
        // (an all-caps value is an enum's: a wrong one is a poison, the first mode's)
        for (const text of fc.sample(
          fc.oneof(fc.constantFrom(...VALID_HOSTILE_TEXT), fc.string({ minLength: 1 })),
          { numRuns: textPerField, seed: seed + mutations.length },
        ))
          add('text', text);
    } else if (Array.isArray(value) && depth < 4) {
      if (value.length) {
        const item = JSON.stringify(value[0]).length + 1;
        const n = Math.min(5000, Math.floor((LARGEST_BODY - bodySize) / item));
        if (n > value.length)
          add(
            'long-array',
            Array.from({ length: n }, () => value[0]),
          );
        add('empty-array', []);
        walk(value[0], `${field}[0]`, (v) => set([v, ...value.slice(1)]), depth + 1);
      }
    } else if (value && typeof value === 'object' && depth < 4) {
      for (const [key, inner] of Object.entries(value))
        walk(
          inner,
          field ? `${field}.${key}` : key,
          (v) => set({ ...(value as Record<string, unknown>), [key]: v }),
          depth + 1,
        );
    }
  };
  walk(body, '', (v) => v, 0);
  return mutations;
}

/**
 * Query values of the parameter's own type that are still hostile: the largest page, an integer
 * past 2^53, the nil id, dates far out of range, LIKE wildcards and SQL in text. An enum's
 * parameter is left to the first mode (a wrong value there is a plain 400).
 */
export function hostileQueryValuesFor(schema: Schema | undefined): string[] {
  const s = (schema ?? {}) as Schema & { example?: unknown };
  if (s.enum?.length) return [];
  if (s.type === 'number' || s.type === 'integer')
    return [String(s.maximum ?? 2147483647), '9007199254740993'];
  if (s.format === 'uuid') return [ODD_IDS[0]];
  if (s.format === 'date' || (typeof s.example === 'string' && DATE.test(s.example)))
    return ['9999-12-31', '0001-01-01'];
  return ['%25', encodeURIComponent("' OR '1'='1' --"), '%5C'];
}

/** A valid value for a required query parameter. */
export function validQueryValue(schema: Schema | undefined): string {
  const s = (schema ?? {}) as Schema & { example?: unknown; default?: unknown };
  const value = s.example ?? s.default ?? s.enum?.[0] ?? (s.format === 'uuid' ? ODD_IDS[0] : 'x');
  return encodeURIComponent(String(value));
}
