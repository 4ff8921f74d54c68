import { rankScore } from './rank-score';

export interface RankInput {
  id: string;
  merit: number;
  bonus: number;
}

export type Ranked<T extends RankInput> = T & { rankScore: number; rank: number };

// rule R13: order by rankScore, then merit (both descending), then id; ranks 1..n.
export function rankCandidates<T extends RankInput>(candidates: readonly T[]): Ranked<T>[] {
  assertUniqueIds(candidates.map((c) => c.id));
  return candidates
    .map((c) => ({ ...c, rankScore: rankScore(c.merit, c.bonus), rank: 0 }))
    .sort((a, b) => b.rankScore - a.rankScore || b.merit - a.merit || compareIds(a.id, b.id))
    .map((c, index) => ({ ...c, rank: index + 1 }));
}

// rule R13: ids break ties, so they must be unique.
export function assertUniqueIds(ids: readonly string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (typeof id !== 'string')
      throw new RangeError(`candidate id must be a string, got ${String(id)}`);
    if (seen.has(id)) throw new RangeError(`candidate id ${id} appears more than once`);
    seen.add(id);
  }
}

// rule R13: ids compare in plain code-unit order, the same on every machine and locale.
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
