import type { DecisionMadeV1, DecisionOutcome } from '@civic/contracts';
import type { AdmissionOutcome } from '@civic/domain/incubation';
import { clipped } from '@civic/platform/programme-kit';
import type { Cohort } from '../cohorts/cohort.entity';
import type { AdmissionApplication } from './admission.entity';

/** Each admission outcome (R16) as the decision told to the applicant (issue #18). */
const OUTCOME: Record<AdmissionOutcome, DecisionOutcome> = {
  ADMITTED: 'ADMITTED',
  WAITLISTED: 'WAITLISTED',
  REJECTED: 'NOT_ADMITTED',
};

/**
 * The `incubation.decision-made.v1` for one applicant of a decided cohort (R16), published in the
 * transaction of the decision; none for an applicant not in the registry (no organization, so
 * nobody bound to it to tell).
 */
export function admissionDecision(
  cohort: Cohort,
  application: AdmissionApplication,
  outcome: AdmissionOutcome,
  decidedAt: string,
): DecisionMadeV1 | null {
  if (!application.organizationId) return null;
  return {
    decisionId: `incubation:admission-application:${application.id}:${OUTCOME[outcome]}`,
    organizationId: application.organizationId,
    programme: 'incubation',
    subjectType: 'admission-application',
    subjectId: application.id,
    outcome: OUTCOME[outcome],
    title: clipped({ zh: cohort.name, en: cohort.name }),
    decidedAt,
    link: '/incubation/applications',
  };
}
