import type { DeclaredRelationDto } from '@civic/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * An expert of government purchase's pool (评审专家库): the user who signs in to score, their
 * fields and the ties they declared (R18). Panels are drawn from it with the shared conflict rules.
 */
@Entity('expert')
export class Expert {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'uuid', unique: true })
  userId: string;

  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Column({ type: 'jsonb' })
  fields: string[];

  @Column({ type: 'jsonb' })
  relations: DeclaredRelationDto[];

  @Column({ type: 'boolean', default: true })
  active: boolean;
}
