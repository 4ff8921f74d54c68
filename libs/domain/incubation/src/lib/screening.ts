import { isOrganizationCategory, OrganizationCategory } from '@civic/domain/organizations';
import {
  assertIncubationPolicy,
  DEFAULT_INCUBATION_POLICY,
  IncubationPolicy,
} from './incubation-policy';
import { assertApplicant, isCountyCode, listOrAll } from './screening-input';
import {
  activeReason,
  areaReason,
  categoryReason,
  foundersReason,
  graduatedReason,
} from './screening-reasons';
import { CohortEligibility, Screening, ScreeningApplicant } from './screening-types';

/**
 * rule R16 (with R1, R5, R11): who may apply to a cohort. Every check that applies to the
 * applicant is listed, passed or failed, so staff and applicant see all reasons at once:
 * category and area for everyone; founders for a founding group; for an organization, that it
 * has not graduated already and is not in another cohort now (capacity building, R11, goes
 * first to those not incubated yet).
 */
export function screenApplicant(
  applicant: ScreeningApplicant,
  eligibility: CohortEligibility,
  policy: IncubationPolicy = DEFAULT_INCUBATION_POLICY,
): Screening {
  assertIncubationPolicy(policy);
  assertApplicant(applicant);
  const categories = listOrAll(eligibility?.categories, 'categories', isOrganizationCategory);
  const counties = listOrAll(eligibility?.countyCodes, 'countyCodes', isCountyCode);
  const reasons = [
    categoryReason(applicant.category as OrganizationCategory, categories),
    areaReason(applicant.countyCode, counties),
    ...(applicant.kind === 'FOUNDING_GROUP'
      ? [foundersReason(applicant.founders as number, policy.minFounders)]
      : [
          graduatedReason(applicant.graduated === true),
          activeReason(applicant.inActiveCohort === true),
        ]),
  ];
  return { eligible: reasons.every((r) => r.ok), reasons };
}
