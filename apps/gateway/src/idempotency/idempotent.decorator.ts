import { applyDecorators, SetMetadata, UseInterceptors } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { IdempotencyInterceptor } from './idempotency.interceptor';

export const IDEMPOTENT = Symbol('IDEMPOTENT');

/**
 * A POST that creates something takes an `Idempotency-Key` header: the same key sent again by the
 * same user gets the first answer back, and nothing new is stored.
 */
export function Idempotent() {
  return applyDecorators(
    SetMetadata(IDEMPOTENT, true),
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        'A key of your choice (a UUID, 1–255 printable characters). Sent again with the same request, the first answer comes back (header Idempotent-Replayed: true) and nothing new is stored; with another request, 422; while the first still runs, 409. Kept for 24 hours.',
    }),
  );
}
