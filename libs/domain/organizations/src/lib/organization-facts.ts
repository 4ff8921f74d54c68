import { assertNonNegativeFen } from '@civic/domain/money';
import { assertCount } from './count-check';

/** The facts a tier decision is made from. rule R2, rule R5 */
export interface OrganizationFacts {
  registeredFundsFen: number;
  isFederation: boolean;
  memberCount: number;
  memberOrganizationCount: number;
  /** Months with recorded activities, 'YYYY-MM'. */
  activityMonths: string[];
}

// rule R2, rule R5: refuse facts that cannot be true, naming the field.
export function assertOrganizationFacts(facts: OrganizationFacts): void {
  assertNonNegativeFen(facts?.registeredFundsFen, 'registeredFundsFen');
  if (typeof facts.isFederation !== 'boolean') {
    throw new RangeError(`isFederation must be a boolean, got ${String(facts.isFederation)}`);
  }
  assertCount(facts.memberCount, 'memberCount');
  assertCount(facts.memberOrganizationCount, 'memberOrganizationCount');
  if (!Array.isArray(facts.activityMonths)) {
    throw new RangeError('activityMonths must be an array of YYYY-MM strings');
  }
}
