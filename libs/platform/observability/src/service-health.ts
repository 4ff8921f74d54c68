import type { ServiceHealth } from '@civic/contracts';
import { Injectable } from '@nestjs/common';
import {
  HealthCheckService,
  type HealthCheckResult,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { RedisHealthIndicator } from './redis.health';

/** Checks a service's Postgres and Redis; used by `GET /health` and by the gateway over RPC. */
@Injectable()
export class ServiceHealthCheck {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
  ) {}

  check(): Promise<HealthCheckResult> {
    return this.health.check([
      () => this.db.pingCheck('postgres', { timeout: 1500 }),
      () => this.redis.isHealthy('redis'),
    ]);
  }

  /** The same check as a plain summary that never throws. */
  async summary(service: string): Promise<ServiceHealth> {
    const result: HealthCheckResult = await this.check().catch(
      (error: { response?: HealthCheckResult }) =>
        error.response ?? { status: 'error', details: {} },
    );
    const details = Object.fromEntries(
      Object.entries(result.details ?? {}).map(([key, value]) => [
        key,
        {
          status: value.status as 'up' | 'down',
          ...(value.message ? { message: String(value.message) } : {}),
        },
      ]),
    );
    return { service, status: result.status === 'ok' ? 'ok' : 'error', details };
  }
}
