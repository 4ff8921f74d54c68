import { RpcClient } from '@civic/platform/rpc';
import { RedisHealthIndicator } from '@civic/platform/observability';
import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { Public } from '../auth/access.decorator';

/** Health checks run as no user: services answer `*.health` to anyone on the transport. */
const HEALTH_CHECKER = { userId: 'system:health', roles: [] };

const SERVICES = [
  'organizations',
  'finance',
  'lottery-fund',
  'incubation',
  'venture',
  'procurement',
] as const;

/** `GET /api/health`: the gateway's Redis and Postgres, and each service's own Postgres and Redis over RPC. */
@ApiTags('health')
@Controller('health')
export class GatewayHealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly redis: RedisHealthIndicator,
    private readonly database: TypeOrmHealthIndicator,
    private readonly rpc: RpcClient,
  ) {}

  @Get()
  @Public()
  @HealthCheck()
  @ApiOperation({ summary: 'Health: Redis, Postgres and every service (503 when one is down)' })
  check() {
    return this.health.check([
      () => this.redis.isHealthy('redis'),
      () => this.database.pingCheck('database'),
      ...SERVICES.map((service) => () => this.service(service)),
    ]);
  }

  /**
   * `GET /api/health/live`: the process answers (a liveness probe). It checks nothing else, so that
   * an orchestrator restarts a stuck gateway, not one whose Postgres or Redis is away.
   */
  @Get('live')
  @Public()
  @ApiOperation({ summary: 'Liveness: the gateway process answers (checks nothing else)' })
  live() {
    return { status: 'ok' };
  }

  /**
   * `GET /api/health/ready`: the gateway's own Redis and Postgres (a readiness probe). Unlike
   * `GET /api/health` it does not ask the services, so one service down does not take every
   * gateway out of its load balancer.
   */
  @Get('ready')
  @Public()
  @HealthCheck()
  @ApiOperation({
    summary: "Readiness: the gateway's own Redis and Postgres (503 when one is down)",
  })
  ready() {
    return this.health.check([
      () => this.redis.isHealthy('redis'),
      () => this.database.pingCheck('database'),
    ]);
  }

  private async service(service: (typeof SERVICES)[number]) {
    const session = this.indicators.check(service);
    try {
      const health = await this.rpc.call(`${service}.health`, {}, HEALTH_CHECKER);
      return health.status === 'ok' ? session.up(health.details) : session.down(health.details);
    } catch (error) {
      return session.down({ message: (error as Error).message });
    }
  }
}
