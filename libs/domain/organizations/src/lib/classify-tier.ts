import { countActiveMonths } from './active-months';
import { ManagementTier, MANAGEMENT_TIER_LABELS_ZH } from './management-tier';
import { OrganizationFacts } from './organization-facts';
import { registrationChecks } from './registration-threshold';
import { TierPolicy } from './tier-policy';
import {
  activeMonthsReason,
  fromRegistrationCheck,
  membersReason,
  TierReason,
} from './tier-reason';

export interface TierDecision {
  tier: ManagementTier;
  policyVersion: string;
  reasons: TierReason[];
  /** ISO timestamp of `asOf`. */
  decidedAt: string;
  message: string;
  messageZh: string;
}

// rule R5: REGISTERED when R2 is met; else STREET_FILED when large and active; else COMMUNITY_GUIDED.
export function classifyTier(
  facts: OrganizationFacts,
  policy: TierPolicy,
  asOf: Date,
): TierDecision {
  if (!(asOf instanceof Date) || Number.isNaN(asOf.getTime())) {
    throw new RangeError('asOf must be a valid Date');
  }
  const registration = registrationChecks(facts, policy).map(fromRegistrationCheck);
  const decide = (tier: ManagementTier, reasons: TierReason[]): TierDecision => ({
    tier,
    policyVersion: policy.version,
    reasons,
    decidedAt: asOf.toISOString(),
    ...summary(tier, policy.version),
  });
  if (registration.every((r) => r.met)) {
    return decide(ManagementTier.REGISTERED, registration);
  }
  const { minMembers, minActiveMonths, windowMonths } = policy.streetFiled;
  const members = facts.isFederation ? facts.memberOrganizationCount : facts.memberCount;
  const active = countActiveMonths(facts.activityMonths, asOf, windowMonths);
  const largeAndActive = [
    membersReason(members, minMembers, facts.isFederation),
    activeMonthsReason(active, minActiveMonths, windowMonths),
  ];
  const tier = largeAndActive.every((r) => r.met)
    ? ManagementTier.STREET_FILED
    : ManagementTier.COMMUNITY_GUIDED;
  return decide(tier, [...registration, ...largeAndActive]);
}

function summary(tier: ManagementTier, version: string): { message: string; messageZh: string } {
  const en: Record<ManagementTier, string> = {
    REGISTERED: 'meets the registration conditions',
    STREET_FILED: 'does not meet the registration conditions, but is large and active',
    COMMUNITY_GUIDED: 'does not meet the registration conditions and is not large and active',
  };
  const zh: Record<ManagementTier, string> = {
    REGISTERED: '符合登记条件',
    STREET_FILED: '不符合登记条件，但规模较大、活动较多',
    COMMUNITY_GUIDED: '不符合登记条件，规模较小、组织较为松散',
  };
  return {
    message: `${tier}: ${en[tier]} (tier policy ${version})`,
    messageZh: `${MANAGEMENT_TIER_LABELS_ZH[tier]}：${zh[tier]}（分类政策 ${version} 版）`,
  };
}
