import type { WorkTally } from '@civic/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** How many projects or contracts one kind of work lists at most: the home page stays short. */
export const WORK_GROUPS = 20;

/** One project's or contract's work of one kind. */
export interface SubjectTally {
  id: string;
  title: string;
  count: number;
  oldest: Date | null;
  /** The earliest day it is due, `YYYY-MM-DD` (China calendar). */
  dueOn: string | null;
}

/**
 * A contract year still in performance (R25, reportStateCheck): its contract in force, the year
 * signed or renewed (committed at finance), and no final evaluation closed it yet.
 */
const IN_PERFORMANCE = `
  c.status = 'IN_FORCE' AND y.commitment_state IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM "procurement".contract_evaluation e
                   WHERE e.year_id = y.id AND e.kind = 'FINAL')`;

/**
 * Government purchase's work-queue tallies (issue #18): one aggregate row, or rows grouped by
 * project or contract and bounded to WORK_GROUPS, over indexed columns (directory entries and
 * projects by status, open objections, panel members by user, contracts by organization).
 */
@Injectable()
export class ProcurementWorkRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private async tally(sql: string, params: unknown[] = []): Promise<WorkTally> {
    const [row] = await this.dataSource.query(sql, params);
    return { count: row.count, oldestAt: row.oldest };
  }

  private async bySubject(sql: string, params: unknown[]): Promise<SubjectTally[]> {
    const rows = await this.dataSource.query(`${sql} LIMIT ${WORK_GROUPS}`, params);
    return rows.map((r: Record<string, unknown>) => ({
      id: r.id as string,
      title: r.title as string,
      count: r.count as number,
      oldest: (r.oldest as Date | null) ?? null,
      dueOn: (r.due_on as string | null | undefined) ?? null,
    }));
  }

  /** rule R24: applications to the undertaker directory awaiting an officer's decision. */
  directoryToDecide(): Promise<WorkTally> {
    return this.tally(
      `SELECT count(*)::int AS count, min(applied_at) AS oldest
         FROM "procurement".directory_entry WHERE status = 'PENDING'`,
    );
  }

  /** rule R25: announced projects whose bid deadline passed, to open (开标). */
  biddingToClose(now: Date): Promise<WorkTally> {
    return this.tally(
      `SELECT count(*)::int AS count, min(bid_deadline) AS oldest
         FROM "procurement".purchase_project
        WHERE status = 'ANNOUNCED' AND bid_deadline <= $1`,
      [now],
    );
  }

  /** rules R18, R25: projects whose bidding closed, for their evaluation panel to be drawn. */
  panelsToDraw(): Promise<WorkTally> {
    return this.tally(
      `SELECT count(*)::int AS count, min(bid_deadline) AS oldest
         FROM "procurement".purchase_project WHERE status = 'BIDDING_CLOSED'`,
    );
  }

  /**
   * rule R25: awarded projects whose objection window passed with no objection open: the
   * contract may be signed (no contract while one is open).
   */
  contractsToSign(now: Date): Promise<WorkTally> {
    return this.tally(
      `SELECT count(*)::int AS count, min(p.objection_deadline) AS oldest
         FROM "procurement".purchase_project p
        WHERE p.status = 'AWARDED' AND p.objection_deadline <= $1
          AND NOT EXISTS (SELECT 1 FROM "procurement".objection o
                           WHERE o.project_id = p.id AND o.status = 'OPEN')`,
      [now],
    );
  }

  /** rule R25: objections to published results awaiting an officer's answer, by project. */
  objectionsToAnswer(): Promise<SubjectTally[]> {
    return this.bySubject(
      `SELECT p.id, p.title, count(*)::int AS count, min(o.raised_at) AS oldest
         FROM "procurement".objection o
         JOIN "procurement".purchase_project p ON p.id = o.project_id
        WHERE o.status = 'OPEN'
        GROUP BY p.id, p.title
        ORDER BY oldest, p.id`,
      [],
    );
  }

  /**
   * rule R25: contract years in performance whose final evaluation is due: the year has ended,
   * or its final report is in.
   */
  evaluationsDue(today: string): Promise<WorkTally> {
    return this.tally(
      `SELECT count(*)::int AS count, NULL::timestamptz AS oldest
         FROM "procurement".contract_year y
         JOIN "procurement".contract c ON c.id = y.contract_id
        WHERE ${IN_PERFORMANCE}
          AND (y.ends_on < $1::date
               OR EXISTS (SELECT 1 FROM "procurement".contract_report r
                           WHERE r.year_id = y.id AND r.kind = 'FINAL'))`,
      [today],
    );
  }

  /** rules R18, R25: bids a panel member has not scored yet, of projects under evaluation. */
  bidsToScore(userId: string): Promise<SubjectTally[]> {
    return this.bySubject(
      `SELECT p.id, p.title, count(*)::int AS count, min(b.submitted_at) AS oldest
         FROM "procurement".panel_member m
         JOIN "procurement".purchase_project p ON p.id = m.project_id AND p.status = 'EVALUATING'
         JOIN "procurement".bid b ON b.project_id = p.id AND b.status = 'SUBMITTED'
        WHERE m.user_id = $1
          AND NOT EXISTS (SELECT 1 FROM "procurement".score_sheet s
                           WHERE s.bid_id = b.id AND s.expert_id = m.expert_id)
        GROUP BY p.id, p.title
        ORDER BY oldest, p.id`,
      [userId],
    );
  }

  /**
   * rule R25: an undertaker's contract years in performance without their final report, due by
   * the year's last day, by contract.
   */
  reportsDue(organizationId: string): Promise<SubjectTally[]> {
    return this.bySubject(
      `SELECT c.id, c.title, count(*)::int AS count, NULL::timestamptz AS oldest,
              min(y.ends_on)::text AS due_on
         FROM "procurement".contract c
         JOIN "procurement".contract_year y ON y.contract_id = c.id
        WHERE c.organization_id = $1 AND ${IN_PERFORMANCE}
          AND NOT EXISTS (SELECT 1 FROM "procurement".contract_report r
                           WHERE r.year_id = y.id AND r.kind = 'FINAL')
        GROUP BY c.id, c.title
        ORDER BY due_on, c.id`,
      [organizationId],
    );
  }
}
