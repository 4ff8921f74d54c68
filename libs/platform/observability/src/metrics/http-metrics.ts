import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Metrics } from './metrics';

type Request = IncomingMessage & { baseUrl?: string; route?: { path?: string } };

/**
 * Express middleware timing every request into `civic_http_request_duration_seconds`, labelled by
 * the route that matched (`/api/v1/organizations/:id`), never the raw URL, so the series stay few;
 * a request no route took (Nest's catch-all 404 included) counts as `unmatched`.
 */
export function httpMetrics(metrics: Metrics) {
  return (request: Request, response: ServerResponse, next: () => void): void => {
    const end = metrics.http.startTimer();
    response.once('finish', () => {
      const path = request.route?.path;
      // Nest answers 404 from a catch-all route (`/api/{*path}`): that is no route either.
      const route = path && !path.includes('{*') ? `${request.baseUrl ?? ''}${path}` : 'unmatched';
      end({ method: request.method ?? 'GET', route, status: String(response.statusCode) });
    });
    next();
  };
}
