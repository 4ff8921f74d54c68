/** The actors of domain.md, "Actors". The public reads disclosures without a role. */
export enum Role {
  APPLICANT = 'applicant',
  INCUBATION_STAFF = 'incubation_staff',
  REVIEWER = 'reviewer',
  PROGRAMME_OFFICER = 'programme_officer',
  FINANCE_MAKER = 'finance_maker',
  FINANCE_CHECKER = 'finance_checker',
  STREET_OFFICER = 'street_officer',
  ADMINISTRATOR = 'administrator',
}

export const ALL_ROLES: readonly Role[] = Object.values(Role);

export const ROLE_LABELS_ZH: Record<Role, string> = {
  [Role.APPLICANT]: '申请组织（经办人）',
  [Role.INCUBATION_STAFF]: '孵化基地工作人员',
  [Role.REVIEWER]: '评审专家',
  [Role.PROGRAMME_OFFICER]: '民政业务科室',
  [Role.FINANCE_MAKER]: '财务经办',
  [Role.FINANCE_CHECKER]: '财务复核',
  [Role.STREET_OFFICER]: '街道办/乡镇工作人员',
  [Role.ADMINISTRATOR]: '系统管理员',
};

/** What a role is bound to: one organization, one base or one street/township, or nothing. */
export type RoleBinding = 'organization' | 'base' | 'street' | 'none';

export const ROLE_BINDING: Record<Role, RoleBinding> = {
  [Role.APPLICANT]: 'organization',
  [Role.INCUBATION_STAFF]: 'base',
  [Role.REVIEWER]: 'none',
  [Role.PROGRAMME_OFFICER]: 'none',
  [Role.FINANCE_MAKER]: 'none',
  [Role.FINANCE_CHECKER]: 'none',
  [Role.STREET_OFFICER]: 'street',
  [Role.ADMINISTRATOR]: 'none',
};

/** Whether a string names a role of domain.md "Actors". */
export function isRole(value: string): value is Role {
  return (ALL_ROLES as readonly string[]).includes(value);
}
