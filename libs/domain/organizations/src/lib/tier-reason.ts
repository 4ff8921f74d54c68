import { RegistrationCheck } from './registration-threshold';

export type TierReasonCode =
  | 'REGISTERED_FUNDS'
  | 'FEDERATION_MEMBER_ORGANIZATIONS'
  | 'FOUNDATION_REGISTRATION'
  | 'MEMBERS'
  | 'ACTIVE_MONTHS';

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

// rule R2: an R2 check as a tier reason.
export function fromRegistrationCheck(check: RegistrationCheck): TierReason {
  const { condition, rule, met, message, messageZh, required, actual } = check;
  return {
    code: condition,
    rule,
    met,
    message,
    messageZh,
    ...(required !== undefined ? { required } : {}),
    ...(actual !== undefined ? { actual } : {}),
  };
}

// rule R5: "large": members (member organizations for a federation) against the policy minimum.
export function membersReason(actual: number, required: number, federation: boolean): TierReason {
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

// rule R5: "active": months with activities in the window against the policy minimum.
export function activeMonthsReason(actual: number, required: number, window: number): TierReason {
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
