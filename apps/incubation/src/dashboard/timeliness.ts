import { countTimeliness, timelinessGroupBy, timelinessTally } from '@civic/platform/programme-kit';
import type { EntityManager } from 'typeorm';
import { AdmissionApplication } from '../admissions/admission.entity';
import type { StartupSubsidy } from '../incubatees/startup-subsidy.entity';

/** Incubation's timeliness tally (issue #18), in its schema. */
export const TIMELINESS_TALLY = timelinessTally('incubation');

/**
 * The GROUP BY the tally must equal (its migration backfilled from the same): an admission
 * application's days from submission to the cohort's decision (R16: within 5 working days of the
 * window closing), and to its incubatee's start-up subsidy paid (R15, R28; one payment), under the
 * applicant's street.
 */
export const TIMELINESS_SOURCE = timelinessGroupBy(
  'incubation',
  `SELECT street_code, submitted_at, (decision->>'decidedAt')::timestamptz AS at, 'DECISION' AS stage
     FROM incubation.admission_application WHERE decision IS NOT NULL
   UNION ALL
   SELECT a.street_code, a.submitted_at, s.paid_at, 'PAYMENT'
     FROM incubation.startup_subsidy s
     JOIN incubation.admission_application a ON a.id = s.incubatee_id
    WHERE s.paid_at IS NOT NULL`,
);

/** rule R16: a cohort's applications decided, counted in the deciding transaction, one upsert. */
export function countDecided(
  manager: EntityManager,
  applications: readonly Pick<AdmissionApplication, 'streetCode' | 'submittedAt'>[],
  decidedAt: Date,
) {
  return countTimeliness(
    manager,
    TIMELINESS_TALLY,
    'incubation',
    applications.map((a) => ({
      stage: 'DECISION' as const,
      streetCode: a.streetCode,
      submittedAt: a.submittedAt,
      at: decidedAt,
    })),
  );
}

/**
 * rule R28: an incubatee's start-up subsidy paid, in the settlement's inbox transaction, counted
 * under its admission application (an incubatee's id is its application's; every incubatee has
 * one, but the count follows the source's JOIN either way).
 */
export async function countSubsidyPaid(
  manager: EntityManager,
  subsidy: Pick<StartupSubsidy, 'incubateeId'>,
  paidAt: Date,
): Promise<void> {
  const application = await manager.findOneBy(AdmissionApplication, { id: subsidy.incubateeId });
  if (!application) return; // no application, no time to count (as the source's JOIN)
  await countTimeliness(manager, TIMELINESS_TALLY, 'incubation', [
    {
      stage: 'PAYMENT',
      streetCode: application.streetCode,
      submittedAt: application.submittedAt,
      at: paidAt,
    },
  ]);
}
