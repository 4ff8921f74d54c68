import type { RpcActor } from '@civic/contracts';
import { appropriate, type FundCode, type FundPosition } from '@civic/domain/finance';
import { AuditTrail } from '@civic/platform/audit';
import { OutboxWriter } from '@civic/platform/messaging';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { LedgerWriter } from '../ledger/ledger.writer';
import { BudgetsRepository } from './budgets.repository';
import { FundBudget } from './entities/fund-budget.entity';

/**
 * A fund's budget per fiscal year (rule R27): appropriations add to it through the ledger, and the
 * new total is announced (`finance.budget-appropriated.v1`) to the programmes that plan against it.
 */
@Injectable()
export class BudgetsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ledger: LedgerWriter,
    private readonly audit: AuditTrail,
    private readonly outbox: OutboxWriter,
    private readonly repository: BudgetsRepository,
  ) {}

  async appropriate(
    fund: FundCode,
    year: number,
    amountFen: number,
    actor: RpcActor,
  ): Promise<FundPosition> {
    return this.dataSource.transaction(async (manager) => {
      await this.repository.ensure(manager, fund, year);
      const budget = await manager.findOneOrFail(FundBudget, {
        where: { fund, fiscalYear: year },
        lock: { mode: 'pessimistic_write' },
      });
      const before = await this.ledger.position(manager, fund, year);
      await this.ledger.post(manager, appropriate(fund, year, amountFen), `budget:${fund}:${year}`);
      budget.appropriatedFen += amountFen;
      await manager.save(budget);
      // Programmes that plan against a budget keep a copy (R25, Order 102 art. 14).
      await this.outbox.publish(manager, 'finance.budget-appropriated.v1', {
        fund,
        fiscalYear: year,
        appropriatedFen: budget.appropriatedFen,
      });
      const after = await this.ledger.position(manager, fund, year);
      await this.audit.record(manager, {
        actor,
        action: 'budget.appropriated',
        entityType: 'fund-budget',
        entityId: `${fund}:${year}`,
        before,
        after,
      });
      return after;
    });
  }
}
