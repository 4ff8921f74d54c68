import {
  type FieldViolation,
  flattenValidationErrors,
  nestedShapeViolations,
} from '@civic/contracts';
import { type ArgumentMetadata, BadRequestException, ValidationPipe } from '@nestjs/common';

function refusal(violations: FieldViolation[]): BadRequestException {
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    message: violations.map((v) => v.message).join('; '),
    violations,
  });
}

/**
 * DTO validation for every route. A bad request answers 400 naming each field and the rule it
 * breaks, e.g. `{ field: 'location.countyCode', rule: 'matches', message: '…' }`, and reaches no
 * service, so it changes nothing. Nested objects a body's DTO declares are checked to be there
 * (unless optional) and to be objects, not lists or scalars (R4, issue #15): class-validator
 * alone lets a missing `location` or a `postalAddress: []` through.
 */
class BoundaryValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const result: unknown = await super.transform(value, metadata);
    if (metadata.type === 'body' && result !== null && typeof result === 'object') {
      const violations = nestedShapeViolations(result);
      if (violations.length > 0) throw refusal(violations);
    }
    return result;
  }
}

export function createValidationPipe(): ValidationPipe {
  return new BoundaryValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => refusal(flattenValidationErrors(errors)),
  });
}
