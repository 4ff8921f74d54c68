import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * Where a user can be reached, kept by the gateway that owns users (issue #18): an e-mail address,
 * and a mainland mobile number sealed at rest (R30: cipher and masked form, as every service keeps
 * phone numbers). Apart from user_account, so the audit of user changes never carries them.
 */
@Entity('user_contact')
export class UserContact {
  @PrimaryColumn('uuid')
  userId: string;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  mobileCipher: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  mobileMasked: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
