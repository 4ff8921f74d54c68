import 'reflect-metadata';
import type { RpcPattern } from '@civic/contracts';
import { AuditTrail } from '@civic/platform/audit';
import { OutboxWriter } from '@civic/platform/messaging';
import { RpcErrorFilter } from '@civic/platform/rpc';
import { type DynamicModule, Global, Module, type Type } from '@nestjs/common';
import { EXCEPTION_FILTERS_METADATA } from '@nestjs/common/constants';
import { PATTERN_METADATA } from '@nestjs/microservices/constants';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { BatchesModule } from './batches/batches.module';
import { BatchesRpcController } from './batches/batches.rpc-controller';
import { BudgetsModule } from './budgets/budgets.module';
import { BudgetsRpcController } from './budgets/budgets.rpc-controller';
import { ClawbacksModule } from './clawbacks/clawbacks.module';
import { ClawbacksRpcController } from './clawbacks/clawbacks.rpc-controller';
import { CommitmentsModule } from './commitments/commitments.module';
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
} satisfies Record<Extract<RpcPattern, `finance.${string}`>, Type>;

/** The platform's global providers the feature modules use, without a database behind them. */
@Global()
@Module({
  providers: [{ provide: getDataSourceToken(), useValue: {} }, AuditTrail, OutboxWriter],
  exports: [getDataSourceToken(), AuditTrail, OutboxWriter],
})
class PlatformStandIn {}

function metadataOf(module: Type | DynamicModule, key: 'controllers' | 'providers'): unknown[] {
  if ('module' in module) return module[key] ?? [];
  return Reflect.getMetadata(key, module) ?? [];
}

function patternsOf(controller: Type): string[] {
  const prototype = controller.prototype as Record<string, unknown>;
  return Object.getOwnPropertyNames(prototype).flatMap((name) => {
    const method = prototype[name];
    if (name === 'constructor' || typeof method !== 'function') return [];
    return (Reflect.getMetadata(PATTERN_METADATA, method) as string[] | undefined) ?? [];
  });
}

describe('finance: a module per feature, an RPC controller per feature', () => {
  const controllers = [
    ...FEATURES.flatMap((m) => metadataOf(m, 'controllers') as Type[]),
    FinanceHealthRpcController,
  ];

  it('answers every finance pattern of the contract once, from the controller named for it', () => {
    const handled = controllers.flatMap((c) => patternsOf(c).map((p) => [p, c] as const));
    expect(handled.map(([p]) => p).sort()).toEqual(Object.keys(HANDLED_BY).sort());
    for (const [pattern, controller] of handled) {
      expect([pattern, controller.name]).toEqual([
        pattern,
        HANDLED_BY[pattern as keyof typeof HANDLED_BY].name,
      ]);
    }
  });

  it('turns every error into an RPC error body (RpcErrorFilter on every controller)', () => {
    for (const controller of controllers) {
      expect([
        controller.name,
        Reflect.getMetadata(EXCEPTION_FILTERS_METADATA, controller),
      ]).toEqual([controller.name, [RpcErrorFilter]]);
    }
  });

  it('declares each provider in one module only (one LedgerWriter, in LedgerModule)', () => {
    const providers = FEATURES.flatMap((m) => metadataOf(m, 'providers'));
    expect(new Set(providers).size).toBe(providers.length);
  });

  it('resolves every feature module, and the inbox, with only the platform around it', async () => {
    const app = await Test.createTestingModule({
      imports: [PlatformStandIn, ...FEATURES],
      providers: [FinanceInbox],
    }).compile();
    for (const controller of controllers.filter((c) => c !== FinanceHealthRpcController)) {
      expect(app.get(controller)).toBeInstanceOf(controller);
    }
    expect(Object.keys(app.get(FinanceInbox).binding().handlers)).toHaveLength(4);
    await app.close();
  });
});
