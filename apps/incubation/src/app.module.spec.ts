import 'reflect-metadata';
import type { RpcPattern } from '@civic/contracts';
import { AuditTrail } from '@civic/platform/audit';
import { OutboxWriter } from '@civic/platform/messaging';
import { RpcErrorFilter } from '@civic/platform/rpc';
import { Global, Module, type Type } from '@nestjs/common';
import { EXCEPTION_FILTERS_METADATA } from '@nestjs/common/constants';
import { PATTERN_METADATA } from '@nestjs/microservices/constants';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { AdmissionsModule } from './admissions/admissions.module';
import { AdmissionsRpcController } from './admissions/admissions.rpc-controller';
import { BasesModule } from './bases/bases.module';
import { BasesRpcController } from './bases/bases.rpc-controller';
import { CohortsModule } from './cohorts/cohorts.module';
import { CohortsRpcController } from './cohorts/cohorts.rpc-controller';
import { IncubateesModule } from './incubatees/incubatees.module';
import { IncubateesRpcController } from './incubatees/incubatees.rpc-controller';
import { IncubationHealthRpcController } from './incubation-health.rpc-controller';
import { TrainingModule } from './training/training.module';
import { TrainingRpcController } from './training/training.rpc-controller';

const FEATURES = [BasesModule, CohortsModule, AdmissionsModule, IncubateesModule, TrainingModule];

/** Where each incubation pattern is answered: every one of the contract's (compile-checked). */
const HANDLED_BY = {
  'incubation.bases.create': BasesRpcController,
  'incubation.bases.list': BasesRpcController,
  'incubation.venues.create': BasesRpcController,
  'incubation.cohorts.create': CohortsRpcController,
  'incubation.cohorts.list': CohortsRpcController,
  'incubation.cohorts.get': CohortsRpcController,
  'incubation.cohorts.close': CohortsRpcController,
  'incubation.cohorts.ranking': AdmissionsRpcController,
  'incubation.cohorts.decide': AdmissionsRpcController,
  'incubation.admissions.submit': AdmissionsRpcController,
  'incubation.admissions.list': AdmissionsRpcController,
  'incubation.admissions.get': AdmissionsRpcController,
  'incubation.admissions.assess': AdmissionsRpcController,
  'incubation.incubatees.list': IncubateesRpcController,
  'incubation.incubatees.get': IncubateesRpcController,
  'incubation.incubatees.assign-venue': IncubateesRpcController,
  'incubation.incubatees.space-returned': IncubateesRpcController,
  'incubation.incubatees.link-organization': IncubateesRpcController,
  'incubation.incubatees.activity': IncubateesRpcController,
  'incubation.incubatees.withdraw-subsidy': IncubateesRpcController,
  'incubation.incubatees.subsidy': IncubateesRpcController,
  'incubation.incubatees.graduate': IncubateesRpcController,
  'incubation.incubatees.exit': IncubateesRpcController,
  'incubation.trainings.create': TrainingRpcController,
  'incubation.trainings.list': TrainingRpcController,
  'incubation.trainings.attend': TrainingRpcController,
  'incubation.health': IncubationHealthRpcController,
} satisfies Record<Extract<RpcPattern, `incubation.${string}`>, Type>;

/** The platform's global providers the feature modules use, without a database behind them. */
@Global()
@Module({
  providers: [{ provide: getDataSourceToken(), useValue: {} }, AuditTrail, OutboxWriter],
  exports: [getDataSourceToken(), AuditTrail, OutboxWriter],
})
class PlatformStandIn {}

function controllersOf(module: Type): Type[] {
  return Reflect.getMetadata('controllers', module) ?? [];
}

function patternsOf(controller: Type): string[] {
  const prototype = controller.prototype as Record<string, unknown>;
  return Object.getOwnPropertyNames(prototype).flatMap((name) => {
    const method = prototype[name];
    if (name === 'constructor' || typeof method !== 'function') return [];
    return (Reflect.getMetadata(PATTERN_METADATA, method) as string[] | undefined) ?? [];
  });
}

describe('incubation: a module per feature, an RPC controller per feature', () => {
  const controllers = [...FEATURES.flatMap(controllersOf), IncubationHealthRpcController];

  it('answers every incubation pattern of the contract once, from the controller named for it', () => {
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
    const providers = FEATURES.flatMap((m) => Reflect.getMetadata('providers', m) ?? []);
    expect(new Set(providers).size).toBe(providers.length);
  });

  it('resolves every feature module with only the platform around it', async () => {
    const app = await Test.createTestingModule({
      imports: [PlatformStandIn, ...FEATURES],
    }).compile();
    for (const controller of controllers.filter((c) => c !== IncubationHealthRpcController)) {
      expect(app.get(controller)).toBeInstanceOf(controller);
    }
    await app.close();
  });
});
