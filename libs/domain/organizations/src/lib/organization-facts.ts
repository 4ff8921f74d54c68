import { assertNonNegativeFen } from '@civic/domain/money';
import { assertCount } from './count-check';
import { isLegalForm, type LegalForm } from './legal-form';

/** The facts a tier decision is made from. rule R2, rule R5 */
export interface OrganizationFacts {
  registeredFundsFen: number;
  isFederation: boolean;
  memberCount: number;
  memberOrganizationCount: number;
  /** Months with recorded activities, 'YYYY-MM'. */
  activityMonths: string[];
  /** rule R2: a foundation is excepted from the registered-funds minimum. Absent: SOCIAL_GROUP. */
  legalForm?: LegalForm;
  /** Whether it gave a unified social credit code (R29), i.e. says it is registered already. */
  hasCreditCode?: boolean;
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
  if (facts.legalForm !== undefined && !isLegalForm(facts.legalForm)) {
    throw new RangeError(
      `legalForm must be SOCIAL_GROUP or FOUNDATION, got ${String(facts.legalForm)}`,
    );
  }
  if (facts.hasCreditCode !== undefined && typeof facts.hasCreditCode !== 'boolean') {
    throw new RangeError(`hasCreditCode must be a boolean, got ${String(facts.hasCreditCode)}`);
  }
}
