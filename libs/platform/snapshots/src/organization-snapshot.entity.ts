import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { StoredOrganizationSnapshot } from './sealed-custodian';

/**
 * This service's copy of an organization, from the organizations service's events (never read
 * from its schema): enough for the priority score (R13), scope and payments under custody (R3).
 * Only a newer version replaces it, whatever order events arrive in. The custodian's account
 * number is sealed at rest (R30).
 */
@Entity('organization_snapshot')
export class OrganizationSnapshot {
  @PrimaryColumn('uuid')
  organizationId: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'jsonb' })
  data: StoredOrganizationSnapshot;

  @UpdateDateColumn({ type: 'timestamptz' })
  receivedAt: Date;
}
