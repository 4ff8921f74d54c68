import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** What became of a cohort's applicants (R16): the measures both cohort tallies keep. */
abstract class CohortOutcomeCounts {
  @Column({ type: 'int' })
  applied: number;

  @Column({ type: 'int' })
  admitted: number;

  @Column({ type: 'int' })
  waitlisted: number;

  @Column({ type: 'int' })
  rejected: number;

  @Column({ type: 'int' })
  active: number;

  @Column({ type: 'int' })
  graduated: number;

  @Column({ type: 'int' })
  exited: number;
}

/**
 * The cohort tally (issue #18): what became of the applicants to each cohort (R16), per applicant
 * street, cohort (with its base and the year it starts). Moved in the same transaction as each
 * submission, admission decision, graduation and exit (cohort-tally.ts); the cohort dashboard
 * reads only the tallies. One row per combination with at least one applicant; read by a range
 * of street codes (a city, a county, a street) or by base (its staff).
 */
@Entity('cohort_tally')
@Index(['baseId', 'cohortYear'])
export class CohortTally extends CohortOutcomeCounts {
  @PrimaryColumn({ type: 'char', length: 9 })
  streetCode: string;

  @PrimaryColumn({ type: 'int' })
  cohortYear: number;

  @PrimaryColumn({ type: 'uuid' })
  baseId: string;

  @PrimaryColumn({ type: 'uuid' })
  cohortId: string;
}

/**
 * The same, rolled up to the applicants' city (the first 4 digits of their street): what the
 * province's view reads, at most cohorts × cities rows whatever the number of applicants.
 */
@Entity('cohort_city_tally')
export class CohortCityTally extends CohortOutcomeCounts {
  @PrimaryColumn({ type: 'char', length: 4 })
  cityCode: string;

  @PrimaryColumn({ type: 'int' })
  cohortYear: number;

  @PrimaryColumn({ type: 'uuid' })
  baseId: string;

  @PrimaryColumn({ type: 'uuid' })
  cohortId: string;
}
