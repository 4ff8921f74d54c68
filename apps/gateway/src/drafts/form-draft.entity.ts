import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A user's half-filled form (issue #18): one per user and form key, replaced whole on each save.
 * Per-user UI state, not programme data, so the gateway keeps it. The values may hold a phone or
 * an account number, so they are sealed at rest as one token (R30: PersonalDataCipher) and never
 * logged or audited.
 */
@Entity('form_draft')
export class FormDraft {
  @PrimaryColumn('uuid')
  userId: string;

  @PrimaryColumn({ type: 'varchar', length: 80 })
  formKey: string;

  /** The values as JSON, sealed (`v1.<keyId>.…`). */
  @Column({ type: 'text' })
  bodyCipher: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
