import { Controller, Get } from '@nestjs/common';
import { HealthCheck } from '@nestjs/terminus';
import { ServiceHealthCheck } from './service-health';

/**
 * `GET /health` on a service's HTTP port: Postgres and Redis (the readiness probe).
 * `GET /health/live`: the process answers (the liveness probe); it checks nothing else, so that an
 * orchestrator restarts a stuck process, not one whose Postgres or Redis is away.
 */
@Controller('health')
export class HealthController {
  constructor(private readonly health: ServiceHealthCheck) {}

  @Get()
  @HealthCheck()
  check() {
    return this.health.check();
  }

  @Get('live')
  live() {
    return { status: 'ok' };
  }
}
