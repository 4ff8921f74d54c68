import { createHash } from 'node:crypto';
import type { RpcActor } from '@civic/contracts';
import {
  type CallHandler,
  ConflictException,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  UnprocessableEntityException,
  BadRequestException,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { InjectDataSource } from '@nestjs/typeorm';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { DataSource } from 'typeorm';
import { IdempotencyKey } from './idempotency-key.entity';

interface HttpRequest {
  method: string;
  originalUrl: string;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  actor?: RpcActor;
  /** Express's matched route: its template, e.g. `/api/v1/finance/payments/:id/reissue`. */
  route?: { path?: string };
}
interface HttpResponse {
  setHeader(name: string, value: string): void;
}

/** How long a key is remembered, and after how long a request still IN_PROGRESS is presumed dead. */
const KEEP_HOURS = 24;
const ABANDONED_AFTER_SECONDS = 120;
const KEY_FORM = /^[\x21-\x7e]{1,255}$/;

/**
 * Carries out a request with an `Idempotency-Key` at most once per user and key (as Stripe does):
 * the first one is recorded IN_PROGRESS and, once it succeeded, DONE with its answer. The same key
 * again gets that answer back (`Idempotent-Replayed: true`), stored nothing new; with another
 * request, 422 IDEMPOTENCY_KEY_REUSED; while the first runs, 409 IDEMPOTENCY_KEY_IN_USE. A failed
 * request forgets its key, so the client may retry with it. A request without the header runs as
 * it always did: each programme's own rules refuse a duplicate application (409).
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<HttpRequest>();
    const raw = request.headers['idempotency-key'];
    if (raw === undefined) return next.handle();
    const key = Array.isArray(raw) ? raw[0] : raw;
    if (!KEY_FORM.test(key)) {
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        code: 'IDEMPOTENCY_KEY_INVALID',
        message: 'the Idempotency-Key header must be 1–255 printable ASCII characters',
        messageZh: 'Idempotency-Key 请求头须为 1–255 个可打印 ASCII 字符',
        violations: [
          {
            field: 'Idempotency-Key',
            rule: 'idempotencyKey',
            message: 'must be 1–255 printable ASCII characters',
            messageZh: '须为 1–255 个可打印 ASCII 字符',
          },
        ],
      });
    }
    // The status the route answers with (Nest sets it on the response after the interceptors).
    const status =
      Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) ??
      (request.method === 'POST' ? 201 : 200);
    return from(this.run(request, http.getResponse<HttpResponse>(), key, status, next));
  }

  private async run(
    request: HttpRequest,
    response: HttpResponse,
    key: string,
    status: number,
    next: CallHandler,
  ) {
    const userId = request.actor?.userId ?? 'anonymous';
    const path = request.originalUrl.split('?')[0];
    // The template is stored (for the message on reuse), the path itself only hashed: this runs
    // before the pipes check a path's ids, so the path may be as long as a client makes it.
    const route = `${request.method} ${request.route?.path ?? path}`.slice(0, 300);
    // A workbook's bytes (issue #18: an import) are hashed as they are; JSON as it always was.
    const requestHash = createHash('sha256')
      .update(`${request.method} ${path}\n`)
      .update(Buffer.isBuffer(request.body) ? request.body : JSON.stringify(request.body ?? null))
      .digest('hex');
    const repository = this.dataSource.getRepository(IdempotencyKey);
    const claimed = await this.claim(userId, key, route, requestHash);
    if (!claimed) {
      const earlier = await repository.findOneByOrFail({ userId, key });
      if (earlier.requestHash !== requestHash) throw reused(earlier.route);
      if (earlier.status !== 'DONE') throw inUse();
      response.setHeader('Idempotent-Replayed', 'true');
      return earlier.responseBody;
    }
    try {
      const body = await lastValueFrom(next.handle(), { defaultValue: undefined });
      await repository.update(
        { userId, key },
        { status: 'DONE', responseStatus: status, responseBody: body ?? null },
      );
      return body;
    } catch (error) {
      await repository.delete({ userId, key, status: 'IN_PROGRESS' });
      throw error;
    }
  }

  /**
   * Records the key IN_PROGRESS, or takes over one whose request was abandoned (its process died
   * mid-request); false when the key is held. Old keys are forgotten on the way.
   */
  private async claim(userId: string, key: string, route: string, hash: string) {
    const rows: unknown[] = await this.dataSource.query(
      `WITH forgotten AS (
         DELETE FROM "gateway".idempotency_key
          WHERE ctid IN (SELECT ctid FROM "gateway".idempotency_key
                          WHERE created_at < now() - make_interval(hours => $5) LIMIT 100))
       INSERT INTO "gateway".idempotency_key (user_id, key, route, request_hash, status, created_at)
       VALUES ($1, $2, $3, $4, 'IN_PROGRESS', now())
       ON CONFLICT (user_id, key) DO UPDATE SET created_at = now()
        WHERE idempotency_key.status = 'IN_PROGRESS'
          AND idempotency_key.request_hash = EXCLUDED.request_hash
          AND idempotency_key.created_at < now() - make_interval(secs => $6)
       RETURNING key`,
      [userId, key, route, hash, KEEP_HOURS, ABANDONED_AFTER_SECONDS],
    );
    return rows.length > 0;
  }
}

function reused(route: string) {
  return new UnprocessableEntityException({
    statusCode: 422,
    error: 'Unprocessable Entity',
    code: 'IDEMPOTENCY_KEY_REUSED',
    message: `this Idempotency-Key was used for another request (${route}); use a new key for a new request`,
    messageZh: '该 Idempotency-Key 已用于另一请求，新的请求请使用新的键',
  });
}

function inUse() {
  return new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    code: 'IDEMPOTENCY_KEY_IN_USE',
    message: 'a request with this Idempotency-Key is still being carried out; try again shortly',
    messageZh: '使用该 Idempotency-Key 的请求仍在处理中，请稍后重试',
  });
}
