import type { ViolationMapping } from '../../common/form-violations';
import type { ApplyDirectoryEntryDto } from './undertaker-types';

/** What the applicant types: the regions and categories served, and who to contact. */
export interface ApplyFormValues {
  serviceAreas: string[];
  serviceCategories: string[];
  contactName: string;
  contactPhone: string;
}

/** An element's violation (`serviceAreas.2`) shows on its select. */
export const APPLY_MAPPING: ViolationMapping = { lists: ['serviceAreas', 'serviceCategories'] };

/**
 * The request body (R24): the organization applies as itself, a social organization of the
 * registry, so its name and credit code are left out (the API takes them from the registry).
 */
export function toApplyDto(values: ApplyFormValues): ApplyDirectoryEntryDto {
  return {
    kind: 'SOCIAL_ORGANIZATION',
    serviceAreas: values.serviceAreas,
    serviceCategories: values.serviceCategories,
    contactName: values.contactName.trim(),
    contactPhone: values.contactPhone.trim(),
  };
}
