import type { OrganizationSnapshotV1 } from '@civic/contracts';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * This service's copy of an organization, from the organizations service's events (never read
 * from its schema): enough for the priority score (R13), scope and payments under custody (R3).
 * Only a newer version replaces it, whatever order events arrive in.
 */
@Entity('organization_snapshot')
export class OrganizationSnapshot {
  @PrimaryColumn('uuid')
  organizationId: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'jsonb' })
  data: OrganizationSnapshotV1;

  @UpdateDateColumn({ type: 'timestamptz' })
  receivedAt: Date;
}
