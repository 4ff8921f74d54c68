import { AuditModule } from '@civic/platform/audit';
import { DatabaseModule } from '@civic/platform/database';
import { MessagingModule, messagingSettingsFrom } from '@civic/platform/messaging';
import { HealthModule, loggingModule } from '@civic/platform/observability';
import { type DynamicModule, Module } from '@nestjs/common';
import { BudgetsService } from './budgets/budgets.service';
import { FundsRpcController } from './budgets/funds.rpc-controller';
import { FundsService } from './budgets/funds.service';
import { CommitmentsService } from './commitments/commitments.service';
import { FINANCE_DATABASE } from './database';
import type { FinanceEnv } from './finance.env';
import { FinanceHealthRpcController } from './finance-health.rpc-controller';
import { LedgerWriter } from './ledger/ledger.writer';
import { ReconciliationService } from './reconciliation/reconciliation.service';

/** Funds, budgets, commitments and the double-entry ledger (R26–R28). */
@Module({})
export class AppModule {
  static forRoot(env: FinanceEnv): DynamicModule {
    return {
      module: AppModule,
      imports: [
        loggingModule('finance', env.LOG_LEVEL),
        DatabaseModule.forService({
          database: FINANCE_DATABASE,
          url: env.DATABASE_URL,
          poolSize: env.DB_POOL_SIZE,
        }),
        MessagingModule.forService(messagingSettingsFrom('finance', env)),
        HealthModule.forService(env.REDIS_URL),
        AuditModule,
      ],
      controllers: [FundsRpcController, FinanceHealthRpcController],
      providers: [
        BudgetsService,
        CommitmentsService,
        FundsService,
        LedgerWriter,
        ReconciliationService,
      ],
    };
  }
}
