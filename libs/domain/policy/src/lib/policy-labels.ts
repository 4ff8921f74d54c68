import type { PolicyChangeStatus } from './policy-change';
import type { EditablePolicyKind } from './policy-seeds';

/**
 * Policy versions as people read them, in Chinese and English (issue #18: labels, never codes):
 * the kind of rules a version carries (R5, R13, R14, R16, R18, R19, R21, R22, R24, R25) and where
 * its proposal stands.
 */
export const POLICY_KIND_LABELS_ZH: Readonly<Record<EditablePolicyKind, string>> = Object.freeze({
  TIERS: '分级管理门槛',
  PRIORITY: '优先加分',
  RESERVE: '农村预留比例',
  INCUBATION_DEADLINES: '孵化时限与默认值',
  CONFLICTS: '利益冲突回避',
  TRANCHES: '创投资金分期拨付',
  ELDERCARE_FLOOR: '扶老资金底线',
  BANNED_USES: '禁止性支出关键词',
  CALENDAR: '工作日历（节假日安排）',
  PURCHASE: '政府购买服务采购政策',
  NEGATIVE_LIST: '政府购买服务负面清单',
});

export const POLICY_KIND_LABELS_EN: Readonly<Record<EditablePolicyKind, string>> = Object.freeze({
  TIERS: 'Tier thresholds',
  PRIORITY: 'Priority bonuses',
  RESERVE: 'Rural reserve',
  INCUBATION_DEADLINES: 'Incubation deadlines and defaults',
  CONFLICTS: 'Conflicts of interest',
  TRANCHES: 'Venture award tranches',
  ELDERCARE_FLOOR: 'Eldercare floor',
  BANNED_USES: 'Banned-use keywords',
  CALENDAR: 'Working calendar (public holidays)',
  PURCHASE: 'Government purchase policy',
  NEGATIVE_LIST: 'Government purchase negative list',
});

export const POLICY_STATUS_LABELS_ZH: Readonly<Record<PolicyChangeStatus, string>> = Object.freeze({
  PROPOSED: '待审批',
  APPROVED: '已批准',
  REJECTED: '已驳回',
  WITHDRAWN: '已撤回',
});

export const POLICY_STATUS_LABELS_EN: Readonly<Record<PolicyChangeStatus, string>> = Object.freeze({
  PROPOSED: 'Awaiting approval',
  APPROVED: 'Approved',
  REJECTED: 'Rejected',
  WITHDRAWN: 'Withdrawn',
});
