import 'reflect-metadata';
import { RpcErrorFilter } from '@civic/platform/rpc';
import { type DynamicModule, Global, Module, type Provider, type Type } from '@nestjs/common';
import { EXCEPTION_FILTERS_METADATA } from '@nestjs/common/constants';
import { PATTERN_METADATA } from '@nestjs/microservices/constants';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';

/** What a service's layout test is told: its feature modules and who answers which pattern. */
export interface ServiceLayout {
  service: string;
  /** The feature modules, as AppModule imports them (dynamic ones built as AppModule builds them). */
  features: (Type | DynamicModule)[];
  health: Type;
  /** Every pattern of the service's contract, with the controller that answers it. */
  handledBy: Record<string, Type>;
  /** The service's inbox provider, resolved with the features. */
  inbox?: Type;
  /**
   * The platform's global providers the features use, besides the database (a stand-in without
   * one behind it): the audit trail and the outbox writer (they need no connection until used),
   * stand-ins for others.
   */
  platform: Provider[];
}

function controllersOf(module: Type | DynamicModule): Type[] {
  const type = 'module' in module ? module.module : module;
  const dynamic = 'module' in module ? (module.controllers ?? []) : [];
  return [...(Reflect.getMetadata('controllers', type) ?? []), ...dynamic];
}

function providersOf(module: Type | DynamicModule): unknown[] {
  const type = 'module' in module ? module.module : module;
  const dynamic = 'module' in module ? (module.providers ?? []) : [];
  return [...(Reflect.getMetadata('providers', type) ?? []), ...dynamic];
}

function patternsOf(controller: Type): string[] {
  const prototype = controller.prototype as Record<string, unknown>;
  return Object.getOwnPropertyNames(prototype).flatMap((name) => {
    const method = prototype[name];
    if (name === 'constructor' || typeof method !== 'function') return [];
    return (Reflect.getMetadata(PATTERN_METADATA, method) as string[] | undefined) ?? [];
  });
}

/**
 * The inside of a service, as issue #14 laid it out: a module and an RPC controller per feature;
 * every pattern of the contract answered once, by the controller named for it; every RPC error
 * turned into an error body; no provider declared in two modules; and every feature module (and
 * the inbox) resolving with nothing but the platform around it, no database behind it.
 */
export function describeServiceLayout(layout: ServiceLayout): void {
  const { service, features, health, handledBy } = layout;
  const controllers = [...features.flatMap(controllersOf), health];

  @Global()
  @Module({
    providers: [{ provide: getDataSourceToken(), useValue: {} }, ...layout.platform],
    exports: [
      getDataSourceToken(),
      ...layout.platform.map((p) => (typeof p === 'function' ? p : p.provide)),
    ],
  })
  class PlatformStandIn {}

  describe(`${service}: a module per feature, an RPC controller per feature`, () => {
    it(`answers every ${service} pattern of the contract once, from the controller named for it`, () => {
      const handled = controllers.flatMap((c) => patternsOf(c).map((p) => [p, c] as const));
      expect(handled.map(([p]) => p).sort()).toEqual(Object.keys(handledBy).sort());
      for (const [pattern, controller] of handled) {
        expect([pattern, controller.name]).toEqual([pattern, handledBy[pattern].name]);
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
      const providers = features.flatMap(providersOf);
      expect(new Set(providers).size).toBe(providers.length);
    });

    it('resolves every feature module, and the inbox, with only the platform around it', async () => {
      const app = await Test.createTestingModule({
        imports: [PlatformStandIn, ...features],
        providers: layout.inbox ? [layout.inbox] : [],
      }).compile();
      for (const controller of controllers.filter((c) => c !== health)) {
        expect(app.get(controller)).toBeInstanceOf(controller);
      }
      if (layout.inbox) expect(app.get(layout.inbox)).toBeInstanceOf(layout.inbox);
      await app.close();
    });
  });
}
