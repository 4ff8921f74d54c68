export { PolicyCopy } from './policy-copy.entity';
export {
  keepPolicyCopy,
  policyCopyHandlers,
  policyInForceHere,
  policyResolver,
  policyToday,
  priorityPolicyResolver,
  policyVersionHere,
  type PolicyUsed,
} from './policy-copies';
