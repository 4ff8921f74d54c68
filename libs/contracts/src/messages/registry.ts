import { validatePlain } from '../common/validation';
import { BudgetAppropriatedV1 } from './finance/budget-appropriated.v1';
import { ClawbackOpenedV1 } from './finance/clawback-opened.v1';
import { ClawbackRecoveredV1 } from './finance/clawback-recovered.v1';
import { DecisionMadeV1 } from './decisions/decision-made.v1';
import { CommitmentDecidedV1 } from './finance/commitment-decided.v1';
import { CommitmentReleaseRequestedV1 } from './finance/commitment-release-requested.v1';
import { CommitmentReleasedV1 } from './finance/commitment-released.v1';
import { CommitmentRequestedV1 } from './finance/commitment-requested.v1';
import { CommitmentRequestedV2 } from './finance/commitment-requested.v2';
import { DisbursementFailedV1 } from './finance/disbursement-failed.v1';
import { DisbursementRequestedV1 } from './finance/disbursement-requested.v1';
import { DisbursementRequestedV2 } from './finance/disbursement-requested.v2';
import { DisbursementSettledV1 } from './finance/disbursement-settled.v1';
import { PaymentReissuedV1 } from './finance/payment-reissued.v1';
import { OrganizationAdmittedV1 } from './incubation/organization-admitted.v1';
import { OrganizationGraduatedV1 } from './incubation/organization-graduated.v1';
import { OrganizationChangedV1 } from './organizations/organization-changed.v1';
import { OrganizationChangedV2 } from './organizations/organization-changed.v2';
import { OrganizationRegisteredV1 } from './organizations/organization-registered.v1';
import { OrganizationRegisteredV2 } from './organizations/organization-registered.v2';
import { OrganizationTieredV1 } from './organizations/organization-tiered.v1';
import { PolicyApprovedV1 } from './organizations/policy-approved.v1';
import { ProbeSentV1 } from './platform/probe-sent.v1';

/**
 * Every message the platform sends, by versioned name, with its payload class.
 * NEVER rename or change a published name's payload incompatibly: add a `.v2` instead.
 */
export const MESSAGE_PAYLOADS = {
  'organizations.organization-registered.v1': OrganizationRegisteredV1,
  'organizations.organization-changed.v1': OrganizationChangedV1,
  'organizations.organization-registered.v2': OrganizationRegisteredV2,
  'organizations.organization-changed.v2': OrganizationChangedV2,
  'organizations.organization-tiered.v1': OrganizationTieredV1,
  'organizations.policy-approved.v1': PolicyApprovedV1,
  'incubation.organization-admitted.v1': OrganizationAdmittedV1,
  'incubation.organization-graduated.v1': OrganizationGraduatedV1,
  'finance.budget-appropriated.v1': BudgetAppropriatedV1,
  'finance.commitment-requested.v1': CommitmentRequestedV1,
  'finance.commitment-requested.v2': CommitmentRequestedV2,
  'finance.commitment-decided.v1': CommitmentDecidedV1,
  'finance.disbursement-requested.v1': DisbursementRequestedV1,
  'finance.disbursement-requested.v2': DisbursementRequestedV2,
  'finance.disbursement-settled.v1': DisbursementSettledV1,
  'finance.disbursement-failed.v1': DisbursementFailedV1,
  'finance.clawback-opened.v1': ClawbackOpenedV1,
  'finance.clawback-recovered.v1': ClawbackRecoveredV1,
  'finance.commitment-release-requested.v1': CommitmentReleaseRequestedV1,
  'finance.commitment-released.v1': CommitmentReleasedV1,
  'finance.payment-reissued.v1': PaymentReissuedV1,
  'platform.probe-sent.v1': ProbeSentV1,
  // issue #18: one payload under each deciding programme's name (DECISION_MESSAGES).
  'lottery-fund.decision-made.v1': DecisionMadeV1,
  'venture.decision-made.v1': DecisionMadeV1,
  'incubation.decision-made.v1': DecisionMadeV1,
  'procurement.decision-made.v1': DecisionMadeV1,
} as const;

export type MessageName = keyof typeof MESSAGE_PAYLOADS;
export type PayloadOf<N extends MessageName> = InstanceType<(typeof MESSAGE_PAYLOADS)[N]>;

export function isMessageName(name: string): name is MessageName {
  return Object.prototype.hasOwnProperty.call(MESSAGE_PAYLOADS, name);
}

/** Validates a payload against its declared class; throws PayloadValidationError naming each field. */
export function validateMessage<N extends MessageName>(name: N, payload: unknown): PayloadOf<N> {
  const cls = MESSAGE_PAYLOADS[name] as unknown as new () => PayloadOf<N>;
  return validatePlain(cls, payload, `message ${name}`);
}
