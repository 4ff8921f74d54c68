import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** How many applications each programme has, and what they ask for in all. */
export interface ApplicationTotals {
  count: number;
  requestedFen: number;
}

/** The programmes' SQL: what their applications add up to. */
@Injectable()
export class ProgrammesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Per programme id; a programme without applications is left out. */
  async applicationTotals(programmeIds: string[]): Promise<Map<string, ApplicationTotals>> {
    const totals: { programme_id: string; count: number; requested: string }[] =
      await this.dataSource.query(
        `SELECT programme_id, count(*)::int AS count, sum(requested_fen)::text AS requested
           FROM "lottery_fund".subsidy_application WHERE programme_id = ANY($1::uuid[])
          GROUP BY programme_id`,
        [programmeIds],
      );
    return new Map(
      totals.map((t) => [t.programme_id, { count: t.count, requestedFen: Number(t.requested) }]),
    );
  }
}
