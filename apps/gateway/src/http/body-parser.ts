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

/** The routes that take an Excel workbook as their body (issue #18), and how large one may be. */
export const WORKBOOK_ROUTES = new Set(['/api/v1/organizations/import']);
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_WORKBOOK_BYTES = 5 * 1024 * 1024; // ORGANIZATION_IMPORT_LIMITS.maxBytes (413 beyond it)

/**
 * An .xlsx body, read as bytes, on the workbook routes only: anywhere else the content type is
 * not parsed (and the route's DTO refuses the empty body), so no other route sees a Buffer.
 */
export function useWorkbookBodies(app: NestExpressApplication): void {
  app.useBodyParser('raw', {
    limit: MAX_WORKBOOK_BYTES,
    type: (req: { url?: string; originalUrl?: string; headers: Record<string, unknown> }) =>
      WORKBOOK_ROUTES.has((req.originalUrl ?? req.url ?? '').split('?')[0]) &&
      String(req.headers['content-type'] ?? '')
        .split(';')[0]
        .trim()
        .toLowerCase() === XLSX,
  });
}
