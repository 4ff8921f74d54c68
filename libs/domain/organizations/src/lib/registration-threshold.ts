import { formatYuan } from '@civic/domain/money';
import { assertOrganizationFacts, OrganizationFacts } from './organization-facts';
import { assertTierPolicy, TierPolicy } from './tier-policy';

export type RegistrationCondition = 'REGISTERED_FUNDS' | 'FEDERATION_MEMBER_ORGANIZATIONS';

/** One R2 condition, checked against the policy's threshold. */
export interface RegistrationCheck {
  rule: 'R2';
  condition: RegistrationCondition;
  met: boolean;
  required: number;
  actual: number;
  message: string;
  messageZh: string;
}

export type ThresholdFailure = Omit<RegistrationCheck, 'met'>;

export interface RegistrationThresholdResult {
  met: boolean;
  failures: ThresholdFailure[];
}

// rule R2: registered funds ≥ minimum; a federation also needs enough member organizations.
export function checkRegistrationThreshold(
  facts: OrganizationFacts,
  policy: TierPolicy,
): RegistrationThresholdResult {
  const checks = registrationChecks(facts, policy);
  const failures = checks.filter((c) => !c.met).map(({ met: _met, ...failure }) => failure);
  return { met: failures.length === 0, failures };
}

// rule R2: every R2 condition that applies to these facts, met or not.
export function registrationChecks(
  facts: OrganizationFacts,
  policy: TierPolicy,
): RegistrationCheck[] {
  assertOrganizationFacts(facts);
  assertTierPolicy(policy);
  const checks = [fundsCheck(facts.registeredFundsFen, policy.registration.minRegisteredFundsFen)];
  if (facts.isFederation) {
    checks.push(
      federationCheck(
        facts.memberOrganizationCount,
        policy.registration.federationMinMemberOrganizations,
      ),
    );
  }
  return checks;
}

function fundsCheck(actual: number, required: number): RegistrationCheck {
  const met = actual >= required;
  const [a, r] = [formatYuan(actual), formatYuan(required)];
  return {
    rule: 'R2',
    condition: 'REGISTERED_FUNDS',
    met,
    required,
    actual,
    message: met
      ? `registered funds ${a} yuan meet the ${r} yuan minimum`
      : `registered funds ${a} yuan are below the ${r} yuan minimum`,
    messageZh: met
      ? `注册资金 ${a} 元，达到 ${r} 元的最低要求`
      : `注册资金 ${a} 元，低于 ${r} 元的最低要求`,
  };
}

function federationCheck(actual: number, required: number): RegistrationCheck {
  const met = actual >= required;
  return {
    rule: 'R2',
    condition: 'FEDERATION_MEMBER_ORGANIZATIONS',
    met,
    required,
    actual,
    message: met
      ? `federation has ${actual} member organizations, meeting the minimum of ${required}`
      : `federation has ${actual} member organizations, below the minimum of ${required}`,
    messageZh: met
      ? `联合会会员单位 ${actual} 个，达到 ${required} 个的最低要求`
      : `联合会会员单位 ${actual} 个，少于 ${required} 个的最低要求`,
  };
}
