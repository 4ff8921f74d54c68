/**
 * Whether a value can never change: a primitive, or a frozen plain object or array whose own
 * properties are all data properties (no getters) holding such values, all the way down. What
 * is computed from such a value (a check passed, a normalized form) stays true of it, so it may
 * be kept, keyed by the object, instead of being computed again on every call. The banned-use
 * check (rule R22) keeps its policy check and keyword forms this way.
 */
export function isDeeplyFrozenData(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return typeof value !== 'function';
  if (!Object.isFrozen(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== Array.prototype && prototype !== null) {
    return false;
  }
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (!descriptor || !('value' in descriptor)) return false;
    if (!isDeeplyFrozenData(descriptor.value)) return false;
  }
  return true;
}
