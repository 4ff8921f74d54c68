import type { TraceCarrier } from '@civic/contracts';
import { type Context, context, propagation, ROOT_CONTEXT, trace } from '@opentelemetry/api';

/** Longer than any traceparent of version 00 (55 characters) and of versions to come. */
const TRACEPARENT_MAX = 256;
/** The W3C limit: 32 list members, 512 characters in all. */
const TRACESTATE_MAX = 512;

/**
 * The W3C trace context of `ctx` (the active one by default), to carry beside a payload: an RPC
 * request, an outbox row, a BullMQ job. `undefined` when there is no span to carry, or when no
 * propagator is registered (tracing is off).
 */
export function carrierOf(ctx: Context = context.active()): TraceCarrier | undefined {
  if (!trace.getSpanContext(ctx)) return undefined;
  const fields: Record<string, string> = {};
  propagation.inject(ctx, fields);
  const { traceparent, tracestate } = fields;
  if (typeof traceparent !== 'string') return undefined;
  return tracestate ? { traceparent, tracestate } : { traceparent };
}

/**
 * The context a carrier continues (its span as the remote parent), on top of `base`. Anything that
 * is not a well-formed carrier (missing, another shape, a malformed or oversized traceparent) is
 * ignored and `base` comes back as it is: a message or request is never refused for its trace.
 */
export function contextFrom(carrier: unknown, base: Context = ROOT_CONTEXT): Context {
  if (typeof carrier !== 'object' || carrier === null) return base;
  const { traceparent, tracestate } = carrier as Partial<Record<keyof TraceCarrier, unknown>>;
  if (typeof traceparent !== 'string' || traceparent.length > TRACEPARENT_MAX) return base;
  const fields: Record<string, string> = { traceparent };
  if (typeof tracestate === 'string' && tracestate.length <= TRACESTATE_MAX) {
    fields.tracestate = tracestate;
  }
  const extracted = propagation.extract(base, fields);
  // A propagator that found nothing valid returns the base; never a context without a span.
  return trace.getSpanContext(extracted) ? extracted : base;
}
