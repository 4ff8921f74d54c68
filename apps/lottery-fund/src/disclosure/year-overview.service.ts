import {
  type LotteryYearView,
  type RpcActor,
  FiscalYearQuery,
  validatePlain,
} from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import {
  type ApprovedByPurpose,
  DEFAULT_ELDERCARE_POLICY,
  DISCLOSED_STATUSES,
  disclosureStatus,
  eldercareShare,
  type LotteryPurpose,
  meetsEldercareFloor,
} from '@civic/domain/lottery';
import { authorize } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/**
 * A programme year for officers: its budget, what was approved and paid, the share that went to
 * eldercare against the floor (R21), and where the annual disclosure stands as 30 June of the next
 * year approaches (R23).
 */
@Injectable()
export class YearOverviewService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(input: unknown, actor: RpcActor, today = new Date()): Promise<LotteryYearView> {
    authorize(actor, Permission.SUBSIDY_REVIEW);
    const { fiscalYear } = validatePlain(FiscalYearQuery, input, 'query');
    const [budget] = await this.dataSource.query(
      `SELECT count(*)::int AS programmes, coalesce(sum(budget_fen), 0)::text AS fen
         FROM "lottery_fund".subsidy_programme WHERE fiscal_year = $1`,
      [fiscalYear],
    );
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
    const approved: ApprovedByPurpose = Object.fromEntries(
      rows.map((r) => [r.purpose, Number(r.approved)]),
    );
    const share = eldercareShare(approved);
    const meets = meetsEldercareFloor(approved);
    const [report] = await this.dataSource.query(
      `SELECT min(published_at) AS at FROM "lottery_fund".disclosure_notice
        WHERE kind = 'ANNUAL_REPORT' AND fiscal_year = $1`,
      [fiscalYear],
    );
    const disclosure = disclosureStatus({
      year: fiscalYear,
      today,
      ...(report?.at ? { publishedAt: report.at } : {}),
    });
    return {
      fiscalYear,
      programmes: budget.programmes,
      budgetFen: Number(budget.fen),
      approvedFen: share.totalFen,
      paidFen: rows.reduce((sum, r) => sum + Number(r.paid), 0),
      eldercare: {
        eldercareFen: share.eldercareFen,
        totalFen: share.totalFen,
        ...(share.percent !== null ? { percent: share.percent } : {}),
        floorPercent: DEFAULT_ELDERCARE_POLICY.floorPercent,
        ...(meets !== null ? { meetsFloor: meets } : {}),
      },
      annualDisclosure: {
        status: disclosure.status,
        deadline: disclosure.deadline,
        daysLeft: disclosure.daysLeft,
      },
    };
  }
}
