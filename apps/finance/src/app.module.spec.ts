import { AuditRpcModule, auditRpcHandlers, AuditTrail } from '@civic/platform/audit';
import { OutboxWriter } from '@civic/platform/messaging';
import { PersonalDataCipher } from '@civic/platform/pii';
import { describeServiceLayout } from '@civic/testing';
import type { RpcPattern } from '@civic/contracts';
import { type DynamicModule, type Type } from '@nestjs/common';
import { BatchesModule } from './batches/batches.module';
import { BatchesRpcController } from './batches/batches.rpc-controller';
import { BudgetsModule } from './budgets/budgets.module';
import { BudgetsRpcController } from './budgets/budgets.rpc-controller';
import { ClawbacksModule } from './clawbacks/clawbacks.module';
import { ClawbacksRpcController } from './clawbacks/clawbacks.rpc-controller';
import { CommitmentsModule } from './commitments/commitments.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { DashboardRpcController } from './dashboard/dashboard.rpc-controller';
import { FinanceEnv } from './finance.env';
import { FinanceHealthRpcController } from './finance-health.rpc-controller';
import { FinanceInbox } from './finance.inbox';
import { LedgerModule } from './ledger/ledger.module';
import { PaymentSettingsModule } from './payments/payment-settings.module';
import { PaymentWorkerModule } from './payments/payment-worker.module';
import { PaymentsModule } from './payments/payments.module';
import { PaymentsRpcController } from './payments/payments.rpc-controller';
import { ReconciliationModule } from './reconciliation/reconciliation.module';
import { ReconciliationRpcController } from './reconciliation/reconciliation.rpc-controller';
import { FinanceWorkQueueModule } from './work-queue/work-queue.module';
import { FinanceWorkQueueRpcController } from './work-queue/work-queue.rpc-controller';

const FEATURES: (Type | DynamicModule)[] = [
  PaymentSettingsModule.forRoot(
    Object.assign(new FinanceEnv(), { PAYMENTS_WORKER: 'false' as const }),
  ),
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
  AuditRpcModule.forService('finance'),
];

/** Where each finance pattern is answered: every one of the contract's (compile-checked). */
const HANDLED_BY = {
  'finance.funds': BudgetsRpcController,
  'finance.appropriate': BudgetsRpcController,
  'finance.reconciliation': ReconciliationRpcController,
  'finance.payments': PaymentsRpcController,
  'finance.payments.propose-reissue': PaymentsRpcController,
  'finance.payments.decide-reissue': PaymentsRpcController,
  'finance.batches.create': BatchesRpcController,
  'finance.batches.list': BatchesRpcController,
  'finance.batches.get': BatchesRpcController,
  'finance.batches.approve': BatchesRpcController,
  'finance.batches.reject': BatchesRpcController,
  'finance.clawbacks': ClawbacksRpcController,
  'finance.clawbacks.record-receipt': ClawbacksRpcController,
  'finance.clawbacks.decide-receipt': ClawbacksRpcController,
  'finance.health': FinanceHealthRpcController,
  'finance.work-queue': FinanceWorkQueueRpcController,
  'finance.dashboard.funding': DashboardRpcController,
  ...auditRpcHandlers('finance'),
} satisfies Record<Extract<RpcPattern, `finance.${string}`>, Type>;

describeServiceLayout({
  service: 'finance',
  features: FEATURES,
  health: FinanceHealthRpcController,
  handledBy: HANDLED_BY,
  platform: [AuditTrail, OutboxWriter, { provide: PersonalDataCipher, useValue: {} }],
  inbox: FinanceInbox,
});
