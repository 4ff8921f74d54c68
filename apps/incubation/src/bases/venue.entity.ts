import { bigintFen } from '@civic/platform/database';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A room or desk area a base lends; a shared one hosts several organizations (合署办公, R4). */
@Entity('venue')
@Index(['baseId'])
export class Venue {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  baseId: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'int' })
  areaM2: number;

  @Column({ type: 'int' })
  capacity: number;

  @Column({ type: 'boolean' })
  shared: boolean;

  /** Market rent, fen per m² per month: what free space is worth as in-kind support (R15). */
  @Column({ type: 'bigint', transformer: bigintFen })
  monthlyRateFenPerM2: number;
}
