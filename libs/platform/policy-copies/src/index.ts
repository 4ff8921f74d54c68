export { PolicyCopy } from './policy-copy.entity';
export {
  cachedPolicyResolver,
  keepPolicyCopy,
  policyCopyHandlers,
  policyInForceHere,
  policyResolver,
  policyToday,
  priorityPolicyResolver,
  policyVersionHere,
  type PolicyUsed,
  workingCalendarHere,
} from './policy-copies';
