import { TraceState, W3CTraceContextPropagator } from '@opentelemetry/core';
import {
  propagation,
  ROOT_CONTEXT,
  type SpanContext,
  trace,
  TraceFlags,
  createContextKey,
} from '@opentelemetry/api';
import { carrierOf, contextFrom } from './trace-context';

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const SPAN_ID = '00f067aa0ba902b7';
const TRACEPARENT = `00-${TRACE_ID}-${SPAN_ID}-01`;

const withSpan = (spanContext: Partial<SpanContext> = {}) =>
  trace.setSpanContext(ROOT_CONTEXT, {
    traceId: TRACE_ID,
    spanId: SPAN_ID,
    traceFlags: TraceFlags.SAMPLED,
    ...spanContext,
  });

describe('trace context helpers (issue #20)', () => {
  afterEach(() => propagation.disable());

  describe('with no propagator registered (tracing off)', () => {
    it('carries nothing, even from a context with a span', () => {
      expect(carrierOf(withSpan())).toBeUndefined();
    });

    it('continues nothing: a carrier gives back the base context unchanged', () => {
      const base = ROOT_CONTEXT.setValue(createContextKey('k'), 'v');
      expect(contextFrom({ traceparent: TRACEPARENT }, base)).toBe(base);
    });
  });

  describe('with the W3C trace context propagator', () => {
    beforeEach(() => propagation.setGlobalPropagator(new W3CTraceContextPropagator()));

    it('round-trips a span context, sampled flag and tracestate included', () => {
      const carrier = carrierOf(withSpan({ traceState: new TraceState('civic=1,x=y') }));
      expect(carrier).toEqual({ traceparent: TRACEPARENT, tracestate: 'civic=1,x=y' });
      const continued = trace.getSpanContext(contextFrom(carrier));
      expect(continued).toMatchObject({
        traceId: TRACE_ID,
        spanId: SPAN_ID,
        traceFlags: TraceFlags.SAMPLED,
        isRemote: true,
      });
      expect(continued?.traceState?.get('civic')).toBe('1');
    });

    it('carries an unsampled context as unsampled (the sampling decision goes on)', () => {
      const carrier = carrierOf(withSpan({ traceFlags: TraceFlags.NONE }));
      expect(carrier).toEqual({ traceparent: `00-${TRACE_ID}-${SPAN_ID}-00` });
      expect(trace.getSpanContext(contextFrom(carrier))?.traceFlags).toBe(TraceFlags.NONE);
    });

    it('carries nothing from a context without a span', () => {
      expect(carrierOf(ROOT_CONTEXT)).toBeUndefined();
    });

    it.each([
      ['no carrier', undefined],
      ['null', null],
      ['a string', TRACEPARENT],
      ['no traceparent', { tracestate: 'a=b' }],
      ['a traceparent that is not a string', { traceparent: 42 }],
      ['an array of headers', { traceparent: [TRACEPARENT, TRACEPARENT] }],
      ['garbage', { traceparent: 'not-a-trace' }],
      ['a short trace id', { traceparent: `00-${TRACE_ID.slice(2)}-${SPAN_ID}-01` }],
      ['an all-zero trace id', { traceparent: `00-${'0'.repeat(32)}-${SPAN_ID}-01` }],
      ['an all-zero span id', { traceparent: `00-${TRACE_ID}-${'0'.repeat(16)}-01` }],
      ['the forbidden version ff', { traceparent: `ff-${TRACE_ID}-${SPAN_ID}-01` }],
      ['upper-case hex', { traceparent: `00-${TRACE_ID.toUpperCase()}-${SPAN_ID}-01` }],
      ['an oversized traceparent', { traceparent: `${TRACEPARENT}-${'a'.repeat(300)}` }],
    ])('ignores %s: the base context comes back as it was', (_, carrier) => {
      const base = ROOT_CONTEXT.setValue(createContextKey('k'), 'v');
      const continued = contextFrom(carrier, base);
      expect(continued).toBe(base);
      expect(trace.getSpanContext(continued)).toBeUndefined();
    });

    it('keeps a good traceparent when its tracestate is oversized, dropping the tracestate', () => {
      const continued = trace.getSpanContext(
        contextFrom({ traceparent: TRACEPARENT, tracestate: `a=${'b'.repeat(600)}` }),
      );
      expect(continued).toMatchObject({ traceId: TRACE_ID, spanId: SPAN_ID });
      expect(continued?.traceState).toBeUndefined();
    });
  });
});
