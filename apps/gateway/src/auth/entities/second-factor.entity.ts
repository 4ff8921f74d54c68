import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A user's TOTP second factor (RFC 6238). The secret is encrypted at rest (AES-256-GCM under
 * SECOND_FACTOR_KEY, like R30's ID numbers), never stored in clear. Until `confirmedAt` is set
 * the enrolment is pending and sign-in does not ask for a code.
 */
@Entity('second_factor')
export class SecondFactor {
  @PrimaryColumn('uuid')
  userId: string;

  @Column({ type: 'text' })
  secretCipher: string;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  /** The last time step a code was accepted for: that one and earlier are refused (replay). */
  @Column({ type: 'bigint', nullable: true })
  lastTimeStep: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
