import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One single-use recovery code, kept only as its keyed hash; spent when `usedAt` is set. */
@Entity('recovery_code')
@Index(['userId', 'codeHash'], { unique: true })
export class RecoveryCode {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'char', length: 64 })
  codeHash: string;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
