import type { TrancheState } from '@civic/domain/venture';
import type { Tranche } from './tranche.entity';

/**
 * Tranches as the domain reads them. For releasing, a tranche asked of finance counts as released
 * (paid or on its way, or cancelled with the award), so it is never asked twice; for a clawback,
 * only what the bank paid counts.
 */
export function trancheStates(
  tranches: readonly Tranche[],
  count: 'RELEASED' | 'PAID' = 'RELEASED',
): TrancheState[] {
  return tranches.map((t) => {
    const out = count === 'PAID' ? t.payment === 'PAID' : t.payment !== 'NOT_RELEASED';
    return {
      key: t.key,
      amountFen: t.amountFen,
      milestone: t.milestone,
      paidFen: out ? t.amountFen : 0,
      ...(out && t.releasedAt ? { releasedAt: new Date(t.releasedAt).toISOString() } : {}),
    };
  });
}
