import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { Redis } from 'ioredis';

export const HEALTH_REDIS_URL = Symbol('HEALTH_REDIS_URL');

/** Reports Redis by a PING with a short timeout. */
@Injectable()
export class RedisHealthIndicator implements OnModuleDestroy {
  private readonly redis: Redis;

  constructor(
    private readonly health: HealthIndicatorService,
    @Inject(HEALTH_REDIS_URL) url: string,
  ) {
    this.redis = new Redis(url, {
      lazyConnect: true,
      maxRetriesPerRequest: 1,
      connectTimeout: 1000,
      connectionName: 'health',
    });
    this.redis.on('error', () => undefined); // reported by isHealthy, not as an unhandled event
  }

  async isHealthy(key = 'redis') {
    const session = this.health.check(key);
    try {
      const answer = await Promise.race([
        this.redis.ping(),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 1000)),
      ]);
      return answer === 'PONG'
        ? session.up()
        : session.down({ message: `unexpected answer ${answer}` });
    } catch (error) {
      return session.down({ message: (error as Error).message });
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.redis.disconnect();
  }
}
