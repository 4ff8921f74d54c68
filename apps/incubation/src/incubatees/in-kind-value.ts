import { feeWaiverFen, spaceValueFen } from '@civic/domain/incubation';
import type { Venue } from '../bases/venue.entity';
import type { Cohort } from '../cohorts/cohort.entity';

/**
 * What a place in `venue` gives an incubatee over the cohort's term, valued in fen with the figures
 * it was valued from (R15, R16): the free space and the waived fees of the cohort's package, each
 * only when it is worth something.
 */
export function inKindValue(cohort: Cohort, venue: Venue) {
  const months = cohort.termMonths;
  const { spaceM2, monthlyFeeFen, feeWaivedPercent } = cohort.support;
  return [
    {
      kind: 'SPACE' as const,
      valueFen: spaceValueFen({
        areaM2: spaceM2,
        monthlyRateFenPerM2: venue.monthlyRateFenPerM2,
        months,
      }),
      basis: {
        venue: venue.name,
        areaM2: spaceM2,
        monthlyRateFenPerM2: venue.monthlyRateFenPerM2,
        months,
      },
    },
    {
      kind: 'FEE_WAIVER' as const,
      valueFen: feeWaiverFen({ monthlyFeeFen, months, waivedPercent: feeWaivedPercent }),
      basis: { monthlyFeeFen, waivedPercent: feeWaivedPercent, months },
    },
  ].filter((s) => s.valueFen > 0);
}
