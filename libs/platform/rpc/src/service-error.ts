import type { FieldViolation } from '@civic/contracts';

/**
 * A refusal a service sends back over RPC: the gateway answers with `status`. Use it for
 * rule violations (422, naming the rule), missing records (404) and conflicts (409).
 *
 * 404 or 403 (issue #15, OWASP ASVS 4.0.3 V4.2.1, no IDOR): a record the caller may not see is
 * answered by `notVisible`, exactly as one that does not exist (same status, code and message),
 * so ids cannot be probed. `forbidden` (403) is kept for refusals that reveal nothing about other
 * people's records: the caller's own roles or bindings decide it (a permission the role lacks, an
 * account bound to no organization), or the caller can see the record but may not do this to it
 * (a maker approving their own batch, R28; moving a visible organization out of one's street).
 */
export class ServiceError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly violations?: FieldViolation[],
    /** The message in Chinese, answered instead when the client asks for zh-CN. */
    readonly messageZh?: string,
  ) {
    super(message);
    this.name = 'ServiceError';
  }

  static notFound(what: string, id: string): ServiceError {
    return new ServiceError(404, 'NOT_FOUND', `${what} ${id} does not exist`);
  }

  /**
   * A record the caller may not see (outside their scope): answered as if it did not exist, so
   * the answer is the same byte for byte as `notFound(what, id)` and tells nothing. Nothing changed.
   */
  static notVisible(what: string, id: string): ServiceError {
    return ServiceError.notFound(what, id);
  }

  /**
   * The actor lacks the permission, or may not do this to a record it can see: 403, nothing
   * changed. Never for a record outside the actor's scope: that is `notVisible`.
   */
  static forbidden(message: string, messageZh?: string): ServiceError {
    return new ServiceError(403, 'FORBIDDEN', message, undefined, messageZh);
  }

  static ruleViolated(rule: string, violations: FieldViolation[], message: string): ServiceError {
    return new ServiceError(422, `RULE_${rule}`, message, violations);
  }
}
