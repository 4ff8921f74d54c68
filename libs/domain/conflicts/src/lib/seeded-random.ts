const UINT32 = 4_294_967_296;

/**
 * rule R18: a small seeded pseudo-random generator (mulberry32): numbers in [0, 1), the same
 * sequence for the same seed on every machine, so a draw can be repeated and audited from its
 * seed. Not for secrets. The seed is a whole number from 0 to 2^32 − 1.
 */
export function seededRandom(seed: number): () => number {
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed) || seed < 0 || seed >= UINT32) {
    throw new RangeError(
      `rule R18: seed must be a whole number from 0 to 4294967295, got ${String(seed)}`,
    );
  }
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / UINT32;
  };
}
