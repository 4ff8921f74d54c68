import type { ValueTransformer } from 'typeorm';

/** Postgres `bigint` comes back as a string; money stays integer fen (R26) within safe range. */
export const bigintFen: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => {
    if (value === null) return null;
    const fen = Number(value);
    if (!Number.isSafeInteger(fen))
      throw new RangeError(`amount ${value} fen is out of safe range`);
    return fen;
  },
};
