import type { AnnualReport, NoticeKind } from '@civic/domain/lottery';
import type { NoticeContentDto } from '@civic/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A published notice (R23). Never edited or deleted (a trigger in the migration refuses both); a
 * correction is a new notice whose `corrects` names the one it replaces.
 */
@Entity('disclosure_notice')
@Index(['fiscalYear'])
@Index('disclosure_notice_corrected_once', ['corrects'], {
  unique: true,
  where: 'corrects IS NOT NULL',
})
export class DisclosureNotice {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 20 })
  kind: NoticeKind;

  @Column({ type: 'int' })
  fiscalYear: number;

  @Column({ type: 'uuid', nullable: true })
  applicationId: string | null;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** A project's disclosure, or the year's report for an ANNUAL_REPORT notice. */
  @Column({ type: 'jsonb' })
  content: NoticeContentDto | AnnualReport;

  @Column({ type: 'timestamptz' })
  publishedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  corrects: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  correctionReason: string | null;

  /** End of the publicity period (公示期), for PUBLICITY notices. */
  @Column({ type: 'timestamptz', nullable: true })
  objectionsUntil: Date | null;
}
