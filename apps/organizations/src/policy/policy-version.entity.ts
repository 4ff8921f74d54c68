import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Versioned policy data (domain.md, "[policy]"): thresholds an administrator can change. The
 * newest row of a kind is the policy in force; decisions record the version they used.
 */
@Entity('policy_version')
@Index(['kind', 'version'], { unique: true })
export class PolicyVersion {
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
