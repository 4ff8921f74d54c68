import type { ViolationMapping } from '../../common/form-violations';
import type { ApplyDirectoryEntryDto, UndertakerKind } from './directory-types';

/** What an officer types for an undertaker of another kind (R24; Order 102 art. 6–8). */
export interface UndertakerFormValues {
  kind: UndertakerKind;
  name: string;
  creditCode?: string;
  residentId?: string;
  serviceAreas: string[];
  serviceCategories: string[];
  contactName: string;
  contactPhone: string;
}

/** An individual is identified by the resident ID number; every other kind by its credit code. */
export const identifiedByResidentId = (kind?: UndertakerKind) => kind === 'INDIVIDUAL';

/** A violation on one service area or category shows on the select that holds them all. */
export const UNDERTAKER_MAPPING: ViolationMapping = {
  lists: ['serviceAreas', 'serviceCategories'],
};

const text = (value?: string) => (value?.trim() ? value.trim() : undefined);

/**
 * The request body: texts trimmed; an individual's resident ID number (R30: the API seals it) and
 * no credit code, any other kind's credit code (R29) and no ID number; the areas and categories
 * picked. Checking who may undertake is the API's (art. 8 refuses a category-1 institution).
 */
export function toUndertakerDto(values: UndertakerFormValues): ApplyDirectoryEntryDto {
  const person = identifiedByResidentId(values.kind);
  const creditCode = person ? undefined : text(values.creditCode)?.toUpperCase();
  const residentId = person ? text(values.residentId)?.toUpperCase() : undefined;
  return {
    kind: values.kind,
    name: values.name.trim(),
    ...(creditCode ? { creditCode } : {}),
    ...(residentId ? { residentId } : {}),
    serviceAreas: values.serviceAreas ?? [],
    serviceCategories: (values.serviceCategories ?? []).map((c) => c.trim()).filter(Boolean),
    contactName: values.contactName.trim(),
    contactPhone: values.contactPhone.trim(),
  };
}
