import { isEnumMember } from './enum-member';

/** Groups whose service organizations are cultivated first. rule R7 */
export const PriorityGroup = {
  ELDERLY: 'ELDERLY',
  WOMEN: 'WOMEN',
  CHILDREN: 'CHILDREN',
  DISABLED: 'DISABLED',
  UNEMPLOYED: 'UNEMPLOYED',
  MIGRANT_WORKERS: 'MIGRANT_WORKERS',
  CHILDREN_OF_DETAINED_PARENTS: 'CHILDREN_OF_DETAINED_PARENTS',
  HARDSHIP_FAMILIES: 'HARDSHIP_FAMILIES',
  SEVERE_MENTAL_DISORDER: 'SEVERE_MENTAL_DISORDER',
  YOUTH_BEHAVIOUR_PROBLEMS: 'YOUTH_BEHAVIOUR_PROBLEMS',
  COMMUNITY_CORRECTION: 'COMMUNITY_CORRECTION',
} as const;
export type PriorityGroup = (typeof PriorityGroup)[keyof typeof PriorityGroup];

export const PRIORITY_GROUPS: readonly PriorityGroup[] = Object.values(PriorityGroup);

/** Wording of the Guangxi guidance (R7 source). */
export const PRIORITY_GROUP_LABELS_ZH: Readonly<Record<PriorityGroup, string>> = {
  ELDERLY: '老年人',
  WOMEN: '妇女',
  CHILDREN: '儿童',
  DISABLED: '残疾人',
  UNEMPLOYED: '失业人员',
  MIGRANT_WORKERS: '农民工',
  CHILDREN_OF_DETAINED_PARENTS: '服刑人员或强制戒毒等被限制人身自由人员的未成年子女',
  HARDSHIP_FAMILIES: '困难家庭',
  SEVERE_MENTAL_DISORDER: '严重精神障碍患者',
  YOUTH_BEHAVIOUR_PROBLEMS: '有不良行为青少年',
  COMMUNITY_CORRECTION: '社区矫正人员',
};

// rule R7
export function isPriorityGroup(value: unknown): value is PriorityGroup {
  return isEnumMember(PRIORITY_GROUPS, value);
}
