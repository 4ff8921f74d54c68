import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** How many programmes, or years, one kind of work lists at most: the home page stays short. */
export const WORK_GROUPS = 20;

/** A tally of one programme's applications waiting. */
export interface ProgrammeTally {
  programmeId: string;
  name: string;
  count: number;
  oldest: Date;
}

/** A tally of one year's objections waiting. */
export interface YearTally {
  fiscalYear: number;
  count: number;
  oldest: Date;
}

/**
 * The lottery fund's work-queue tallies (issue #18): submitted applications through the partial
 * index on SUBMITTED ones (subsidy_application_submitted), objections through the notices they
 * name, each grouped and bounded to WORK_GROUPS rows.
 */
@Injectable()
export class LotteryWorkRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * rule R20: undecided applications by programme, those an officer has not assessed yet
   * (`assessed` false: no merit) or assessed and awaiting the decision (`assessed` true).
   */
  async undecided(assessed: boolean): Promise<ProgrammeTally[]> {
    const rows = await this.dataSource.query(
      `SELECT a.programme_id, p.name, count(*)::int AS count, min(a.submitted_at) AS oldest
         FROM "lottery_fund".subsidy_application a
         JOIN "lottery_fund".subsidy_programme p ON p.id = a.programme_id
        WHERE a.status = 'SUBMITTED' AND (a.merit IS NOT NULL) = $1
        GROUP BY a.programme_id, p.name
        ORDER BY oldest, a.programme_id LIMIT ${WORK_GROUPS}`,
      [assessed],
    );
    return rows.map((r: Record<string, unknown>) => ({
      programmeId: r.programme_id as string,
      name: r.name as string,
      count: r.count as number,
      oldest: r.oldest as Date,
    }));
  }

  /**
   * rule R23: objections the public raised against notices still in force (no correction replaced
   * them), by the notice's year. An objection has no state of its own: answering one is
   * correcting its notice, or leaving it in force.
   */
  async objections(): Promise<YearTally[]> {
    const rows = await this.dataSource.query(
      `SELECT n.fiscal_year, count(*)::int AS count, min(o.received_at) AS oldest
         FROM "lottery_fund".objection o
         JOIN "lottery_fund".disclosure_notice n ON n.id = o.notice_id
        WHERE NOT EXISTS (SELECT 1 FROM "lottery_fund".disclosure_notice c WHERE c.corrects = n.id)
        GROUP BY n.fiscal_year
        ORDER BY n.fiscal_year DESC LIMIT ${WORK_GROUPS}`,
    );
    return rows.map((r: Record<string, unknown>) => ({
      fiscalYear: r.fiscal_year as number,
      count: r.count as number,
      oldest: r.oldest as Date,
    }));
  }

  /** rule R23: whether a year had programmes and whether its annual report is out. */
  async annualReport(fiscalYear: number): Promise<{ programmes: number; published: boolean }> {
    const [row] = await this.dataSource.query(
      `SELECT (SELECT count(*)::int FROM "lottery_fund".subsidy_programme
                WHERE fiscal_year = $1) AS programmes,
              EXISTS (SELECT 1 FROM "lottery_fund".disclosure_notice
                       WHERE kind = 'ANNUAL_REPORT' AND fiscal_year = $1) AS published`,
      [fiscalYear],
    );
    return { programmes: row.programmes, published: row.published };
  }
}
