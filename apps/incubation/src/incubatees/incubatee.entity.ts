import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type IncubateeStatus = 'ACTIVE' | 'GRADUATED' | 'EXITED';

/** What staff recorded when an incubatee graduated: each criterion met, with the facts (R16). */
export interface GraduationRecordView {
  results: { kind: string; met: boolean; message: string; messageZh: string }[];
  note?: string;
}

/**
 * An admitted organization or founding group in its cohort: its incubation record, from admission
 * to graduation (出壳) or exit, when its space must be handed back (R16). Its id is the admission's.
 */
@Entity('incubatee')
@Index(['cohortId'])
@Index(['organizationId'])
// issue #18: the leavers whose space is still out (R16), for the work queue.
@Index('incubatee_space_due', ['baseId'], {
  where: 'space_return_due IS NOT NULL AND space_returned_on IS NULL',
})
export class Incubatee {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  cohortId: string;

  @Column({ type: 'uuid' })
  baseId: string;

  /** Null for a founding group until it registers and staff link the organization. */
  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'timestamptz' })
  admittedAt: Date;

  @Column({ type: 'varchar', length: 10 })
  status: IncubateeStatus;

  /** The day it graduated (出壳) or left. */
  @Column({ type: 'date', nullable: true })
  exitedOn: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  exitReason: string | null;

  @Column({ type: 'jsonb', nullable: true })
  graduation: GraduationRecordView | null;

  /** Space lent must be handed back within 15 working days of leaving (R16). */
  @Column({ type: 'date', nullable: true })
  spaceReturnDue: string | null;

  @Column({ type: 'date', nullable: true })
  spaceReturnedOn: string | null;
}
