import type { Tracer } from '@opentelemetry/api';

let current: Tracer | undefined;

/**
 * This process's tracer once `startTracing` found an endpoint; `undefined` otherwise. Every traced
 * place asks this first and does nothing more when there is none: the one check a request pays
 * when tracing is off (issue #20).
 */
export function activeTracer(): Tracer | undefined {
  return current;
}

/** Set by `startTracing` (and by tests that bring their own tracer provider). */
export function useTracer(tracer: Tracer | undefined): void {
  current = tracer;
}
