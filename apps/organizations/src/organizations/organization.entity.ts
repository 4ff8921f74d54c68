import type {
  AreaType,
  FounderBackground,
  FoundingPartner,
  FundingSource,
  LegalForm,
  ManagementTier,
  OrganizationCategory,
  PriorityGroup,
  ServiceField,
} from '@civic/domain/organizations';
import type { RegistrationThresholdView, TierDecisionView } from '@civic/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { bigintFen } from '@civic/platform/database';
import type { StoredLeader } from './leaders';
import type { StoredCustodian, StoredPostalAddress } from './sealed-contacts';

/**
 * A community social organization in the registry (R1–R5, R9, R10, R29). Indexes for the list at
 * province scale (issue #19, docs/benchmarks.md): newest first, and name search by trigrams
 * (created by migration 1796760000000: TypeORM cannot declare the operator class, hence
 * `synchronize: false`). A county's list reads (county_code, tier): ~900 rows to sort at most.
 */
@Entity('organization')
@Index(['countyCode', 'tier'])
@Index(['streetCode'])
@Index('IDX_organization_newest', ['createdAt', 'id'])
@Index('IDX_organization_name_trgm', { synchronize: false })
export class Organization {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 20 })
  category: OrganizationCategory;

  @Column({ type: 'varchar', length: 5 })
  areaType: AreaType;

  @Column({ type: 'char', length: 6 })
  countyCode: string;

  @Column({ type: 'varchar', length: 50 })
  countyName: string;

  @Column({ type: 'char', length: 9 })
  streetCode: string;

  @Column({ type: 'varchar', length: 50 })
  streetName: string;

  @Column({ type: 'char', length: 12 })
  communityCode: string;

  @Column({ type: 'varchar', length: 50 })
  communityName: string;

  /** Its `contactPhone` is sealed (R30): a PersonalDataCipher token; views show the masked one. */
  @Column({ type: 'jsonb' })
  postalAddress: StoredPostalAddress;

  @Column({ type: 'varchar', length: 20, default: '' })
  postalContactPhoneMasked: string;

  /** Shared sites are allowed (R4): no uniqueness here on purpose. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  activitySite: string | null;

  @Column({ type: 'bigint', transformer: bigintFen })
  registeredFundsFen: number;

  @Column({ type: 'boolean' })
  isFederation: boolean;

  @Column({ type: 'int' })
  memberCount: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  memberOrganizationIds: string[];

  /** Resident ID numbers inside are sealed (R30): see leaders.ts. */
  @Column({ type: 'jsonb' })
  leaders: StoredLeader[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  activityMonths: string[];

  /** The custodian's account number is sealed, with its masked form beside it (R3, R30). */
  @Column({ type: 'jsonb', nullable: true })
  financialCustodian: StoredCustodian | null;

  @Index({ unique: true, where: 'uscc IS NOT NULL' })
  @Column({ type: 'char', length: 18, nullable: true })
  uscc: string | null;

  @Column({ type: 'boolean', default: false })
  takesGovernmentFunctions: boolean;

  @Column({ type: 'varchar', length: 30, nullable: true })
  founderBackground: FounderBackground | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  servedGroups: PriorityGroup[];

  @Column({ type: 'boolean', default: false })
  graduatedFromIncubation: boolean;

  /** Who funded it (R9); organizations registered before it was asked were founded by residents. */
  @Column({ type: 'varchar', length: 20, default: 'RESIDENTS' })
  fundingSource: FundingSource;

  /** Founded alone or jointly with a street office/township or a residents' committee (R9). */
  @Column({ type: 'varchar', length: 30, default: 'NONE' })
  foundingPartner: FoundingPartner;

  /** The field it works in (R9). */
  @Column({ type: 'varchar', length: 30, default: 'OTHER' })
  serviceField: ServiceField;

  /** A social group, or a foundation excepted from R2's registered-funds minimum. */
  @Column({ type: 'varchar', length: 20, default: 'SOCIAL_GROUP' })
  legalForm: LegalForm;

  /** The incubation base that incubated it (from incubation's events): its staff's scope. */
  @Column({ type: 'uuid', nullable: true })
  incubationBaseId: string | null;

  @Column({ type: 'varchar', length: 20 })
  tier: ManagementTier;

  /** The facts, thresholds and policy version behind the tier (R5). */
  @Column({ type: 'jsonb' })
  tierDecision: TierDecisionView;

  @Column({ type: 'jsonb' })
  registrationThreshold: RegistrationThresholdView;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
