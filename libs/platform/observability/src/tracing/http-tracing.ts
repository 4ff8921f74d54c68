import type { IncomingMessage, ServerResponse } from 'node:http';
import { contextFrom } from '@civic/platform/tracing';
import {
  type Context,
  context,
  type Span,
  SpanKind,
  SpanStatusCode,
  trace,
  type Tracer,
} from '@opentelemetry/api';

/** Probes and scrapes: frequent, never part of a user's path, so never a trace of their own. */
const UNTRACED = new Set(['/metrics', '/api/health/live', '/api/health/ready']);

/**
 * Starts an HTTP request's server span (issue #20) and returns it with the context to run the
 * rest of the request in; `undefined` for probes and scrapes. A `traceparent` header from a proxy
 * in front is continued. The request and response emitters are bound to the span's context, so
 * the body parsers' callbacks (which Node runs in the socket's context) and everything after them
 * stay in the trace.
 */
export function startHttpSpan(
  tracer: Tracer,
  request: IncomingMessage,
  response: ServerResponse,
): { span: Span; context: Context } | undefined {
  const path = (request.url ?? '/').split('?')[0];
  if (UNTRACED.has(path)) return undefined;
  const method = request.method ?? 'GET';
  const parent = contextFrom({
    traceparent: request.headers.traceparent,
    tracestate: request.headers.tracestate,
  });
  const span = tracer.startSpan(
    method,
    { kind: SpanKind.SERVER, attributes: { 'http.request.method': method, 'url.path': path } },
    parent,
  );
  const active = trace.setSpan(parent, span);
  context.bind(active, request);
  context.bind(active, response);
  // A client that went away before its answer: the span ends all the same.
  response.once('close', () => {
    if (response.writableFinished) return;
    span.setAttribute('civic.http.aborted', true);
    span.end();
  });
  return { span, context: active };
}

/** Ends a request's span once it is answered: named `GET /api/v1/organizations/:id`. */
export function endHttpSpan(span: Span, method: string, route: string, status: number): void {
  span.updateName(`${method} ${route}`);
  if (route !== 'unmatched') span.setAttribute('http.route', route);
  span.setAttribute('http.response.status_code', status);
  if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
  span.end();
}
