import { countTimeliness, timelinessGroupBy, timelinessTally } from '@civic/platform/programme-kit';
import type { EntityManager } from 'typeorm';
import type { SubsidyApplication } from '../applications/entities/subsidy-application.entity';

/** The lottery fund's timeliness tally (issue #18), in its schema. */
export const TIMELINESS_TALLY = timelinessTally('lottery_fund');

/**
 * The GROUP BY the tally must equal (its migration backfilled from the same): an application's
 * days from submission to the officer's decision (R16, approve or reject), and to its subsidy paid
 * (R28, one payment), under the applicant's street at submission.
 */
export const TIMELINESS_SOURCE = timelinessGroupBy(
  'lottery-fund',
  `SELECT street_code, submitted_at, (decision->>'decidedAt')::timestamptz AS at, 'DECISION' AS stage
     FROM lottery_fund.subsidy_application WHERE decision IS NOT NULL
   UNION ALL
   SELECT street_code, submitted_at, paid_at, 'PAYMENT'
     FROM lottery_fund.subsidy_application WHERE paid_at IS NOT NULL`,
);

type Timed = Pick<SubsidyApplication, 'streetCode' | 'submittedAt'>;

/** rule R16: an application decided, counted in the deciding transaction. */
export function countDecided(manager: EntityManager, application: Timed, decidedAt: Date) {
  return countTimeliness(manager, TIMELINESS_TALLY, 'lottery-fund', [
    {
      stage: 'DECISION',
      streetCode: application.streetCode,
      submittedAt: application.submittedAt,
      at: decidedAt,
    },
  ]);
}

/** rule R28: its subsidy paid, counted in the inbox transaction of finance's settlement. */
export function countPaid(manager: EntityManager, application: Timed, paidAt: Date) {
  return countTimeliness(manager, TIMELINESS_TALLY, 'lottery-fund', [
    {
      stage: 'PAYMENT',
      streetCode: application.streetCode,
      submittedAt: application.submittedAt,
      at: paidAt,
    },
  ]);
}
