import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A text the simulated SMS gateway "sent" (SMS_GATEWAY=simulated, the default until a provider is
 * plugged in): the masked number (R30) and the text, for a developer or a test to read.
 */
@Entity('simulated_sms')
export class SimulatedSms {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 20 })
  mobileMasked: string;

  @Column({ type: 'text' })
  text: string;

  @CreateDateColumn({ type: 'timestamptz' })
  sentAt: Date;
}
