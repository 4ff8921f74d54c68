import { BadRequestException, ParseUUIDPipe } from '@nestjs/common';

/** `:id` path parameters must be UUIDs; the 400 names the parameter and the rule. */
export const uuidParam = (name = 'id') =>
  new ParseUUIDPipe({
    exceptionFactory: () =>
      new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: `${name} must be a UUID`,
        violations: [{ field: name, rule: 'isUuid', message: `${name} must be a UUID` }],
      }),
  });
