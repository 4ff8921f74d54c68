import { formatYuan } from '@civic/domain/money';
import { LegalForm } from './legal-form';
import { assertOrganizationFacts, OrganizationFacts } from './organization-facts';
import { assertTierPolicy, TierPolicy } from './tier-policy';

export type RegistrationCondition =
  'REGISTERED_FUNDS' | 'FEDERATION_MEMBER_ORGANIZATIONS' | 'FOUNDATION_REGISTRATION';

/** One R2 condition, checked against the policy's threshold (a number, where it has one). */
export interface RegistrationCheck {
  rule: 'R2';
  condition: RegistrationCondition;
  met: boolean;
  required?: number;
  actual?: number;
  message: string;
  messageZh: string;
}

export type ThresholdFailure = Omit<RegistrationCheck, 'met'>;

export interface RegistrationThresholdResult {
  met: boolean;
  failures: ThresholdFailure[];
}

// rule R2: registered funds ≥ minimum (a foundation excepted: see foundationCheck); a federation
// also needs enough member organizations.
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
  const minimum = policy.registration.minRegisteredFundsFen;
  const checks = [
    facts.legalForm === LegalForm.FOUNDATION
      ? foundationCheck(facts.hasCreditCode === true, minimum)
      : fundsCheck(facts.registeredFundsFen, minimum),
  ];
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

/**
 * rule R2 ("foundations excepted"): a foundation is not held to the registered-funds minimum of
 * community social organizations. It is a legal person that exists only by registering under the
 * foundation regulations (基金会管理条例), whose own, far larger, original-funds conditions the
 * registration authority checks, and which this platform does not restate. So a foundation's R2
 * condition is its registration itself: met when it gives a unified social credit code (R29, checked
 * on input), and its tier is then REGISTERED (R5); without one nothing shows it meets the legal
 * conditions, and R5's "large and active" test decides between STREET_FILED and COMMUNITY_GUIDED as
 * for anyone else. The exception is the seed rule's, not a policy number: the TIERS policy is
 * unchanged, and the minimum it holds is only cited.
 */
function foundationCheck(registered: boolean, minimum: number): RegistrationCheck {
  const r = formatYuan(minimum);
  return {
    rule: 'R2',
    condition: 'FOUNDATION_REGISTRATION',
    met: registered,
    message: registered
      ? `a foundation is excepted from the ${r} yuan registered-funds minimum, and is registered (it has a unified social credit code)`
      : `a foundation is excepted from the ${r} yuan registered-funds minimum, but gives no unified social credit code to show it is registered`,
    messageZh: registered
      ? `基金会不适用 ${r} 元注册资金最低要求，已取得统一社会信用代码，按已登记认定`
      : `基金会不适用 ${r} 元注册资金最低要求，但未填写统一社会信用代码，不能认定已登记`,
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
