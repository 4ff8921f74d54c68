import { HealthModule, loggingModule } from '@civic/platform/observability';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ActorGuard } from './auth/actor.guard';
import type { GatewayEnv } from './gateway.env';
import { GatewayHealthController } from './health/gateway-health.controller';
import { OrganizationsController } from './organizations/organizations.controller';
import { RpcModule } from './rpc/rpc.module';

@Module({})
export class AppModule {
  static forRoot(env: GatewayEnv): DynamicModule {
    return {
      module: AppModule,
      imports: [
        loggingModule('gateway', env.LOG_LEVEL),
        RpcModule.forRoot({
          redisUrl: env.REDIS_URL,
          prefix: env.CIVIC_PREFIX,
          timeoutMs: env.RPC_TIMEOUT_MS,
        }),
        HealthModule.redisOnly(env.REDIS_URL),
      ],
      controllers: [OrganizationsController, GatewayHealthController],
      providers: [{ provide: APP_GUARD, useClass: ActorGuard }],
    };
  }
}
