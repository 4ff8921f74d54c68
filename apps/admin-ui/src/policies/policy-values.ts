import dayjs, { type Dayjs } from 'dayjs';
import type { Violation } from '../api/errors';
import type { ViolationMapping } from '../common/form-violations';
import { fieldsOf, isNumericKind, valueAt } from './policy-fields';
import type { PolicyBody, PolicyKind, ProposePolicyDto } from './policy-types';

const BEIJING_OFFSET_MS = 8 * 3_600_000;

/** Today on the China calendar (UTC+8), `YYYY-MM-DD`, whatever the browser's own zone. */
export function beijingToday(now = Date.now()): string {
  return new Date(now + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

/** What the propose form holds: the body's numbers under `body` (as the API names them), or JSON. */
export interface ProposeFormValues {
  kind: PolicyKind;
  regionCode: string;
  effectiveFrom: Dayjs;
  reason: string;
  /** `version` and, for a numeric kind, its numbers at their paths (fen typed as yuan, R26). */
  body: PolicyBody;
  /** For the tranches and the banned-use keywords: the body but its version, as JSON. */
  bodyJson?: string;
}

/** A version's name after `version`: its last number one up (2026.1 → 2026.2), or `.1` added. */
export function nextVersion(version: string): string {
  const match = /^(.*?)(\d+)$/.exec(version);
  return match ? `${match[1]}${Number(match[2]) + 1}` : `${version}.1`;
}

function setAt(target: PolicyBody, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop()!;
  let node = target as Record<string, unknown>;
  for (const key of keys) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[last] = value;
}

const copy = (body: PolicyBody): PolicyBody => structuredClone(body);

/**
 * The form's body for a kind, from the version it starts from (the one in force): a numeric kind
 * field by field (fen as yuan), the others as JSON; the version name one up.
 */
export function bodyFormValues(
  kind: PolicyKind,
  base: PolicyBody,
): Pick<ProposeFormValues, 'body' | 'bodyJson'> {
  const version = nextVersion(String(base['version'] ?? ''));
  if (!isNumericKind(kind)) {
    const rest: PolicyBody = copy(base);
    delete rest['version'];
    return { body: { version }, bodyJson: JSON.stringify(rest, null, 2) };
  }
  const body = copy(base);
  for (const spec of fieldsOf(kind, base)) {
    const value = valueAt(base, spec.path);
    if (spec.unit === 'fen' && typeof value === 'number') setAt(body, spec.path, value / 100);
  }
  return { body: { ...body, version } };
}

/** What the form starts with: the kind and region asked, today (Beijing), the body in force. */
export function initialProposeValues(
  kind: PolicyKind,
  regionCode: string,
  base: PolicyBody,
  today = beijingToday(),
): Partial<ProposeFormValues> {
  return { kind, regionCode, effectiveFrom: dayjs(today), ...bodyFormValues(kind, base) };
}

/** Whether a text is JSON of an object (the form checks it before sending). */
export function parsesAsObject(text?: string): boolean {
  try {
    const value: unknown = JSON.parse(text ?? '');
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * The request: the body of the version it starts from with what was typed over it (so a field the
 * form does not show is kept; yuan back to fen, R26), the reason trimmed, the day as `YYYY-MM-DD`.
 */
export function toProposeDto(values: ProposeFormValues, base: PolicyBody): ProposePolicyDto {
  const { kind } = values;
  const version = String(values.body['version'] ?? '').trim();
  let body: PolicyBody;
  if (isNumericKind(kind)) {
    body = copy(base);
    for (const spec of fieldsOf(kind, base)) {
      const typed = valueAt(values.body, spec.path);
      const value =
        spec.unit === 'fen' && typeof typed === 'number' ? Math.round(typed * 100) : typed;
      setAt(body, spec.path, value);
    }
    body['version'] = version;
  } else {
    body = { version, ...(JSON.parse(values.bodyJson ?? '{}') as PolicyBody) };
  }
  return {
    kind,
    regionCode: values.regionCode,
    effectiveFrom: values.effectiveFrom.format('YYYY-MM-DD'),
    reason: values.reason.trim(),
    body,
  };
}

/**
 * Where the API's violations show: on the number they name (`body.bonuses.rural` is that field's
 * own path), or, for a kind edited as JSON, on the JSON box (its version on the version field).
 */
export function proposeMapping(
  kind: PolicyKind,
  violations: readonly Violation[],
): ViolationMapping {
  if (isNumericKind(kind)) return {};
  const json = violations
    .map((v) => v.field)
    .filter((field) => (field === 'body' || field.startsWith('body.')) && field !== 'body.version');
  return { aliases: Object.fromEntries(json.map((field) => [field, 'bodyJson'])) };
}
