import 'reflect-metadata';
import type { RpcPattern } from '@civic/contracts';
import { AuditTrail } from '@civic/platform/audit';
import { OutboxWriter } from '@civic/platform/messaging';
import { PersonalDataCipher } from '@civic/platform/pii';
import { RpcErrorFilter } from '@civic/platform/rpc';
import { Global, Module, type Type } from '@nestjs/common';
import { EXCEPTION_FILTERS_METADATA } from '@nestjs/common/constants';
import { PATTERN_METADATA } from '@nestjs/microservices/constants';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { GraduationModule } from './graduation/graduation.module';
import { OrganizationsHealthRpcController } from './organizations-health.rpc-controller';
import { OrganizationsInbox } from './organizations.inbox';
import { OrganizationsModule } from './organizations/organizations.module';
import { OrganizationsRpcController } from './organizations/organizations.rpc-controller';
import { PolicyModule } from './policy/policy.module';

const FEATURES = [OrganizationsModule, PolicyModule, GraduationModule];

/** Where each organizations pattern is answered: every one of the contract's (compile-checked). */
const HANDLED_BY = {
  'organizations.register': OrganizationsRpcController,
  'organizations.update': OrganizationsRpcController,
  'organizations.republish-snapshots': OrganizationsRpcController,
  'organizations.get': OrganizationsRpcController,
  'organizations.list': OrganizationsRpcController,
  'organizations.stats': OrganizationsRpcController,
  'organizations.unmask-resident-id': OrganizationsRpcController,
  'organizations.find-by-resident-id': OrganizationsRpcController,
  'organizations.health': OrganizationsHealthRpcController,
} satisfies Record<Extract<RpcPattern, `organizations.${string}`>, Type>;

/** The platform's global providers the feature modules use, without a database behind them. */
@Global()
@Module({
  providers: [
    { provide: getDataSourceToken(), useValue: {} },
    { provide: PersonalDataCipher, useValue: {} },
    AuditTrail,
    OutboxWriter,
  ],
  exports: [getDataSourceToken(), PersonalDataCipher, AuditTrail, OutboxWriter],
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

describe('organizations: a module per feature, an RPC controller per feature', () => {
  const controllers = [...FEATURES.flatMap(controllersOf), OrganizationsHealthRpcController];

  it('answers every organizations pattern of the contract once, from the controller named for it', () => {
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

  it('resolves every feature module, and the inbox, with only the platform around it', async () => {
    const app = await Test.createTestingModule({
      imports: [PlatformStandIn, ...FEATURES],
      providers: [OrganizationsInbox],
    }).compile();
    expect(app.get(OrganizationsRpcController)).toBeInstanceOf(OrganizationsRpcController);
    expect(Object.keys(app.get(OrganizationsInbox).binding().handlers)).toEqual([
      'incubation.organization-admitted.v1',
      'incubation.organization-graduated.v1',
    ]);
    await app.close();
  });
});
