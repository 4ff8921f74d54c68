import { type DynamicModule, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { MetricsController } from './metrics.controller';
import { Metrics } from './metrics';
import { METRICS_OPTIONS, type MetricsOptions, PlatformMetrics } from './platform-metrics';
import { RpcMetricsInterceptor } from './rpc-metrics.interceptor';
import { RpcTracingInterceptor } from '../tracing/rpc-tracing.interceptor';
import { TracingShutdown } from '../tracing/tracing-shutdown';

/**
 * Prometheus metrics (issue #20): a `Metrics` registry for the process (global, so a service's
 * own gauges can join it: finance's payments, for one), the platform's messaging and audit gauges,
 * and, for a domain service, `GET /metrics` on its HTTP port and the RPC latency of its handlers.
 * Every process imports it, so it also carries tracing's Nest side (issue #20): a span for each
 * RPC request a service handles, and the last spans sent when the app shuts down.
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
        { provide: APP_INTERCEPTOR, useClass: RpcTracingInterceptor },
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
        TracingShutdown,
      ],
      exports: [Metrics],
    };
  }
}
