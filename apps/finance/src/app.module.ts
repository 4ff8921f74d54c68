import { AuditRpcModule } from '@civic/platform/audit';
import { serviceImports } from '@civic/platform/observability';
import { PiiModule } from '@civic/platform/pii';
import { type DynamicModule, Module } from '@nestjs/common';
import { BatchesModule } from './batches/batches.module';
import { BudgetsModule } from './budgets/budgets.module';
import { ClawbacksModule } from './clawbacks/clawbacks.module';
import { CommitmentsModule } from './commitments/commitments.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { FINANCE_DATABASE } from './database';
import type { FinanceEnv } from './finance.env';
import { FinanceHealthRpcController } from './finance-health.rpc-controller';
import { FinanceInbox } from './finance.inbox';
import { FinanceMetrics } from './metrics/finance-metrics';
import { LedgerModule } from './ledger/ledger.module';
import { PaymentSettingsModule } from './payments/payment-settings.module';
import { PaymentWorkerModule } from './payments/payment-worker.module';
import { PaymentsModule } from './payments/payments.module';
import { ReconciliationModule } from './reconciliation/reconciliation.module';
import { FinanceWorkQueueModule } from './work-queue/work-queue.module';

/**
 * Funds, budgets, commitments, the double-entry ledger, batches and payments (R3, R19, R26–R28):
 * the platform (database, messaging with the inbox, health, audit), the payment settings and the
 * bank from the environment, the cipher that seals account numbers (R30), and one module per
 * feature.
 */
@Module({})
export class AppModule {
  static forRoot(env: FinanceEnv): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...serviceImports('finance', env, FINANCE_DATABASE, {
          provider: FinanceInbox,
          imports: [CommitmentsModule, PaymentsModule, ClawbacksModule],
        }),
        PiiModule.forRoot({ key: env.PII_KEY, keyId: env.PII_KEY_ID }),
        AuditRpcModule.forService('finance'),
        PaymentSettingsModule.forRoot(env),
        LedgerModule,
        BudgetsModule,
        CommitmentsModule,
        PaymentsModule,
        PaymentWorkerModule,
        BatchesModule,
        ClawbacksModule,
        ReconciliationModule,
        FinanceWorkQueueModule,
        DashboardModule,
      ],
      controllers: [FinanceHealthRpcController],
      providers: [FinanceMetrics], // issue #20: payments, batches and holds on GET /metrics
    };
  }
}
