import { cacheValidationMetadataLookups } from '@civic/contracts';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { PrefixedServerRedis, redisOptionsFromUrl, rpcChannelPrefix } from '@civic/platform/rpc';
import { startTracing } from '@civic/platform/tracing';

export interface ServiceStartOptions {
  name: string;
  httpPort: number;
  redisUrl: string;
  prefix: string;
  host?: string;
}

/**
 * Starts a domain service: RPC over the Redis transport (requests from the gateway), and a small
 * HTTP server for `/health`. Shutdown hooks stop the outbox relay and inbox worker cleanly.
 * Validation looks a DTO class's rules up once (`cacheValidationMetadataLookups`). Tracing starts
 * first, when an OTLP endpoint is set (issue #20; `startTracing`), and is flushed at shutdown.
 */
export async function startService(
  module: Parameters<typeof NestFactory.create>[0],
  options: ServiceStartOptions,
): Promise<INestApplication> {
  await startTracing(options.name);
  cacheValidationMetadataLookups();
  const app = await NestFactory.create(module, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  app.connectMicroservice(
    {
      strategy: new PrefixedServerRedis(
        redisOptionsFromUrl(options.redisUrl),
        rpcChannelPrefix(options.prefix),
      ),
    },
    { inheritAppConfig: true },
  );
  await app.startAllMicroservices();
  await app.listen(options.httpPort, options.host ?? '127.0.0.1');
  app.get(Logger).log(`${options.name} listening: RPC on Redis, health on :${options.httpPort}`);
  return app;
}
