import { serviceImports } from '@civic/platform/observability';
import { type DynamicModule, Module } from '@nestjs/common';
import { ClawbackRecoveryService } from './clawbacks/clawback-recovery.service';
import { ClawbacksRpcController } from './clawbacks/clawbacks.rpc-controller';
import { BudgetsService } from './budgets/budgets.service';
import { FundsRpcController } from './budgets/funds.rpc-controller';
import { FundsService } from './budgets/funds.service';
import { FINANCE_DATABASE } from './database';
import type { FinanceEnv } from './finance.env';
import { FinanceHealthRpcController } from './finance-health.rpc-controller';
import { FinanceHandlersModule } from './inbox/finance-handlers.module';
import { FinanceInbox } from './inbox/finance-inbox';
import { PaymentsModule } from './payments/payments.module';
import { ReconciliationService } from './reconciliation/reconciliation.service';

/** Funds, budgets, commitments, the double-entry ledger, batches and payments (R3, R26–R28). */
@Module({})
export class AppModule {
  static forRoot(env: FinanceEnv): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...serviceImports('finance', env, FINANCE_DATABASE, {
          provider: FinanceInbox,
          imports: [FinanceHandlersModule],
        }),
        PaymentsModule.forRoot(env),
        FinanceHandlersModule,
      ],
      controllers: [FundsRpcController, ClawbacksRpcController, FinanceHealthRpcController],
      providers: [BudgetsService, FundsService, ReconciliationService, ClawbackRecoveryService],
    };
  }
}
