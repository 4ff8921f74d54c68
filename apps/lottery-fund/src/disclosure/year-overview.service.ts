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
  disclosureStatus,
  eldercareShare,
  meetsEldercareFloor,
} from '@civic/domain/lottery';
import { authorize } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { DisclosureRepository } from './disclosure.repository';

/**
 * A programme year for officers: its budget, what was approved and paid, the share that went to
 * eldercare against the floor (R21), and where the annual disclosure stands as 30 June of the next
 * year approaches (R23).
 */
@Injectable()
export class YearOverviewService {
  constructor(private readonly repository: DisclosureRepository) {}

  async get(input: unknown, actor: RpcActor, today = new Date()): Promise<LotteryYearView> {
    authorize(actor, Permission.SUBSIDY_REVIEW);
    const { fiscalYear } = validatePlain(FiscalYearQuery, input, 'query');
    const budget = await this.repository.yearBudget(fiscalYear);
    const rows = await this.repository.totalsByPurpose(fiscalYear);
    const approved: ApprovedByPurpose = Object.fromEntries(
      rows.map((r) => [r.purpose, r.approvedFen]),
    );
    const share = eldercareShare(approved);
    const meets = meetsEldercareFloor(approved);
    const publishedAt = await this.repository.firstAnnualReportAt(fiscalYear);
    const disclosure = disclosureStatus({
      year: fiscalYear,
      today,
      ...(publishedAt ? { publishedAt } : {}),
    });
    return {
      fiscalYear,
      programmes: budget.programmes,
      budgetFen: budget.budgetFen,
      approvedFen: share.totalFen,
      paidFen: rows.reduce((sum, r) => sum + r.paidFen, 0),
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
