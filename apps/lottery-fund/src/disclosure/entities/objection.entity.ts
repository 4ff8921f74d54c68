import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** An objection from the public to a notice during its publicity period (R23). */
@Entity('objection')
@Index(['noticeId'])
export class Objection {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  noticeId: string;

  @Column({ type: 'varchar', length: 50 })
  name: string;

  /** Sealed (R30): a PersonalDataCipher token of the phone number or e-mail address. */
  @Column({ type: 'text' })
  contact: string;

  @Column({ type: 'text' })
  content: string;

  @CreateDateColumn({ type: 'timestamptz' })
  receivedAt: Date;
}
