import { countActiveMonths } from './active-months';
import { ManagementTier, MANAGEMENT_TIER_LABELS_ZH } from './management-tier';
import { OrganizationFacts } from './organization-facts';
import { RegistrationCheck, registrationChecks } from './registration-threshold';
import { TierPolicy } from './tier-policy';

export type TierReasonCode =
  'REGISTERED_FUNDS' | 'FEDERATION_MEMBER_ORGANIZATIONS' | 'MEMBERS' | 'ACTIVE_MONTHS';

/** One fact checked for a tier decision, with the threshold used. */
export interface TierReason {
  code: TierReasonCode;
  rule: 'R2' | 'R5';
  met: boolean;
  message: string;
  messageZh: string;
  required?: number;
  actual?: number;
}

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

function fromRegistrationCheck(check: RegistrationCheck): TierReason {
  const { condition, rule, met, message, messageZh, required, actual } = check;
  return { code: condition, rule, met, message, messageZh, required, actual };
}

function membersReason(actual: number, required: number, federation: boolean): TierReason {
  const met = actual >= required;
  const [en, zh] = federation ? ['member organizations', '会员单位'] : ['members', '成员'];
  const unitZh = federation ? '个' : '人';
  return {
    code: 'MEMBERS',
    rule: 'R5',
    met,
    required,
    actual,
    message: `${actual} ${en}, ${met ? 'meeting' : 'below'} the minimum of ${required} for a large organization`,
    messageZh: `${zh} ${actual} ${unitZh}，${met ? '达到' : '少于'} ${required} ${unitZh}的规模要求`,
  };
}

function activeMonthsReason(actual: number, required: number, window: number): TierReason {
  const met = actual >= required;
  return {
    code: 'ACTIVE_MONTHS',
    rule: 'R5',
    met,
    required,
    actual,
    message: `active in ${actual} of the last ${window} months, ${met ? 'meeting' : 'below'} the minimum of ${required}`,
    messageZh: `近 ${window} 个月中有 ${actual} 个月开展活动，${met ? '达到' : '少于'} ${required} 个月的活跃要求`,
  };
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
