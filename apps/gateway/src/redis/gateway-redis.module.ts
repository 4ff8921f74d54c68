import {
  type DynamicModule,
  Inject,
  Injectable,
  Module,
  type OnModuleDestroy,
} from '@nestjs/common';
import Redis from 'ioredis';

export const GATEWAY_REDIS = Symbol('GATEWAY_REDIS');
export const GATEWAY_PREFIX = Symbol('GATEWAY_PREFIX');

@Injectable()
class GatewayRedisLifecycle implements OnModuleDestroy {
  constructor(@Inject(GATEWAY_REDIS) private readonly redis: Redis) {}

  async onModuleDestroy(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

/** One Redis connection for the gateway's own keys: revoked sessions and login rate limits. */
@Module({})
export class GatewayRedisModule {
  static forRoot(redisUrl: string, prefix: string): DynamicModule {
    return {
      module: GatewayRedisModule,
      global: true,
      providers: [
        {
          provide: GATEWAY_REDIS,
          useFactory: () => new Redis(redisUrl, { maxRetriesPerRequest: 2 }),
        },
        { provide: GATEWAY_PREFIX, useValue: prefix },
        GatewayRedisLifecycle,
      ],
      exports: [GATEWAY_REDIS, GATEWAY_PREFIX],
    };
  }
}
