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
import { AwardsModule } from './awards/awards.module';
import { AwardsRpcController } from './awards/awards.rpc-controller';
import { CallsModule } from './calls/calls.module';
import { CallsRpcController } from './calls/calls.rpc-controller';
import { ProposalsModule } from './proposals/proposals.module';
import { ProposalsRpcController } from './proposals/proposals.rpc-controller';
import { ReviewsModule } from './reviews/reviews.module';
import { ReviewsRpcController } from './reviews/reviews.rpc-controller';
import { VentureHealthRpcController } from './venture-health.rpc-controller';

const FEATURES = [CallsModule, ProposalsModule, ReviewsModule, AwardsModule];

/** Where each venture pattern is answered: every one of the contract's, none twice (compile-checked). */
const HANDLED_BY = {
  'venture.calls.create': CallsRpcController,
  'venture.calls.list': CallsRpcController,
  'venture.calls.get': CallsRpcController,
  'venture.calls.draw': ReviewsRpcController,
  'venture.calls.draw-view': ReviewsRpcController,
  'venture.calls.ranking': AwardsRpcController,
  'venture.calls.score-sheets': ReviewsRpcController,
  'venture.proposals.create': ProposalsRpcController,
  'venture.proposals.update': ProposalsRpcController,
  'venture.proposals.submit': ProposalsRpcController,
  'venture.proposals.discard': ProposalsRpcController,
  'venture.proposals.list': ProposalsRpcController,
  'venture.proposals.get': ProposalsRpcController,
  'venture.proposals.award': AwardsRpcController,
  'venture.reviewers.create': ReviewsRpcController,
  'venture.reviewers.list': ReviewsRpcController,
  'venture.reviewers.update': ReviewsRpcController,
  'venture.reviews.tasks': ReviewsRpcController,
  'venture.reviews.score': ReviewsRpcController,
  'venture.awards.list': AwardsRpcController,
  'venture.awards.sign': AwardsRpcController,
  'venture.awards.report': AwardsRpcController,
  'venture.awards.review': AwardsRpcController,
  'venture.awards.clawback': AwardsRpcController,
  'venture.health': VentureHealthRpcController,
} satisfies Record<Extract<RpcPattern, `venture.${string}`>, Type>;

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

describe('venture: a module per feature, an RPC controller per feature', () => {
  const controllers = [...FEATURES.flatMap(controllersOf), VentureHealthRpcController];

  it('answers every venture pattern of the contract once, from the controller named for it', () => {
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
    for (const controller of controllers.filter((c) => c !== VentureHealthRpcController)) {
      expect(app.get(controller)).toBeInstanceOf(controller);
    }
    await app.close();
  });
});
