import type { FieldViolation } from '@civic/contracts';
import type { VentureCheck, VentureRefusal } from '@civic/domain/venture';
import { ServiceError } from '@civic/platform/rpc';

/** A domain check's violations as a 422 naming each field under `prefix` and the rule. */
export function assertValid(check: VentureCheck, rule: string, prefix: string): void {
  if (check.ok) return;
  const violations: FieldViolation[] = check.violations.map((v) => ({
    field: v.field === '' ? prefix : prefix ? `${prefix}.${v.field}` : v.field,
    rule,
    message: v.message,
    messageZh: v.messageZh,
  }));
  throw ServiceError.ruleViolated(
    rule,
    violations,
    `rule ${rule}: ${violations.map((v) => `${v.field}: ${v.message}`).join('; ')}`,
  );
}

/** A single refusal as a 422 on one field. */
export function assertAllowed(
  check: { ok: true } | VentureRefusal,
  rule: string,
  field: string,
): void {
  if (check.ok) return;
  throw ServiceError.ruleViolated(
    rule,
    [{ field, rule, message: check.message, messageZh: check.messageZh }],
    check.message,
  );
}
