import { type DynamicModule, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { MetricsController } from './metrics.controller';
import { Metrics } from './metrics';
import { METRICS_OPTIONS, type MetricsOptions, PlatformMetrics } from './platform-metrics';
import { RpcMetricsInterceptor } from './rpc-metrics.interceptor';

/**
 * Prometheus metrics (issue #20): a `Metrics` registry for the process (global, so a service's
 * own gauges can join it: finance's payments, for one), the platform's messaging and audit gauges,
 * and, for a domain service, `GET /metrics` on its HTTP port and the RPC latency of its handlers.
 */
@Module({})
export class MetricsModule {
  static forService(options: Omit<MetricsOptions, 'outbox'>): DynamicModule {
    const module = MetricsModule.register({ ...options, outbox: true });
    return {
      ...module,
      controllers: [MetricsController],
      providers: [
        ...(module.providers ?? []),
        { provide: APP_INTERCEPTOR, useClass: RpcMetricsInterceptor },
      ],
    };
  }

  /** For the gateway, which serves `/metrics` itself (outside `/api`, past its guard). */
  static forGateway(options: Omit<MetricsOptions, 'outbox' | 'service'>): DynamicModule {
    return MetricsModule.register({ ...options, service: 'gateway', outbox: false });
  }

  private static register(options: MetricsOptions): DynamicModule {
    return {
      module: MetricsModule,
      global: true,
      providers: [
        { provide: Metrics, useValue: new Metrics(options.service) },
        { provide: METRICS_OPTIONS, useValue: options },
        PlatformMetrics,
      ],
      exports: [Metrics],
    };
  }
}
