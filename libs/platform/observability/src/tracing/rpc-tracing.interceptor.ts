import { type RpcPattern, serviceOf } from '@civic/contracts';
import { activeTracer, contextFrom, endSpanWithError } from '@civic/platform/tracing';
import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import type { RedisContext } from '@nestjs/microservices';
import { context, SpanKind, trace } from '@opentelemetry/api';
import { Observable } from 'rxjs';

/**
 * A server span for each RPC request a service handles (issue #20), continuing the caller's trace
 * from the envelope's `trace` (beside the payload, which handlers get unchanged). The handler runs
 * with the span active, so what it writes to the outbox carries this trace on. Without a tracer
 * it only passes the call on.
 */
@Injectable()
export class RpcTracingInterceptor implements NestInterceptor {
  intercept(execution: ExecutionContext, next: CallHandler): Observable<unknown> {
    const tracer = activeTracer();
    if (!tracer || execution.getType() !== 'rpc') return next.handle();
    const rpc = execution.switchToRpc();
    const pattern = rpc.getContext<RedisContext>().getChannel();
    const parent = contextFrom((rpc.getData() as { trace?: unknown } | undefined)?.trace);
    return new Observable((subscriber) => {
      const span = tracer.startSpan(
        `rpc ${pattern}`,
        {
          kind: SpanKind.SERVER,
          attributes: {
            'rpc.system': 'redis',
            'rpc.service': serviceOf(pattern as RpcPattern),
            'rpc.method': pattern,
          },
        },
        parent,
      );
      let ended = false;
      const end = (error?: unknown) => {
        if (ended) return;
        ended = true;
        if (error === undefined) span.end();
        else endSpanWithError(span, error);
      };
      // Subscribing inside the span's context: Nest runs the handler on subscription.
      const subscription = context.with(trace.setSpan(parent, span), () =>
        next.handle().subscribe({
          next: (value) => subscriber.next(value),
          error: (error: unknown) => {
            end(error);
            subscriber.error(error);
          },
          complete: () => {
            end();
            subscriber.complete();
          },
        }),
      );
      return () => {
        subscription.unsubscribe();
        end();
      };
    });
  }
}
