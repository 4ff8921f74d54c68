import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A message this service has handled, recorded in the same transaction as its effect. */
@Entity('inbox')
export class InboxMessage {
  @PrimaryColumn('uuid')
  messageId: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'varchar', length: 60 })
  producer: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  handledAt: Date;
}
