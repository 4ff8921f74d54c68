import { Controller, Get } from '@nestjs/common';
import { HealthCheck } from '@nestjs/terminus';
import { ServiceHealthCheck } from './service-health';

/** `GET /health` on a service's HTTP port: Postgres and Redis. */
@Controller('health')
export class HealthController {
  constructor(private readonly health: ServiceHealthCheck) {}

  @Get()
  @HealthCheck()
  check() {
    return this.health.check();
  }
}
