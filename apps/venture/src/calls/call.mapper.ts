import type { CallView } from '@civic/contracts';
import type { VentureCall } from './call.entity';
import type { CallProposalCounts } from './calls.repository';

/** A call with its phase and how many proposals it drew. */
export function callView(c: VentureCall, n: CallProposalCounts | undefined, now: Date): CallView {
  const open = now < c.deadline;
  return {
    id: c.id,
    name: c.name,
    fiscalYear: c.fiscalYear,
    budgetFen: c.budgetFen,
    minFen: c.minFen,
    maxFen: c.maxFen,
    focusGroups: c.focusGroups,
    rubric: c.rubric,
    tranches: c.tranches,
    ruralReservePercent: c.ruralReservePercent,
    deadline: c.deadline.toISOString(),
    open,
    phase: open ? 'OPEN' : (n?.awarded ?? 0) > 0 ? 'AWARDED' : c.drawnAt ? 'DRAWN' : 'CLOSED',
    proposals: n?.all ?? 0,
    submitted: n?.submitted ?? 0,
    concludedAt: c.concludedAt?.toISOString() ?? null,
    ...(c.form ? { form: { version: c.formVersion, schema: c.form } } : {}),
  };
}
