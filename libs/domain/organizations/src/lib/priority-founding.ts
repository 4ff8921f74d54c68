import { FundingSource } from './funding-source';
import { ServiceField } from './service-field';

/** The founders R9 gives priority to: an individual, or an enterprise with idle resources or
 * expertise, whether alone or jointly with a street office, township or residents' committee. */
export const R9_FUNDING_SOURCES: readonly FundingSource[] = Object.freeze([
  FundingSource.INDIVIDUAL,
  FundingSource.ENTERPRISE,
]);

/** The six fields R9 names (every ServiceField but OTHER). */
export const R9_SERVICE_FIELDS: readonly ServiceField[] = Object.freeze([
  ServiceField.ELDERCARE_CHILDCARE,
  ServiceField.PUBLIC_WELFARE,
  ServiceField.SOCIAL_WELFARE,
  ServiceField.CULTURE_SPORTS,
  ServiceField.SCIENCE_POPULARIZATION,
  ServiceField.HEALTH,
]);

/** Founding facts as recorded; null or absent where not recorded (snapshots stored before R9). */
export interface FoundingFacts {
  fundingSource?: FundingSource | null;
  serviceField?: ServiceField | null;
}

/** Founding facts that R9 gives priority to. */
export interface R9Founding {
  fundingSource: Exclude<FundingSource, 'RESIDENTS'>;
  serviceField: Exclude<ServiceField, 'OTHER'>;
}

// rule R9: funded by an individual or an enterprise (alone or jointly) and working in one of the
// six fields. A fact not recorded is not R9.
export function isR9PriorityFounding<T extends FoundingFacts>(facts: T): facts is T & R9Founding {
  const { fundingSource: source, serviceField: field } = facts;
  return (
    source != null &&
    field != null &&
    R9_FUNDING_SOURCES.includes(source) &&
    R9_SERVICE_FIELDS.includes(field)
  );
}
