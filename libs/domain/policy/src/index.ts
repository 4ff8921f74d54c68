export {
  checkPolicyDecision,
  policyChange,
  type PolicyChangeEvent,
  type PolicyChangeStatus,
  type PolicyDecisionCheck,
} from './lib/policy-change';
export { policyInForce, type PolicyVersionRef } from './lib/policy-in-force';
export { isPolicyKind, POLICY_KINDS, RULE_OF_KIND, type PolicyKind } from './lib/policy-kind';
