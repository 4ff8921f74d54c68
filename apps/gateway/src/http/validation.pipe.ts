import { flattenValidationErrors } from '@civic/contracts';
import { BadRequestException, ValidationPipe } from '@nestjs/common';

/**
 * DTO validation for every route. A bad request answers 400 naming each field and the rule it
 * breaks, e.g. `{ field: 'location.countyCode', rule: 'matches', message: '…' }`, and reaches no
 * service, so it changes nothing.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const violations = flattenValidationErrors(errors);
      return new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: violations.map((v) => v.message).join('; '),
        violations,
      });
    },
  });
}
