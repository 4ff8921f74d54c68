import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Polls until `condition` holds. The deadline only stops a hung test; no assertion depends on
 * how fast anything is.
 */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T>,
  condition: (value: T) => boolean,
  { timeoutMs = 60_000, everyMs = 100 } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await probe();
  while (!condition(last)) {
    if (Date.now() > deadline) {
      throw new Error(`gave up waiting for ${what}; last value: ${JSON.stringify(last)}`);
    }
    await sleep(everyMs);
    last = await probe();
  }
  return last;
}
