import type { DeclaredRelationDto } from '@civic/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An expert in the reviewer pool: fields and declared relations (R18). */
@Entity('reviewer')
export class Reviewer {
  @PrimaryColumn('uuid')
  id: string;

  /** The user who signs in to review. */
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
