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
import { ApplicationsModule } from './applications/applications.module';
import { ApplicationsRpcController } from './applications/applications.rpc-controller';
import { LotteryFundingModule } from './applications/lottery-funding.module';
import { DisclosureModule } from './disclosure/disclosure.module';
import { DisclosureRpcController } from './disclosure/disclosure.rpc-controller';
import { LotteryFundEnv } from './lottery-fund.env';
import { LotteryFundHealthRpcController } from './lottery-fund-health.rpc-controller';
import { LotteryFundInbox } from './lottery-fund.inbox';
import { ProgrammesModule } from './programmes/programmes.module';
import { ProgrammesRpcController } from './programmes/programmes.rpc-controller';

const FEATURES: (Type | DynamicModule)[] = [
  ProgrammesModule,
  ApplicationsModule.forRoot(new LotteryFundEnv()),
  DisclosureModule,
  LotteryFundingModule,
];

/** Where each lottery-fund pattern is answered: every one of the contract's (compile-checked). */
const HANDLED_BY = {
  'lottery-fund.programmes.create': ProgrammesRpcController,
  'lottery-fund.programmes.list': ProgrammesRpcController,
  'lottery-fund.programmes.ranking': ApplicationsRpcController,
  'lottery-fund.applications.submit': ApplicationsRpcController,
  'lottery-fund.applications.list': ApplicationsRpcController,
  'lottery-fund.applications.get': ApplicationsRpcController,
  'lottery-fund.applications.assess': ApplicationsRpcController,
  'lottery-fund.applications.approve': ApplicationsRpcController,
  'lottery-fund.applications.reject': ApplicationsRpcController,
  'lottery-fund.applications.withdraw': ApplicationsRpcController,
  'lottery-fund.years.get': DisclosureRpcController,
  'lottery-fund.years.annual-report': DisclosureRpcController,
  'lottery-fund.notices.list': DisclosureRpcController,
  'lottery-fund.notices.object': DisclosureRpcController,
  'lottery-fund.notices.correct': DisclosureRpcController,
  'lottery-fund.health': LotteryFundHealthRpcController,
} satisfies Record<Extract<RpcPattern, `lottery-fund.${string}`>, Type>;

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

describe('lottery-fund: a module per feature, an RPC controller per feature', () => {
  const controllers = [
    ...FEATURES.flatMap((m) => metadataOf(m, 'controllers') as Type[]),
    LotteryFundHealthRpcController,
  ];

  it('answers every lottery-fund pattern of the contract once, from the controller named for it', () => {
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

  it('declares each provider in one module only', () => {
    const providers = FEATURES.flatMap((m) => metadataOf(m, 'providers'));
    expect(new Set(providers).size).toBe(providers.length);
  });

  it('resolves every feature module, and the inbox, with only the platform around it', async () => {
    const app = await Test.createTestingModule({
      imports: [PlatformStandIn, ...FEATURES],
      providers: [LotteryFundInbox],
    }).compile();
    for (const controller of controllers.filter((c) => c !== LotteryFundHealthRpcController)) {
      expect(app.get(controller)).toBeInstanceOf(controller);
    }
    expect(Object.keys(app.get(LotteryFundInbox).binding().handlers).length).toBeGreaterThan(0);
    await app.close();
  });
});
