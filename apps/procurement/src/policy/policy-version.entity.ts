import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Versioned policy data of government purchase (domain.md "[policy]"; issue #16): until the shared
 * policy store exists, kept here. The newest row of a kind is in force; decisions record its version.
 */
@Entity('policy_version')
@Index('procurement_policy_version_once', ['kind', 'version'], { unique: true })
export class ProcurementPolicyVersion {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 30 })
  kind: string;

  @Column({ type: 'varchar', length: 30 })
  version: string;

  @Column({ type: 'jsonb' })
  data: unknown;

  @Column({ type: 'varchar', length: 100 })
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
