import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A programme's timeliness tally (issue #18): a day histogram, how many applications took `days`
 * Beijing calendar days from submission to their decision (stage DECISION, R16) or to their first
 * settled payment (stage PAYMENT, R28), per applicant street and year of submission. Additive, so
 * areas and years sum and the median and p90 come out exact (durationStats). In each programme's
 * own schema, moved in the transaction of the decision and in the inbox transaction of finance's
 * settlement (timeliness-tally.ts); the timeliness dashboard reads only this.
 */
@Entity('timeliness_tally')
export class TimelinessTally {
  @PrimaryColumn({ type: 'char', length: 9 })
  streetCode: string;

  @PrimaryColumn({ type: 'int' })
  year: number;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  programme: string;

  @PrimaryColumn({ type: 'varchar', length: 10 })
  stage: string;

  @PrimaryColumn({ type: 'int' })
  days: number;

  @Column({ type: 'int' })
  applications: number;
}
