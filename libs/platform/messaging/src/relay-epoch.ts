import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { epochKey } from './redis-keys';

/**
 * The identity of Redis's current data set. A missing key means Redis lost its data (FLUSHALL, a
 * restart without persistence, a failover to an empty replica): a new epoch starts, and every
 * outbox row published under an older epoch and not yet confirmed is published again.
 */
export class RelayEpoch {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  /** The current epoch, starting a new one when Redis has none. Several relays agree (SET NX). */
  async current(): Promise<string> {
    const key = epochKey(this.prefix);
    const existing = await this.redis.get(key);
    if (existing) return existing;
    await this.redis.set(key, randomUUID(), 'NX');
    const epoch = await this.redis.get(key);
    if (!epoch) throw new Error('Redis lost the relay epoch while it was being set');
    return epoch;
  }

  /** The epoch if there is one, without starting a new one. */
  async peek(): Promise<string | null> {
    return this.redis.get(epochKey(this.prefix));
  }
}
