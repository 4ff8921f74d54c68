import { OrganizationFacts } from './organization-facts';

/** A test helper (not exported from the library): facts of a small, unregistered organization. */
export function facts(overrides: Partial<OrganizationFacts> = {}): OrganizationFacts {
  return {
    registeredFundsFen: 0,
    isFederation: false,
    memberCount: 0,
    memberOrganizationCount: 0,
    activityMonths: [],
    ...overrides,
  };
}
