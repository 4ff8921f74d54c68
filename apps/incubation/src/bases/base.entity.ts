import type { BaseLevel } from '@civic/domain/incubation';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** An incubation base (社区社会组织服务（孵化）基地) at one of five levels (R15). */
@Entity('incubation_base')
@Index(['countyCode'])
export class IncubationBase {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 10 })
  level: BaseLevel;

  @Column({ type: 'char', length: 6 })
  countyCode: string;

  @Column({ type: 'varchar', length: 200 })
  address: string;

  @Column({ type: 'varchar', length: 50 })
  contactName: string;

  /** Sealed (R30): a PersonalDataCipher token; `contactPhoneMasked` is what views show. */
  @Column({ type: 'text' })
  contactPhone: string;

  @Column({ type: 'varchar', length: 20, default: '' })
  contactPhoneMasked: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
