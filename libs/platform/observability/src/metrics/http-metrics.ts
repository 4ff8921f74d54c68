import type { IncomingMessage, ServerResponse } from 'node:http';
import { activeTracer } from '@civic/platform/tracing';
import { context } from '@opentelemetry/api';
import { endHttpSpan, startHttpSpan } from '../tracing/http-tracing';
import type { Metrics } from './metrics';

type Request = IncomingMessage & { baseUrl?: string; route?: { path?: string } };

/**
 * Express middleware timing every request into `civic_http_request_duration_seconds`, labelled by
 * the route that matched (`/api/v1/organizations/:id`), never the raw URL, so the series stay few;
 * a request no route took (Nest's catch-all 404 included) counts as `unmatched`. When the process
 * traces (issue #20) the request also runs in a server span of that route's name, the root of
 * its trace through the services; otherwise that costs one check.
 */
export function httpMetrics(metrics: Metrics) {
  return (request: Request, response: ServerResponse, next: () => void): void => {
    const end = metrics.http.startTimer();
    const tracer = activeTracer();
    const traced = tracer ? startHttpSpan(tracer, request, response) : undefined;
    response.once('finish', () => {
      const path = request.route?.path;
      // Nest answers 404 from a catch-all route (`/api/{*path}`): that is no route either.
      const route = path && !path.includes('{*') ? `${request.baseUrl ?? ''}${path}` : 'unmatched';
      const method = request.method ?? 'GET';
      end({ method, route, status: String(response.statusCode) });
      if (traced) endHttpSpan(traced.span, method, route, response.statusCode);
    });
    if (traced) context.with(traced.context, next);
    else next();
  };
}
