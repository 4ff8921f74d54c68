import { type DynamicModule, Module } from '@nestjs/common';
import type { AuthModule } from '../auth/auth.module';
import type { GatewayEnv } from '../gateway.env';
import { QUEUE_DASHBOARD_SETTINGS, QueueDashboard } from './queue-dashboard';
import { QueueDashboardController } from './queue-dashboard.controller';

/** The administrators' queue dashboard (issue #20): its ticket route and the bull-board behind it. */
@Module({})
export class QueueDashboardModule {
  static forRoot(env: GatewayEnv, auth: ReturnType<typeof AuthModule.forRoot>): DynamicModule {
    return {
      module: QueueDashboardModule,
      imports: [auth],
      controllers: [QueueDashboardController],
      providers: [
        {
          provide: QUEUE_DASHBOARD_SETTINGS,
          useValue: { redisUrl: env.REDIS_URL, prefix: env.CIVIC_PREFIX },
        },
        QueueDashboard,
      ],
      exports: [QueueDashboard],
    };
  }
}
