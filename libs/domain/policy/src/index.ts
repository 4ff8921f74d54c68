export {
  checkPolicyDecision,
  policyChange,
  type PolicyChangeEvent,
  type PolicyChangeStatus,
  type PolicyDecisionCheck,
} from './lib/policy-change';
export { policyInForce, regionChain, type PolicyVersionRef } from './lib/policy-in-force';
export { isPolicyKind, POLICY_KINDS, RULE_OF_KIND, type PolicyKind } from './lib/policy-kind';
export { checkPolicyBody, type PolicyBodyCheck, type PolicyBodyViolation } from './lib/policy-body';
export {
  EDITABLE_POLICY_KINDS,
  isEditablePolicyKind,
  POLICY_SHAPES,
  PROVINCE_REGION,
  R6_EFFECTIVE_FROM,
  SEED_EFFECTIVE_FROM,
  SEED_POLICIES,
  SEED_VERSIONS,
  type EditablePolicyKind,
  type PolicyBody,
  type SeedVersion,
} from './lib/policy-seeds';
export {
  POLICY_KIND_LABELS_EN,
  POLICY_KIND_LABELS_ZH,
  POLICY_STATUS_LABELS_EN,
  POLICY_STATUS_LABELS_ZH,
} from './lib/policy-labels';
