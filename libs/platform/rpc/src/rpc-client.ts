import {
  type RpcActor,
  type RpcEnvelope,
  type RpcErrorBody,
  type RpcPattern,
  type RpcRequestOf,
  type RpcResponseOf,
  serviceOf,
} from '@civic/contracts';
import { activeTracer, carrierOf, inSpan } from '@civic/platform/tracing';
import { HttpException, ServiceUnavailableException } from '@nestjs/common';
import { SpanKind } from '@opentelemetry/api';
import { firstValueFrom, timeout, TimeoutError } from 'rxjs';
import { PrefixedClientRedis, redisOptionsFromUrl, rpcChannelPrefix } from './redis-transport';

export interface RpcClientSettings {
  redisUrl: string;
  prefix: string;
  timeoutMs: number;
}

/**
 * Calls services over the Redis transport. A service that does not answer within the timeout is
 * reported as a 503 naming it; a refusal from the service keeps its status and reasons.
 */
export class RpcClient {
  private readonly client: PrefixedClientRedis;

  constructor(private readonly settings: RpcClientSettings) {
    this.client = new PrefixedClientRedis(
      { ...redisOptionsFromUrl(settings.redisUrl), retryAttempts: 0, retryDelay: 500 },
      rpcChannelPrefix(settings.prefix),
    );
  }

  async call<P extends RpcPattern>(
    pattern: P,
    data: RpcRequestOf<P>,
    actor: RpcActor,
    requestId?: string,
  ): Promise<RpcResponseOf<P>> {
    const tracer = activeTracer();
    if (!tracer) return this.send(pattern, { actor, requestId, data });
    // A client span, whose context goes beside the payload (`trace`) for the service to continue.
    return inSpan(
      tracer,
      `rpc ${pattern}`,
      {
        kind: SpanKind.CLIENT,
        attributes: {
          'rpc.system': 'redis',
          'rpc.service': serviceOf(pattern),
          'rpc.method': pattern,
        },
      },
      () => this.send(pattern, { actor, requestId, data, trace: carrierOf() }),
    );
  }

  private async send<P extends RpcPattern>(
    pattern: P,
    envelope: RpcEnvelope<RpcRequestOf<P>>,
  ): Promise<RpcResponseOf<P>> {
    try {
      return await firstValueFrom(
        this.client
          .send<RpcResponseOf<P>>(pattern, envelope)
          .pipe(timeout(this.settings.timeoutMs)),
      );
    } catch (error) {
      throw this.translate(pattern, error);
    }
  }

  private translate(pattern: RpcPattern, error: unknown): Error {
    const service = serviceOf(pattern);
    if (error instanceof TimeoutError) {
      return new ServiceUnavailableException({
        statusCode: 503,
        error: 'Service Unavailable',
        service,
        message: `the ${service} service did not answer within ${this.settings.timeoutMs} ms`,
      });
    }
    const body = error as Partial<RpcErrorBody> | undefined;
    if (body && typeof body.status === 'number') {
      return new HttpException(
        {
          statusCode: body.status,
          error: body.code,
          code: body.code,
          message: body.message,
          ...(body.messageZh ? { messageZh: body.messageZh } : {}),
          ...(body.violations ? { violations: body.violations } : {}),
        },
        body.status,
      );
    }
    return new ServiceUnavailableException({
      statusCode: 503,
      error: 'Service Unavailable',
      service,
      message: `the ${service} service failed: ${(error as Error)?.message ?? 'unknown error'}`,
    });
  }

  async close(): Promise<void> {
    await this.client.close();
  }
}
