import type { DirectoryStatus, PerformanceRecord, UndertakerKind } from '@civic/domain/procurement';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** The statuses that hold an undertaker's place (DIRECTORY_ACTIVE_STATUSES), as the indexes say it. */
const ACTIVE = "status IN ('PENDING', 'LISTED')";

/**
 * An entry of the directory of undertakers fit to take on community services
 * (承接社区服务的社会组织指导目录, R24; Order 102 art. 6–8, R25): who it is, where and what it
 * serves, how it is reached (sealed, R30), its status and its performance history. One pending or
 * listed entry per registered organization, per credit code and per individual.
 */
@Entity('directory_entry')
@Index('procurement_directory_organization_once', ['organizationId'], {
  unique: true,
  where: `organization_id IS NOT NULL AND ${ACTIVE}`,
})
@Index('procurement_directory_credit_code_once', ['creditCode'], {
  unique: true,
  where: `credit_code IS NOT NULL AND ${ACTIVE}`,
})
@Index('procurement_directory_resident_once', ['residentIdHash'], {
  unique: true,
  where: `resident_id_hash IS NOT NULL AND ${ACTIVE}`,
})
@Index('directory_entry_status', ['status', 'kind'])
export class DirectoryEntry {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 40 })
  kind: UndertakerKind;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** The registered organization that applied for itself (its applicant's binding). */
  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ type: 'char', length: 18, nullable: true })
  creditCode: string | null;

  /** An individual's resident ID number, a PersonalDataCipher token (R30). */
  @Column({ type: 'text', nullable: true })
  residentIdSealed: string | null;

  /** Its keyed look-up hash: one active entry per person, found without decrypting. */
  @Column({ type: 'char', length: 64, nullable: true })
  residentIdHash: string | null;

  @Column({ type: 'varchar', length: 18, nullable: true })
  residentIdMasked: string | null;

  /** Division codes (6 digits) of the provinces, cities or counties it serves. */
  @Column({ type: 'text', array: true })
  serviceAreas: string[];

  /** First-level categories of the catalogue (R24). */
  @Column({ type: 'text', array: true })
  serviceCategories: string[];

  @Column({ type: 'varchar', length: 50 })
  contactName: string;

  /** Sealed (R30): a PersonalDataCipher token; `contactPhoneMasked` is what views show. */
  @Column({ type: 'text' })
  contactPhone: string;

  @Column({ type: 'varchar', length: 30 })
  contactPhoneMasked: string;

  @Column({ type: 'varchar', length: 10 })
  status: DirectoryStatus;

  @Column({ type: 'text', nullable: true })
  statusReason: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  decidedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  listedAt: Date | null;

  /** Contract evaluations, newest year first (R25 performance); appended as contracts end. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  performance: PerformanceRecord[];

  @Column({ type: 'varchar', length: 64 })
  appliedBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  appliedAt: Date;
}
