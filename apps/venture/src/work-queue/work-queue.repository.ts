import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** How many calls one kind of work lists at most: the home page stays short. */
export const WORK_GROUPS = 20;

/** One call's work of one kind. */
export interface CallTally {
  callId: string;
  name: string;
  count: number;
  oldest: Date | null;
  deadline: Date | null;
  /** For the officer's proposals: whether the reviewers are drawn (then the ranking waits). */
  drawn: boolean;
}

/** Awards that may still pay: their milestones are signed, reported and evaluated (R19). */
const PAYING = `('AWARDED', 'COMMITTED')`;

/**
 * Venture philanthropy's work-queue tallies (issue #18), each grouped by call and bounded to
 * WORK_GROUPS rows, over indexed columns: proposals by organization and by (call, status), a
 * reviewer's assignments, assignments by call, awards by organization, tranches whose milestone
 * is open (tranche_milestone_open). Calls themselves are a small table.
 */
@Injectable()
export class VentureWorkRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private async byCall(sql: string, params: unknown[]): Promise<CallTally[]> {
    const rows = await this.dataSource.query(
      `${sql} ORDER BY oldest NULLS LAST, call_id LIMIT ${WORK_GROUPS}`,
      params,
    );
    return rows.map((r: Record<string, unknown>) => ({
      callId: r.call_id as string,
      name: r.name as string,
      count: r.count as number,
      oldest: (r.oldest as Date | null) ?? null,
      deadline: (r.deadline as Date | null) ?? null,
      drawn: r.drawn === true,
    }));
  }

  /** rule R17: an organization's drafts to calls still open, due by each call's deadline. */
  drafts(organizationId: string, now: Date): Promise<CallTally[]> {
    return this.byCall(
      `SELECT c.id AS call_id, c.name, c.deadline, count(*)::int AS count,
              min(p.created_at) AS oldest
         FROM "venture".proposal p JOIN "venture".venture_call c ON c.id = p.call_id
        WHERE p.organization_id = $1 AND p.status = 'DRAFT' AND c.deadline > $2
        GROUP BY c.id, c.name, c.deadline`,
      [organizationId, now],
    );
  }

  /**
   * rule R19: milestones an organization may report now (milestoneReportCheck): after signing,
   * not reported yet, every earlier one approved, on an award that still pays.
   */
  reportsToFile(organizationId: string): Promise<CallTally[]> {
    return this.byCall(
      `SELECT c.id AS call_id, c.name, count(*)::int AS count, NULL::timestamptz AS oldest
         FROM "venture".award a
         JOIN "venture".tranche t ON t.award_id = a.id
         JOIN "venture".venture_call c ON c.id = a.call_id
        WHERE a.organization_id = $1 AND a.status IN ${PAYING}
          AND t.position > 0 AND t.milestone = 'PENDING'
          AND NOT EXISTS (SELECT 1 FROM "venture".tranche e
                           WHERE e.award_id = t.award_id AND e.position < t.position
                             AND e.milestone <> 'APPROVED')
        GROUP BY c.id, c.name`,
      [organizationId],
    );
  }

  /**
   * rules R17, R18: a reviewer's proposals not scored yet, of calls whose awards have not begun
   * (scores are final once they begin, ScoringService).
   */
  reviewsDue(userId: string): Promise<CallTally[]> {
    return this.byCall(
      `SELECT c.id AS call_id, c.name, count(*)::int AS count, min(a.assigned_at) AS oldest
         FROM "venture".reviewer r
         JOIN "venture".review_assignment a ON a.reviewer_id = r.id AND a.scores IS NULL
         JOIN "venture".proposal p ON p.id = a.proposal_id AND p.status = 'SUBMITTED'
         JOIN "venture".venture_call c ON c.id = a.call_id
        WHERE r.user_id = $1
          AND NOT EXISTS (SELECT 1 FROM "venture".proposal w
                           WHERE w.call_id = a.call_id AND w.status = 'AWARDED')
        GROUP BY c.id, c.name`,
      [userId],
    );
  }

  /**
   * rules R17–R19: submitted proposals of calls past their deadline that wait for the officer:
   * reviewers to draw, or (every sheet in) the ranking and awards, before any award is made.
   */
  proposalsToCheck(now: Date): Promise<CallTally[]> {
    return this.byCall(
      `SELECT c.id AS call_id, c.name, c.drawn_at IS NOT NULL AS drawn, count(*)::int AS count,
              min(p.submitted_at) AS oldest
         FROM "venture".venture_call c
         JOIN "venture".proposal p ON p.call_id = c.id AND p.status = 'SUBMITTED'
        WHERE c.deadline <= $1
          AND NOT EXISTS (SELECT 1 FROM "venture".proposal w
                           WHERE w.call_id = c.id AND w.status = 'AWARDED')
          AND (c.drawn_at IS NULL
               OR NOT EXISTS (SELECT 1 FROM "venture".review_assignment a
                               WHERE a.call_id = c.id AND a.scores IS NULL))
        GROUP BY c.id, c.name, c.drawn_at`,
      [now],
    );
  }

  /** rule R19: awards whose agreement is not signed yet (the first milestone, signing). */
  awardsToSign(): Promise<CallTally[]> {
    return this.byCall(
      `SELECT c.id AS call_id, c.name, count(*)::int AS count, min(a.decided_at) AS oldest
         FROM "venture".tranche t
         JOIN "venture".award a ON a.id = t.award_id AND a.status IN ${PAYING}
         JOIN "venture".venture_call c ON c.id = a.call_id
        WHERE t.milestone = 'PENDING' AND t.position = 0
        GROUP BY c.id, c.name`,
      [],
    );
  }

  /** rule R19: milestones reported by their organization, awaiting an officer's evaluation. */
  milestonesToEvaluate(): Promise<CallTally[]> {
    return this.byCall(
      `SELECT c.id AS call_id, c.name, count(*)::int AS count, NULL::timestamptz AS oldest
         FROM "venture".tranche t
         JOIN "venture".award a ON a.id = t.award_id
         JOIN "venture".venture_call c ON c.id = a.call_id
        WHERE t.milestone = 'SUBMITTED'
        GROUP BY c.id, c.name`,
      [],
    );
  }
}
