import type { FormInstance } from 'antd';
import { ApiError } from '../../api/errors';
import type { SubmitAdmissionDto } from '../../api/types';
import { applyViolations, type ViolationMapping } from '../../common/form-violations';
import { answersFromForm } from '../../forms/answer-values';
import { dottedViolations } from '../../forms/field-paths';
import { trimmed } from '../form-values';

/**
 * What every applicant says: whom it serves (R7), its plan, and whom to call; and its answers to
 * the cohort's added questions (issue #17), keyed by question, as the API takes them.
 */
export type PlanValues = Pick<
  SubmitAdmissionDto,
  'servedGroups' | 'plan' | 'contactName' | 'contactPhone'
> & { answers?: Record<string, unknown> };

/** A founding group's paper application as staff type it (R1, R8); the county only narrows the street list. */
export type FoundingGroupValues = PlanValues &
  Required<
    Pick<SubmitAdmissionDto, 'groupName' | 'founders' | 'category' | 'areaType' | 'streetCode'>
  > &
  Pick<SubmitAdmissionDto, 'founderBackground'> & { countyCode?: string };

/** servedGroups is one multi-select: a violation on an element goes to it. */
export const ADMISSION_MAPPING: ViolationMapping = { lists: ['servedGroups'] };

/**
 * The plan, and the answers given (answersFromForm: blank ones left out); none are sent when
 * none are given (issue #17: a cohort without a form takes no answer).
 */
const plan = (values: PlanValues): PlanValues => {
  const answers = answersFromForm(values);
  return {
    ...trimmed({
      plan: values.plan,
      contactName: values.contactName,
      contactPhone: values.contactPhone,
    }),
    servedGroups: values.servedGroups ?? [],
    ...(Object.keys(answers).length > 0 ? { answers } : {}),
  };
};

/**
 * After a refused application: the API's violations on their fields, an answer's too (the API
 * names them `answers.partners[1].amount`, the form's items `answers.partners.1.amount`, issue
 * #17); what no field shows is returned for the alert above the form.
 */
export function admissionProblems(error: Error, form: FormInstance): string[] {
  const violations = error instanceof ApiError ? dottedViolations(error.violations) : [];
  const unmatched = applyViolations(form, violations, ADMISSION_MAPPING);
  return violations.length > 0 ? unmatched.map((v) => v.message) : [error.message];
}

/** An applicant applies for the organization it acts for (the API knows which). */
export function organizationAdmission(cohortId: string, values: PlanValues): SubmitAdmissionDto {
  return { cohortId, kind: 'ORGANIZATION', ...plan(values) };
}

/** Staff enter a founding group's paper application (R16). */
export function foundingGroupAdmission(
  cohortId: string,
  values: FoundingGroupValues,
): SubmitAdmissionDto {
  const { groupName, founders, category, areaType, streetCode, founderBackground } = values;
  return {
    cohortId,
    kind: 'FOUNDING_GROUP',
    groupName: groupName.trim(),
    founders,
    category,
    areaType,
    streetCode,
    ...(founderBackground ? { founderBackground } : {}),
    ...plan(values),
  };
}
