import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** An activity an incubatee held for residents; counted against MIN_ACTIVITIES (R16). */
@Entity('incubatee_activity')
@Index(['incubateeId'])
export class IncubateeActivity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  incubateeId: string;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'date' })
  heldOn: string;
}
