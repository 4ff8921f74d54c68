import { isOrganizationCategory, ORGANIZATION_CATEGORIES } from '@civic/domain/organizations';
import { ScreeningApplicant } from './screening-types';

const COUNTY_CODE = /^\d{6}$/;
const KINDS: readonly string[] = ['ORGANIZATION', 'FOUNDING_GROUP'];

// rule R1, rule R16: an applicant that can be screened, naming the field that is wrong.
export function assertApplicant(applicant: ScreeningApplicant): void {
  if (!KINDS.includes(applicant?.kind)) {
    throw new RangeError(
      `rule R16: applicant.kind must be ORGANIZATION or FOUNDING_GROUP, got ${String(applicant?.kind)}`,
    );
  }
  if (!isOrganizationCategory(applicant.category)) {
    throw new RangeError(
      `rule R1: applicant.category must be one of ${ORGANIZATION_CATEGORIES.join(', ')}, got ${String(applicant.category)}`,
    );
  }
  if (!isCountyCode(applicant.countyCode)) {
    throw new RangeError(
      `rule R1: applicant.countyCode must be 6 digits, got ${String(applicant.countyCode)}`,
    );
  }
  if (applicant.kind === 'FOUNDING_GROUP') {
    const { founders } = applicant;
    if (typeof founders !== 'number' || !Number.isSafeInteger(founders) || founders < 0) {
      throw new RangeError(
        `rule R16: applicant.founders must be a whole number for a founding group, got ${String(founders)}`,
      );
    }
  }
  for (const field of ['graduated', 'inActiveCohort'] as const) {
    const value = applicant[field];
    if (value !== undefined && typeof value !== 'boolean') {
      throw new RangeError(`rule R16: applicant.${field} must be a boolean, got ${String(value)}`);
    }
  }
}

// rule R16: a cohort's list of what it takes; null when it restricts nothing.
export function listOrAll(
  list: readonly string[] | undefined,
  field: string,
  valid: (value: unknown) => boolean,
): string[] | null {
  if (list === undefined || list === null) return null;
  if (!Array.isArray(list)) {
    throw new RangeError(`rule R16: eligibility.${field} must be an array`);
  }
  list.forEach((value, i) => {
    if (!valid(value)) {
      throw new RangeError(
        `rule R16: eligibility.${field}[${i}] is not valid, got ${String(value)}`,
      );
    }
  });
  return list.length === 0 ? null : [...list];
}

// rule R1: a county is a 6-digit administrative division code.
export function isCountyCode(value: unknown): boolean {
  return typeof value === 'string' && COUNTY_CODE.test(value);
}
