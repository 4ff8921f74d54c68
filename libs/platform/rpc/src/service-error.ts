import type { FieldViolation } from '@civic/contracts';

/**
 * A refusal a service sends back over RPC: the gateway answers with `status`. Use it for
 * rule violations (422, naming the rule), missing records (404) and conflicts (409).
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

  /** The actor lacks the permission, or the record is outside their scope: 403, nothing changed. */
  static forbidden(message: string, messageZh?: string): ServiceError {
    return new ServiceError(403, 'FORBIDDEN', message, undefined, messageZh);
  }

  static ruleViolated(rule: string, violations: FieldViolation[], message: string): ServiceError {
    return new ServiceError(422, `RULE_${rule}`, message, violations);
  }
}
