import { assertNonNegativeFen } from '@civic/domain/money';
import { assertCount } from './count-check';

/** Versioned tier thresholds, editable by an administrator; never hard-coded. rule R2, rule R5 */
export interface TierPolicy {
  version: string;
  registration: { minRegisteredFundsFen: number; federationMinMemberOrganizations: number };
  streetFiled: { minMembers: number; minActiveMonths: number; windowMonths: number };
}

/** 2,000 yuan and 30 member organizations [seed R2]; 10 members, 3 of 6 months [policy R5]. */
export const DEFAULT_TIER_POLICY: Readonly<TierPolicy> = Object.freeze({
  version: '2026.1',
  registration: Object.freeze({
    minRegisteredFundsFen: 200000,
    federationMinMemberOrganizations: 30,
  }),
  streetFiled: Object.freeze({ minMembers: 10, minActiveMonths: 3, windowMonths: 6 }),
});

// rule R5: reject policy data an administrator could not have meant.
export function assertTierPolicy(policy: TierPolicy): void {
  if (typeof policy?.version !== 'string' || policy.version.trim() === '') {
    throw new RangeError('tier policy version must be a non-empty string');
  }
  const { registration: r, streetFiled: s } = policy;
  assertNonNegativeFen(r?.minRegisteredFundsFen, 'registration.minRegisteredFundsFen');
  assertCount(r.federationMinMemberOrganizations, 'registration.federationMinMemberOrganizations');
  assertCount(s?.minMembers, 'streetFiled.minMembers');
  assertCount(s.minActiveMonths, 'streetFiled.minActiveMonths');
  assertCount(s.windowMonths, 'streetFiled.windowMonths');
  if (s.windowMonths < 1 || s.minActiveMonths > s.windowMonths) {
    throw new RangeError(
      `streetFiled.windowMonths must be at least 1 and at least minActiveMonths, got ${s.windowMonths} and ${s.minActiveMonths}`,
    );
  }
}
