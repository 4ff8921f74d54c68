import { BadRequestException } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { checkJsonBytes } from './json-bytes';

/** The largest request body the API reads (413 beyond it); the largest form is far smaller. */
export const MAX_BODY = '100kb';

/**
 * The API reads JSON bodies only (no url-encoded forms), each checked on its bytes before it is
 * parsed (issue #15): strict UTF-8, nesting no deeper than the DTOs need. A refusal is a 400 with
 * its code (INVALID_UTF8, JSON_TOO_DEEP), answered by the global filters like any other.
 */
export function useJsonBodies(app: NestExpressApplication): void {
  app.useBodyParser('json', {
    limit: MAX_BODY,
    verify: (_req: unknown, _res: unknown, bytes: Buffer) => {
      const check = checkJsonBytes(bytes);
      if (!check.ok) {
        throw new BadRequestException({
          statusCode: 400,
          error: 'Bad Request',
          code: check.code,
          message: check.message,
          messageZh: check.messageZh,
          violations: [
            {
              field: '(body)',
              rule: check.code,
              message: check.message,
              messageZh: check.messageZh,
            },
          ],
        });
      }
    },
  });
}
