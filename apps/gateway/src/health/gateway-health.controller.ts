import { RpcClient } from '@civic/platform/rpc';
import { RedisHealthIndicator } from '@civic/platform/observability';
import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { DEVELOPMENT_ACTOR } from '../auth/actor.guard';

const SERVICES = ['organizations'] as const;

/** `GET /api/health`: the gateway's Redis, and each service's own Postgres and Redis over RPC. */
@ApiTags('health')
@Controller('health')
export class GatewayHealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly redis: RedisHealthIndicator,
    private readonly rpc: RpcClient,
  ) {}

  @Get()
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.redis.isHealthy('redis'),
      ...SERVICES.map((service) => () => this.service(service)),
    ]);
  }

  private async service(service: (typeof SERVICES)[number]) {
    const session = this.indicators.check(service);
    try {
      const health = await this.rpc.call(`${service}.health`, {}, DEVELOPMENT_ACTOR);
      return health.status === 'ok' ? session.up(health.details) : session.down(health.details);
    } catch (error) {
      return session.down({ message: (error as Error).message });
    }
  }
}
