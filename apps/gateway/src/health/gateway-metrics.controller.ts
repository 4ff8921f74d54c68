import { Metrics } from '@civic/platform/observability';
import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Registry } from 'prom-client';
import { Public } from '../auth/access.decorator';

/**
 * `GET /metrics` (outside `/api`, issue #20): the gateway's Prometheus metrics. Public like the
 * probes: counts and latencies, nothing about anyone. The ingress routes only `/api` and the UI to
 * the gateway, so in a cluster only Prometheus reaches it; keep it off the internet elsewhere too.
 */
@ApiExcludeController()
@Controller('metrics')
export class GatewayMetricsController {
  constructor(private readonly metrics: Metrics) {}

  @Get()
  @Public()
  @Header('Content-Type', Registry.PROMETHEUS_CONTENT_TYPE)
  @Header('Cache-Control', 'no-store')
  scrape(): Promise<string> {
    return this.metrics.scrape();
  }
}
