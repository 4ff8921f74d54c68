import {
  type LotteryYearView,
  type RpcActor,
  FiscalYearQuery,
  validatePlain,
} from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import {
  type ApprovedByPurpose,
  type EldercarePolicy,
  disclosureStatus,
  eldercareShare,
  meetsEldercareFloor,
} from '@civic/domain/lottery';
import { authorize } from '@civic/platform/rpc';
import { policyInForceHere, policyToday } from '@civic/platform/policy-copies';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DisclosureRepository } from './disclosure.repository';

/**
 * A programme year for officers: its budget, what was approved and paid, the share that went to
 * eldercare against the floor (R21), and where the annual disclosure stands as 30 June of the next
 * year approaches (R23).
 */
@Injectable()
export class YearOverviewService {
  constructor(
    private readonly repository: DisclosureRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async get(input: unknown, actor: RpcActor, today = new Date()): Promise<LotteryYearView> {
    authorize(actor, Permission.SUBSIDY_REVIEW);
    const { fiscalYear } = validatePlain(FiscalYearQuery, input, 'query');
    const budget = await this.repository.yearBudget(fiscalYear);
    const rows = await this.repository.totalsByPurpose(fiscalYear);
    const approved: ApprovedByPurpose = Object.fromEntries(
      rows.map((r) => [r.purpose, r.approvedFen]),
    );
    const share = eldercareShare(approved);
    // rule R21: the floor in force at the year's end, or today for the year under way (issue #17).
    const yearEnd = `${fiscalYear}-12-31`;
    const on = policyToday(today) < yearEnd ? policyToday(today) : yearEnd;
    const floor = await policyInForceHere<EldercarePolicy>(
      this.dataSource.manager,
      'ELDERCARE_FLOOR',
      undefined,
      on,
    );
    const meets = meetsEldercareFloor(approved, floor.body);
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
        floorPercent: floor.body.floorPercent,
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
