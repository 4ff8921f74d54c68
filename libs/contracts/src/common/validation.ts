import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { nestedShapeViolations } from './nested-shape';
import { textViolations } from './text-boundary';

/** One broken rule on one field, e.g. `{ field: 'location.countyCode', rule: 'matches', message: '…' }`. */
export interface FieldViolation {
  field: string;
  rule: string;
  message: string;
  /** Set where the rule itself words it in Chinese (domain rules); else see violation-messages. */
  messageZh?: string;
}

export class PayloadValidationError extends Error {
  constructor(
    readonly subject: string,
    readonly violations: FieldViolation[],
  ) {
    super(
      `${subject} is invalid: ${violations.map((v) => `${v.field} (${v.rule}): ${v.message}`).join('; ')}`,
    );
    this.name = 'PayloadValidationError';
  }
}

export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldViolation[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) =>
      // class-validator's "must be either object or array" for a scalar where a nested object goes
      rule === 'nestedValidation'
        ? { field, rule: 'isObject', message: `${field} must be an object` }
        : { field, rule, message },
    );
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/**
 * Turns plain data into a validated instance of `cls`, or throws naming every bad field. The
 * services validate each RPC payload with it, behind the same input boundary as the gateway
 * (issue #15), so a call that skips the gateway is refused alike: no string holds a NUL or a lone
 * surrogate and no key is a prototype key (text-boundary), the DTO's rules hold, and nested
 * objects it requires are present and are objects (nested-shape, R4).
 */
export function validatePlain<T extends object>(
  cls: ClassConstructor<T>,
  plain: unknown,
  subject: string = cls.name,
): T {
  if (typeof plain !== 'object' || plain === null || Array.isArray(plain)) {
    throw new PayloadValidationError(subject, [
      { field: '(root)', rule: 'isObject', message: 'payload must be an object' },
    ]);
  }
  const text = textViolations(plain);
  if (text.length > 0) throw new PayloadValidationError(subject, text);
  const instance = plainToInstance(cls, plain);
  const errors = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) throw new PayloadValidationError(subject, flattenValidationErrors(errors));
  const shape = nestedShapeViolations(instance);
  if (shape.length > 0) throw new PayloadValidationError(subject, shape);
  return instance;
}
