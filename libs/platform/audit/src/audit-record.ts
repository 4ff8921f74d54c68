/** Who made a decision: the authenticated user and the roles they acted with. */
export interface AuditActor {
  userId: string;
  roles: readonly string[];
}

/** A decision to record in the audit chain (rule R31): actor, action, entity, before and after. */
export interface AuditRecordInput {
  actor: AuditActor;
  /** e.g. 'organization.registered', 'tier.decided', 'personal-data.unmasked'. */
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  requestId?: string;
}

/** Refuses an entry missing who, what or which: an audit record without them proves nothing. */
export function assertRecordable(entry: AuditRecordInput): void {
  const required = {
    'actor.userId': entry.actor?.userId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
  };
  for (const [field, value] of Object.entries(required)) {
    if (typeof value !== 'string' || value.trim() === '') {
      throw new TypeError(`audit entry needs a non-empty ${field}`);
    }
  }
  if (!Array.isArray(entry.actor.roles) || entry.actor.roles.some((r) => typeof r !== 'string')) {
    throw new TypeError('audit entry needs actor.roles as an array of strings');
  }
}

/**
 * `before`/`after` as they will read back from jsonb: through JSON once, so that Dates become
 * ISO strings, `undefined` properties disappear and the hash covers exactly what is stored.
 * `undefined` (and anything without a JSON form) is stored as SQL NULL.
 */
export function toJsonValue(value: unknown): unknown {
  const text = toJsonText(value);
  return text === null ? null : JSON.parse(text);
}

/**
 * The JSON text stored for `before`/`after`, or null for SQL NULL: `null`, `undefined` and
 * anything else without a JSON form. `toJsonValue` is this text parsed.
 */
export function toJsonText(value: unknown): string | null {
  const text = JSON.stringify(value);
  return text === undefined || text === 'null' ? null : text;
}
