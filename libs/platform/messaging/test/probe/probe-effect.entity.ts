import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One row per effect of a probe message, deliberately with NO unique constraint on the message:
 * a second effect of the same message would show up as a second row.
 */
@Entity('probe_effect')
export class ProbeEffect {
  @PrimaryGeneratedColumn()
  id: number;

  @Column('uuid')
  messageId: string;

  @Column('int')
  sequence: number;

  @Column('int')
  pid: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** Each time a consumer starts handling a message (outside the handler's transaction). */
@Entity('probe_attempt')
export class ProbeAttempt {
  @PrimaryGeneratedColumn()
  id: number;

  @Column('uuid')
  messageId: string;

  @Column('int')
  pid: number;
}
