import { createHash } from 'node:crypto';
import type { OrganizationView } from '@civic/contracts';
import type { DataSource } from 'typeorm';
import { IdempotencyKey } from '../../idempotency/idempotency-key.entity';

/** The route a row's key is recorded under (the import's own key is under the import's route). */
export const IMPORT_ROW_ROUTE = 'POST /api/v1/organizations/import#row';
const ABANDONED_AFTER_SECONDS = 120;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A row's key: the request's key and the row number (hashed when that would be too long). */
export function rowKey(requestKey: string, row: number): string {
  const key = `${requestKey}#row-${row}`;
  return key.length <= 255 ? key : `sha256:${sha256(requestKey)}#row-${row}`;
}

/** What an earlier attempt with the same key left for a row. */
export type RowClaim =
  | { kind: 'claimed' }
  | { kind: 'done'; view: OrganizationView }
  | { kind: 'changed' }
  | { kind: 'running' };

/**
 * Per-row idempotency for an import sent with an `Idempotency-Key` (issue #18), in the gateway's
 * idempotency table: each row is registered at most once per user, request key and row number.
 * The import's own key replays a finished import whole (IdempotencyInterceptor); these keys cover
 * an import that failed part-way (a service down, the process restarted), which forgets its own
 * key: sent again with the same key, rows registered the first time answer with the organization
 * they registered, and only the others are registered.
 */
export class ImportRowKeys {
  constructor(
    private readonly dataSource: DataSource,
    private readonly userId: string,
    private readonly requestKey: string,
  ) {}

  async claim(row: number, body: unknown): Promise<RowClaim> {
    const key = rowKey(this.requestKey, row);
    const hash = sha256(JSON.stringify(body));
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO "gateway".idempotency_key (user_id, key, route, request_hash, status, created_at)
       VALUES ($1, $2, $3, $4, 'IN_PROGRESS', now())
       ON CONFLICT (user_id, key) DO UPDATE SET created_at = now()
        WHERE idempotency_key.status = 'IN_PROGRESS'
          AND idempotency_key.request_hash = EXCLUDED.request_hash
          AND idempotency_key.created_at < now() - make_interval(secs => $5)
       RETURNING key`,
      [this.userId, key, IMPORT_ROW_ROUTE, hash, ABANDONED_AFTER_SECONDS],
    );
    if (rows.length > 0) return { kind: 'claimed' };
    const earlier = await this.dataSource
      .getRepository(IdempotencyKey)
      .findOneByOrFail({ userId: this.userId, key });
    if (earlier.requestHash !== hash) return { kind: 'changed' };
    if (earlier.status !== 'DONE') return { kind: 'running' };
    return { kind: 'done', view: earlier.responseBody as OrganizationView };
  }

  async done(row: number, view: OrganizationView): Promise<void> {
    await this.dataSource
      .getRepository(IdempotencyKey)
      .update(
        { userId: this.userId, key: rowKey(this.requestKey, row) },
        { status: 'DONE', responseStatus: 201, responseBody: view },
      );
  }

  /** The row was refused: its key is forgotten, so a corrected file may register it. */
  async forget(row: number): Promise<void> {
    await this.dataSource
      .getRepository(IdempotencyKey)
      .delete({ userId: this.userId, key: rowKey(this.requestKey, row), status: 'IN_PROGRESS' });
  }
}
