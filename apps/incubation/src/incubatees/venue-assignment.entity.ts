import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** An incubatee's place in a venue, from the day it was given until the space is handed back (R4, R16). */
@Entity('venue_assignment')
@Index(['venueId'])
@Index('venue_assignment_one_open', ['incubateeId'], {
  unique: true,
  where: 'released_on IS NULL',
})
export class VenueAssignment {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  venueId: string;

  @Column({ type: 'uuid' })
  incubateeId: string;

  @Column({ type: 'date' })
  assignedOn: string;

  @Column({ type: 'date', nullable: true })
  releasedOn: string | null;
}
