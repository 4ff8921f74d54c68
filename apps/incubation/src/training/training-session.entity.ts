import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A capacity-building session a base held for a cohort (R11). */
@Entity('training_session')
@Index(['cohortId'])
export class TrainingSession {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  cohortId: string;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'date' })
  heldOn: string;

  @Column({ type: 'int' })
  hours: number;

  @Column({ type: 'varchar', length: 50 })
  trainer: string;
}
