import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The registry tally (issue #18): per street and year registered (China time), how many
 * organizations there are, and how many of them in each tier (R5), urban and rural (R1, R8),
 * each category (R1, R6), and led by a Party member (R10). One row per street and year, so the
 * province is at most streets × years rows whatever the number of organizations. Moved in the
 * same transaction as every change to those facts (registry-tally.ts); the dashboard reads only
 * this.
 */
@Entity('registry_tally')
export class RegistryTally {
  @PrimaryColumn({ type: 'char', length: 9 })
  streetCode: string;

  @PrimaryColumn({ type: 'int' })
  registeredYear: number;

  @Column({ type: 'int' })
  organizations: number;

  @Column({ type: 'int' })
  registered: number;

  @Column({ type: 'int' })
  streetFiled: number;

  @Column({ type: 'int' })
  communityGuided: number;

  @Column({ type: 'int' })
  urban: number;

  @Column({ type: 'int' })
  rural: number;

  @Column({ type: 'int' })
  lifeService: number;

  @Column({ type: 'int' })
  publicWelfare: number;

  @Column({ type: 'int' })
  mutualAid: number;

  @Column({ type: 'int' })
  cultureSports: number;

  @Column({ type: 'int' })
  ruralProduction: number;

  @Column({ type: 'int' })
  partyLed: number;
}
