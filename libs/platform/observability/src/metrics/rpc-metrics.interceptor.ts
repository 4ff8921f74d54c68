import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import type { RedisContext } from '@nestjs/microservices';
import { type Observable, tap } from 'rxjs';
import { Metrics } from './metrics';

/** Times each RPC request a service handles, by its pattern: `civic_rpc_duration_seconds`. */
@Injectable()
export class RpcMetricsInterceptor implements NestInterceptor {
  constructor(private readonly metrics: Metrics) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'rpc') return next.handle();
    const pattern = context.switchToRpc().getContext<RedisContext>().getChannel();
    const end = this.metrics.rpc.startTimer({ pattern });
    return next.handle().pipe(
      tap({
        complete: () => end({ outcome: 'ok' }),
        error: () => end({ outcome: 'error' }),
      }),
    );
  }
}
