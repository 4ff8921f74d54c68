import { type DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { HEALTH_REDIS_URL, RedisHealthIndicator } from './redis.health';
import { ServiceHealthCheck } from './service-health';

@Module({})
export class HealthModule {
  /** Health of a service with a database (the HTTP `/health` route included). */
  static forService(redisUrl: string): DynamicModule {
    return {
      module: HealthModule,
      imports: [TerminusModule],
      controllers: [HealthController],
      providers: [
        { provide: HEALTH_REDIS_URL, useValue: redisUrl },
        RedisHealthIndicator,
        ServiceHealthCheck,
      ],
      exports: [ServiceHealthCheck],
    };
  }

  /** Only the Redis indicator, for apps that compose their own health route (the gateway). */
  static redisOnly(redisUrl: string): DynamicModule {
    return {
      module: HealthModule,
      imports: [TerminusModule],
      providers: [{ provide: HEALTH_REDIS_URL, useValue: redisUrl }, RedisHealthIndicator],
      exports: [RedisHealthIndicator, TerminusModule],
    };
  }
}
