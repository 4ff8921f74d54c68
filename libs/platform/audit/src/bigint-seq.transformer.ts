import type { ValueTransformer } from 'typeorm';

/**
 * Postgres `bigint` comes back as a string; an audit sequence number is a JavaScript number, like
 * money in fen (`bigintFen` in @civic/platform/database), and refused beyond the safe range.
 */
export const bigintSeq: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => {
    if (value === null) return null;
    const seq = Number(value);
    if (!Number.isSafeInteger(seq)) throw new RangeError(`audit seq ${value} is out of safe range`);
    return seq;
  },
};
