import type { SubmitAdmissionDto } from '../../api/types';
import type { ViolationMapping } from '../../common/form-violations';
import { trimmed } from '../form-values';

/** What every applicant says: whom it serves (R7), its plan, and whom to call. */
export type PlanValues = Pick<
  SubmitAdmissionDto,
  'servedGroups' | 'plan' | 'contactName' | 'contactPhone'
>;

/** A founding group's paper application as staff type it (R1, R8); the county only narrows the street list. */
export type FoundingGroupValues = PlanValues &
  Required<
    Pick<SubmitAdmissionDto, 'groupName' | 'founders' | 'category' | 'areaType' | 'streetCode'>
  > &
  Pick<SubmitAdmissionDto, 'founderBackground'> & { countyCode?: string };

/** servedGroups is one multi-select: a violation on an element goes to it. */
export const ADMISSION_MAPPING: ViolationMapping = { lists: ['servedGroups'] };

const plan = (values: PlanValues): PlanValues => ({
  ...trimmed({
    plan: values.plan,
    contactName: values.contactName,
    contactPhone: values.contactPhone,
  }),
  servedGroups: values.servedGroups ?? [],
});

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
