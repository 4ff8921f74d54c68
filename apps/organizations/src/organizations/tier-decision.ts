import type {
  RegisterOrganizationDto,
  RegistrationThresholdView,
  TierDecisionView,
} from '@civic/contracts';
import {
  checkRegistrationThreshold,
  classifyTier,
  type TierPolicy,
} from '@civic/domain/organizations';
import { ServiceError } from '@civic/platform/rpc';
import { factsOf } from './organization.mapper';

export interface Decided {
  tierDecision: TierDecisionView;
  registrationThreshold: RegistrationThresholdView;
}

const FIELD_OF_CONDITION: Record<string, string> = {
  REGISTERED_FUNDS: 'registeredFundsFen',
  FEDERATION_MEMBER_ORGANIZATIONS: 'memberOrganizationIds',
  FOUNDATION_REGISTRATION: 'uscc',
};

/**
 * Decides the management tier (R5) and the registration threshold (R2) from the form. An
 * organization that gives a unified social credit code says it is registered with the civil
 * affairs bureau, so it must meet R2: if not, the call is refused naming each failing condition.
 * A foundation is excepted from R2's registered-funds minimum, its registration standing in for it
 * (see the domain's foundationCheck): with a code it is REGISTERED whatever its funds.
 */
export function decide(form: RegisterOrganizationDto, policy: TierPolicy, asOf: Date): Decided {
  const facts = factsOf(form);
  const threshold = checkRegistrationThreshold(facts, policy);
  if (form.uscc && !threshold.met) {
    throw ServiceError.ruleViolated(
      'R2',
      threshold.failures.map((failure) => ({
        field: FIELD_OF_CONDITION[failure.condition] ?? failure.condition,
        rule: 'R2',
        message: failure.message,
        messageZh: failure.messageZh,
      })),
      `a registered organization (with a unified social credit code) must meet the registration threshold: ${threshold.failures
        .map((failure) => failure.message)
        .join('; ')}`,
    );
  }
  const decision = classifyTier(facts, policy, asOf);
  return {
    tierDecision: {
      tier: decision.tier,
      policyVersion: decision.policyVersion,
      reasons: decision.reasons,
      decidedAt: decision.decidedAt,
    },
    registrationThreshold: { met: threshold.met, failures: threshold.failures },
  };
}
