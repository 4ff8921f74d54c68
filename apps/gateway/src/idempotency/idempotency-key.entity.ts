import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A request made with an `Idempotency-Key` header, per user: while it runs, IN_PROGRESS; once it
 * succeeded, DONE with the answer, which a request repeating the key gets back instead of being
 * carried out again (as Stripe does). A request that failed leaves nothing, so it may be retried
 * with the same key. Kept for a day.
 */
@Entity('idempotency_key')
@Index(['createdAt'])
export class IdempotencyKey {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  userId: string;

  @PrimaryColumn({ type: 'varchar', length: 255 })
  key: string;

  /** `POST /api/v1/lottery/applications`: the route the key was first used on. */
  @Column({ type: 'varchar', length: 300 })
  route: string;

  /** sha256 of the method, path and body: the same key with another request is refused. */
  @Column({ type: 'char', length: 64 })
  requestHash: string;

  @Column({ type: 'varchar', length: 12 })
  status: 'IN_PROGRESS' | 'DONE';

  @Column({ type: 'int', nullable: true })
  responseStatus: number | null;

  @Column({ type: 'jsonb', nullable: true })
  responseBody: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
