import { bigintFen } from '@civic/platform/database';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An item of a region's catalogue of services the government purchases for a fiscal year (R24;
 * Order 102 art. 14), checked against the negative list (R25, art. 10) of `policyVersion`.
 */
@Entity('catalogue_item')
@Index('procurement_catalogue_item_once', ['regionCode', 'fiscalYear', 'name'], { unique: true })
@Index('catalogue_item_region_year', ['regionCode', 'fiscalYear'])
export class CatalogueItem {
  @PrimaryColumn('uuid')
  id: string;

  /** Division code of the province, city or county. */
  @Column({ type: 'char', length: 6 })
  regionCode: string;

  @Column({ type: 'int' })
  fiscalYear: number;

  @Column({ type: 'varchar', length: 50 })
  category1: string;

  @Column({ type: 'varchar', length: 50, nullable: true })
  category2: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  category3: string | null;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'varchar', length: 20 })
  unit: string;

  @Column({ type: 'bigint', nullable: true, transformer: bigintFen })
  referencePriceFen: number | null;

  @Column({ type: 'boolean', default: false })
  stable: boolean;

  @Column({ type: 'varchar', length: 30 })
  policyVersion: string;

  @Column({ type: 'varchar', length: 64 })
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
