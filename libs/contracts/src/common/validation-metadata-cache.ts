import { getMetadataStorage, type MetadataStorage } from 'class-validator';

type Lookup = MetadataStorage['getTargetValidationMetadatas'];
type Metadatas = ReturnType<Lookup>;

const installed = new WeakSet<MetadataStorage>();

/**
 * Makes class-validator look up a class's rules once instead of on every object it validates.
 * Its `getTargetValidationMetadatas` scans the rules of every decorated class in the process
 * (for inherited ones) each time it validates an object, nested ones included: a fifth to a
 * third of validating a submission in a process that knows a few hundred DTO classes. The
 * answer depends only on its arguments and on the rules registered, so it is kept per class and
 * arguments, and forgotten whenever a rule is registered (a class loaded later, a schema).
 * Validation itself is unchanged: the same rules, in the same order, run on every object.
 * Call once at process start; calling again does nothing.
 */
export function cacheValidationMetadataLookups(
  storage: MetadataStorage = getMetadataStorage(),
): void {
  if (installed.has(storage)) return;
  installed.add(storage);
  const lookup: Lookup = storage.getTargetValidationMetadatas.bind(storage);
  let cache = new Map<unknown, Map<string, Metadatas>>();
  const forget = <A extends unknown[]>(register: (...args: A) => void) =>
    function (this: MetadataStorage, ...args: A) {
      cache = new Map();
      return register.apply(this, args);
    };
  storage.addValidationMetadata = forget(storage.addValidationMetadata);
  storage.addConstraintMetadata = forget(storage.addConstraintMetadata);
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    let byTarget = cache.get(target);
    if (!byTarget) cache.set(target, (byTarget = new Map()));
    const key = JSON.stringify([schema, always, strictGroups, groups ?? null]);
    let found = byTarget.get(key);
    if (!found) {
      found = lookup(target, schema, always, strictGroups, groups);
      byTarget.set(key, found);
    }
    // a copy: a caller may change the list it gets without changing the cached one
    return found.slice();
  };
}
