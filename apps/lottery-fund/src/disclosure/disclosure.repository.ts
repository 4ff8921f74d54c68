import {
  type BeneficiaryCount,
  DISCLOSED_STATUSES,
  type LotteryPurpose,
} from '@civic/domain/lottery';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/** What a year's approved and paid applications add up to, for one purpose. */
export interface PurposeTotals {
  purpose: LotteryPurpose;
  approvedFen: number;
  paidFen: number;
}

/** A funded project as the annual report lists it. */
export interface FundedProject {
  projectName: string;
  unit: string;
  purpose: LotteryPurpose;
  approvedFen: number;
  paidFen: number;
  beneficiaries: BeneficiaryCount[];
}

/**
 * Disclosure's SQL (R21, R23): which notices were corrected and how many objections each drew,
 * and what a fiscal year's programmes and disclosed applications add up to.
 */
@Injectable()
export class DisclosureRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Of these notices, the ones a correction names (wherever that correction is listed). */
  async corrected(noticeIds: string[]): Promise<Set<string>> {
    const corrections: { corrects: string }[] = await this.dataSource.query(
      `SELECT corrects FROM "lottery_fund".disclosure_notice WHERE corrects = ANY($1::uuid[])`,
      [noticeIds],
    );
    return new Set(corrections.map((c) => c.corrects));
  }

  /** Objections per notice; a notice without any is left out. */
  async objectionCounts(noticeIds: string[]): Promise<Map<string, number>> {
    const counts: { notice_id: string; n: number }[] = await this.dataSource.query(
      `SELECT notice_id, count(*)::int AS n FROM "lottery_fund".objection
        WHERE notice_id = ANY($1::uuid[]) GROUP BY notice_id`,
      [noticeIds],
    );
    return new Map(counts.map((c) => [c.notice_id, c.n]));
  }

  /** The year's programmes and their budgets in all. */
  async yearBudget(fiscalYear: number): Promise<{ programmes: number; budgetFen: number }> {
    const [budget] = await this.dataSource.query(
      `SELECT count(*)::int AS programmes, coalesce(sum(budget_fen), 0)::text AS fen
         FROM "lottery_fund".subsidy_programme WHERE fiscal_year = $1`,
      [fiscalYear],
    );
    return { programmes: budget.programmes, budgetFen: Number(budget.fen) };
  }

  /** Approved (disclosed) and paid amounts of the year, by purpose. */
  async totalsByPurpose(fiscalYear: number): Promise<PurposeTotals[]> {
    const rows: { purpose: LotteryPurpose; approved: string; paid: string }[] =
      await this.dataSource.query(
        `SELECT p.purpose,
                coalesce(sum(a.requested_fen) FILTER (WHERE a.status = ANY($2)), 0)::text AS approved,
                coalesce(sum(a.requested_fen) FILTER (WHERE a.status = 'PAID'), 0)::text AS paid
           FROM "lottery_fund".subsidy_programme p
           JOIN "lottery_fund".subsidy_application a ON a.programme_id = p.id
          WHERE p.fiscal_year = $1 GROUP BY p.purpose`,
        [fiscalYear, DISCLOSED_STATUSES],
      );
    return rows.map((r) => ({
      purpose: r.purpose,
      approvedFen: Number(r.approved),
      paidFen: Number(r.paid),
    }));
  }

  /** When the year's first annual report was published, if it was. */
  async firstAnnualReportAt(fiscalYear: number): Promise<Date | null> {
    const [report] = await this.dataSource.query(
      `SELECT min(published_at) AS at FROM "lottery_fund".disclosure_notice
        WHERE kind = 'ANNUAL_REPORT' AND fiscal_year = $1`,
      [fiscalYear],
    );
    return report?.at ?? null;
  }

  /** Until the caller's transaction ends: one publication of the year's report at a time. */
  async lockAnnualReport(manager: EntityManager, fiscalYear: number): Promise<void> {
    await manager.query(
      `SELECT pg_advisory_xact_lock(hashtext('lottery_fund.annual_report'), $1)`,
      [fiscalYear],
    );
  }

  /** The year's programmes: purpose and budget of each. */
  async programmeBudgets(
    manager: EntityManager,
    fiscalYear: number,
  ): Promise<{ purpose: LotteryPurpose; budgetFen: number }[]> {
    const rows: { purpose: LotteryPurpose; fen: string }[] = await manager.query(
      `SELECT purpose, budget_fen::text AS fen FROM "lottery_fund".subsidy_programme
        WHERE fiscal_year = $1`,
      [fiscalYear],
    );
    return rows.map((p) => ({ purpose: p.purpose, budgetFen: Number(p.fen) }));
  }

  /** The year's disclosed applications (approved or later), in id order. */
  async fundedProjects(manager: EntityManager, fiscalYear: number): Promise<FundedProject[]> {
    const rows: {
      project_name: string;
      unit: string;
      purpose: LotteryPurpose;
      approved_fen: string;
      paid_fen: string;
      beneficiaries: BeneficiaryCount[];
    }[] = await manager.query(
      `SELECT a.project_name, a.organization_name AS unit, p.purpose,
              a.requested_fen::text AS approved_fen,
              (CASE WHEN a.status = 'PAID' THEN a.requested_fen ELSE 0 END)::text AS paid_fen,
              a.beneficiaries
         FROM "lottery_fund".subsidy_application a
         JOIN "lottery_fund".subsidy_programme p ON p.id = a.programme_id
        WHERE p.fiscal_year = $1 AND a.status = ANY($2)
        ORDER BY a.id`,
      [fiscalYear, DISCLOSED_STATUSES],
    );
    return rows.map((p) => ({
      projectName: p.project_name,
      unit: p.unit,
      purpose: p.purpose,
      approvedFen: Number(p.approved_fen),
      paidFen: Number(p.paid_fen),
      beneficiaries: p.beneficiaries,
    }));
  }
}
