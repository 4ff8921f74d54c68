import { ClientRedis, ServerRedis } from '@nestjs/microservices';

/** ioredis options from a `redis://[user:password@]host:port[/db]` URL (Nest's transport takes no URL). */
export function redisOptionsFromUrl(url: string): {
  host: string;
  port: number;
  username?: string;
  password?: string;
  db?: number;
} {
  const parsed = new URL(url);
  const db = parsed.pathname.replace('/', '');
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    ...(db ? { db: Number(db) } : {}),
  };
}

type RedisTransportOptions = ConstructorParameters<typeof ServerRedis>[0];

/**
 * The Redis transport with every channel under a prefix (`civic:rpc:organizations.get`), so that
 * several environments, or test files running at once, can share one Redis without answering
 * each other's calls. Pub/sub channels ignore Redis database numbers, hence the prefix.
 */
export class PrefixedServerRedis extends ServerRedis {
  constructor(
    options: RedisTransportOptions,
    private readonly channelPrefix: string,
  ) {
    super(options);
  }

  override getRequestPattern(pattern: string): string {
    return `${this.channelPrefix}${pattern}`;
  }

  override getReplyPattern(pattern: string): string {
    return `${this.channelPrefix}${pattern}.reply`;
  }

  override handleMessage(channel: string, buffer: string, pub: unknown, pattern: string) {
    const strip = (value: string) =>
      value.startsWith(this.channelPrefix) ? value.slice(this.channelPrefix.length) : value;
    return super.handleMessage(strip(channel), buffer, pub, strip(pattern));
  }
}

export class PrefixedClientRedis extends ClientRedis {
  constructor(
    options: ConstructorParameters<typeof ClientRedis>[0],
    private readonly channelPrefix: string,
  ) {
    super(options);
  }

  override getRequestPattern(pattern: string): string {
    return `${this.channelPrefix}${pattern}`;
  }

  override getReplyPattern(pattern: string): string {
    return `${this.channelPrefix}${pattern}.reply`;
  }
}

export function rpcChannelPrefix(prefix: string): string {
  return `${prefix}:rpc:`;
}
