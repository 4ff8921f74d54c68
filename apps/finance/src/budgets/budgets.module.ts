import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module';
import { BudgetsRepository } from './budgets.repository';
import { BudgetsRpcController } from './budgets.rpc-controller';
import { BudgetsService } from './budgets.service';
import { FundsService } from './funds.service';

/** Funds and their budgets per fiscal year (R27): positions, and appropriations to the ledger. */
@Module({
  imports: [LedgerModule],
  controllers: [BudgetsRpcController],
  providers: [BudgetsService, FundsService, BudgetsRepository],
})
export class BudgetsModule {}
