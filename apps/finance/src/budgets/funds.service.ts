import {
  AppropriateBudgetDto,
  type FundPositionView,
  FundsQuery,
  type RpcActor,
  validatePlain,
} from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import { ALL_FUND_CODES, type FundCode } from '@civic/domain/finance';
import { authorize } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { LedgerWriter } from '../ledger/ledger.writer';
import { BudgetsService } from './budgets.service';

/** The funds as finance staff and programme officers see them: one position per fund and year. */
@Injectable()
export class FundsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ledger: LedgerWriter,
    private readonly budgets: BudgetsService,
  ) {}

  async positions(input: unknown, actor: RpcActor): Promise<FundPositionView[]> {
    authorize(actor, Permission.FINANCE_READ);
    const { fiscalYear } = validatePlain(FundsQuery, input, 'query');
    return Promise.all(
      ALL_FUND_CODES.map(async (fund) => ({
        fund,
        fiscalYear,
        ...(await this.ledger.position(this.dataSource.manager, fund, fiscalYear)),
      })),
    );
  }

  async appropriate(input: unknown, actor: RpcActor): Promise<FundPositionView> {
    authorize(actor, Permission.BUDGET_APPROPRIATE);
    const { fund, fiscalYear, amountFen } = validatePlain(AppropriateBudgetDto, input, 'budget');
    const position = await this.budgets.appropriate(fund as FundCode, fiscalYear, amountFen, actor);
    return { fund, fiscalYear, ...position };
  }
}
