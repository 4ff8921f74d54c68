import {
  type Context,
  context,
  type Span,
  type SpanOptions,
  SpanStatusCode,
  trace,
  type Tracer,
} from '@opentelemetry/api';

/**
 * The HTTP status a failure carries: a service's refusal (ServiceError, `status`), a Nest
 * HttpException (`getStatus()`), or the RPC error body the gateway gets back (`status`).
 */
function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { status, getStatus } = error as { status?: unknown; getStatus?: unknown };
  if (typeof status === 'number') return status;
  if (typeof getStatus === 'function') {
    const value: unknown = getStatus.call(error);
    return typeof value === 'number' ? value : undefined;
  }
  return undefined;
}

/**
 * Ends a span that failed. A refusal (a 4xx: a rule, a missing record, a conflict) is an answer,
 * not a fault: it is noted on the span, whose status stays unset. Anything else marks it an error.
 */
export function endSpanWithError(span: Span, error: unknown): void {
  const status = statusOf(error);
  if (status !== undefined && status < 500) {
    span.setAttribute('civic.refusal.status', status);
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string') span.setAttribute('civic.refusal.code', code);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    span.recordException(error instanceof Error ? error : message);
    span.setStatus({ code: SpanStatusCode.ERROR, message });
  }
  span.end();
}

/**
 * Runs `work` in a new span (a child of `parent`, the active context by default), with the span
 * active inside it, and ends the span when the work settles.
 */
export async function inSpan<T>(
  tracer: Tracer,
  name: string,
  options: SpanOptions,
  work: (span: Span) => Promise<T>,
  parent: Context = context.active(),
): Promise<T> {
  const span = tracer.startSpan(name, options, parent);
  let result: T;
  try {
    result = await context.with(trace.setSpan(parent, span), () => work(span));
  } catch (error) {
    endSpanWithError(span, error);
    throw error;
  }
  span.end();
  return result;
}
