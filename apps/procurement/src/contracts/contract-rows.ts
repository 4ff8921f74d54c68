import { randomUUID } from 'node:crypto';
import { type ContractYearPlan, instalmentRelease } from '@civic/domain/procurement';
import type { ContractInstalment } from './contract-instalment.entity';
import type { ContractYear } from './contract-year.entity';

/**
 * The rows of a signed contract's years and instalments (R25, R27): every year of the plan, none
 * committed yet (the service commits the first at signing, each later one when renewed), every
 * instalment PENDING and not asked of finance (payment id = its id).
 */
export function yearRows(
  contractId: string,
  plan: readonly ContractYearPlan[],
): { years: ContractYear[]; instalments: ContractInstalment[] } {
  const years: ContractYear[] = [];
  const instalments: ContractInstalment[] = [];
  for (const y of plan) {
    const yearId = randomUUID();
    years.push({
      id: yearId,
      contractId,
      year: y.year,
      fiscalYear: y.fiscalYear,
      startsOn: y.startsOn,
      endsOn: y.endsOn,
      months: y.months,
      amountFen: y.amountFen,
      commitmentState: null,
      statusReason: null,
      releasedFen: 0,
      renewedBy: null,
      renewedAt: null,
    });
    for (const [position, it] of y.instalments.entries()) {
      const id = randomUUID();
      instalments.push({
        id,
        contractId,
        yearId,
        position,
        key: it.key,
        trigger: it.trigger,
        scheduledFen: it.amountFen,
        amountFen: it.amountFen,
        release: 'PENDING',
        releasedAt: null,
        payment: 'NOT_REQUESTED',
        paymentId: id,
        bankReference: null,
        paidAt: null,
        custodianName: null,
        statusReason: null,
      });
    }
  }
  return { years, instalments };
}

/**
 * A year is signed or renewed (R25, R27): it is asked of finance (REQUESTED) and its signing
 * instalments are released, due as soon as finance commits.
 */
export function startYear(
  year: ContractYear,
  instalments: readonly ContractInstalment[],
  by: string,
  at: Date,
): void {
  year.commitmentState = 'REQUESTED';
  year.renewedBy = by;
  year.renewedAt = at;
  for (const instalment of instalments) {
    if (instalment.yearId !== year.id || instalment.trigger !== 'SIGNING') continue;
    instalment.release = instalmentRelease.next(instalment.release, 'RELEASE');
    instalment.releasedAt = at;
  }
}
