import {
  FOUNDING_PARTNERS,
  FUNDING_SOURCES,
  LEGAL_FORMS,
  SERVICE_FIELDS,
} from '@civic/domain/organizations';
import { useTranslation } from 'react-i18next';

/** The code lists of R9 (how an organization was founded, its field) and R2 (its legal form). */
export const FOUNDING_ENUMS = {
  fundingSource: FUNDING_SOURCES,
  foundingPartner: FOUNDING_PARTNERS,
  serviceField: SERVICE_FIELDS,
  legalForm: LEGAL_FORMS,
} as const;

export type FoundingEnumName = keyof typeof FOUNDING_ENUMS;

/** A founding value's label in the UI language (`organizationFounding.<name>.<value>`). */
export function useFoundingLabel() {
  const { t } = useTranslation();
  return (name: FoundingEnumName, value: string) => t(`organizationFounding.${name}.${value}`);
}

/** Select options for one founding code list, labelled in the UI language. */
export function useFoundingOptions<N extends FoundingEnumName>(name: N) {
  const label = useFoundingLabel();
  return FOUNDING_ENUMS[name].map((value) => ({
    value: value as (typeof FOUNDING_ENUMS)[N][number],
    label: label(name, value),
  }));
}
