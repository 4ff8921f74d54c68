import { Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import { Venue } from './venue.entity';

/** The bases feature's SQL. */
@Injectable()
export class BasesRepository {
  /** Venues of some bases, by name. */
  venuesOf(manager: EntityManager, baseIds: string[]): Promise<Venue[]> {
    return manager.find(Venue, { where: { baseId: In(baseIds) }, order: { name: 'ASC' } });
  }

  /** How many organizations each venue hosts now (places not handed back), by venue id. */
  async occupants(manager: EntityManager, venueIds: string[]): Promise<Map<string, number>> {
    const rows: { venue_id: string; n: number }[] = await manager.query(
      `SELECT venue_id, count(*)::int AS n FROM "incubation".venue_assignment
        WHERE released_on IS NULL AND venue_id = ANY($1) GROUP BY venue_id`,
      [venueIds],
    );
    return new Map(rows.map((r) => [r.venue_id, r.n]));
  }
}
