import { Role } from './roles';

/**
 * What a role may do. Services check these in their service layer, and narrow every read and
 * write to the actor's scope (scope.ts); the gateway's route guard is only the first check.
 */
export enum Permission {
  ORGANIZATION_READ = 'organization.read',
  ORGANIZATION_REGISTER = 'organization.register',
  ORGANIZATION_UPDATE = 'organization.update',
  ORGANIZATION_STATS = 'organization.stats',
  /** Show a resident ID number in full (R30); every use is audited (R31). */
  PERSONAL_DATA_UNMASK = 'personal-data.unmask',
  /**
   * Show an applicant's phone and payee account number in full (R30): for the officers who call
   * applicants and the finance staff who pay them (R28); every use is audited (R31).
   */
  CONTACT_UNMASK = 'contact.unmask',
  /** See funds' budgets, commitments and payments (rule R27). */
  FINANCE_READ = 'finance.read',
  /** Add to a fund's budget for a year (rule R27); audited. */
  BUDGET_APPROPRIATE = 'budget.appropriate',
  /** Put payments into a disbursement batch and submit it (rule R28, the maker). */
  BATCH_PREPARE = 'batch.prepare',
  /** Approve or reject a batch someone else prepared (rule R28, the checker). */
  BATCH_CHECK = 'batch.check',
  /** Run lottery welfare fund subsidy programmes (R20): create them, set budgets. */
  SUBSIDY_PROGRAMME_MANAGE = 'subsidy-programme.manage',
  /** Apply for a subsidy for one's own organization and follow the application (R20, R22). */
  SUBSIDY_APPLY = 'subsidy.apply',
  /** Review every subsidy application, ranked by priority with reasons (R13, R14). */
  SUBSIDY_REVIEW = 'subsidy.review',
  /** Set up incubation bases and their venues (R15). */
  INCUBATION_BASE_MANAGE = 'incubation-base.manage',
  /** Run a base's cohorts: admissions, venues, training, graduation (R16); scoped to one's base. */
  INCUBATION_RUN = 'incubation.run',
  /** See every base, cohort and admission (R16). */
  INCUBATION_READ = 'incubation.read',
  /** Apply to an incubation cohort, for one's organization or founding group (R16). */
  INCUBATION_APPLY = 'incubation.apply',
  /** Run venture philanthropy calls: rubrics, the reviewer pool and draw, awards, milestones (R17–R19). */
  VENTURE_MANAGE = 'venture.manage',
  /** Write and submit proposals for one's organization, report milestones (R17, R19). */
  VENTURE_APPLY = 'venture.apply',
  /** Score the proposals one is assigned, blind (R18). */
  VENTURE_REVIEW = 'venture.review',
  /**
   * Enter items into the catalogue of services the government purchases (政府购买服务指导性目录),
   * per region and fiscal year, checked against the negative list (R24, R25).
   */
  PROCUREMENT_CATALOGUE_MANAGE = 'procurement-catalogue.manage',
  /**
   * Decide applications to the directory of undertakers (承接社区服务的社会组织指导目录), enter
   * undertakers of other kinds on their behalf, remove listed ones (R24, R25).
   */
  PROCUREMENT_DIRECTORY_MANAGE = 'procurement-directory.manage',
  /**
   * Run purchase projects (政府购买服务项目): draft them within the catalogue and budget, announce
   * them, draw the panel, award, sign contracts and evaluate performance (R12, R18, R25).
   */
  PROCUREMENT_PURCHASE_MANAGE = 'procurement-purchase.manage',
  /** Score the bids of the purchase projects whose panel one sits on (R18, R25). */
  PROCUREMENT_EVALUATE = 'procurement.evaluate',
  /** Apply to the undertaker directory for one's own organization and follow it (R24). */
  PROCUREMENT_APPLY = 'procurement.apply',
  /**
   * Publish every organization's snapshot again, for a service that started consuming them after
   * they were first published (its inbox keeps only newer versions, so a replay changes nothing else).
   */
  ORGANIZATION_REPUBLISH = 'organization.republish',
  USER_MANAGE = 'user.manage',
  AUDIT_READ = 'audit.read',
  /** Read every policy version, proposed or decided, with who proposed and approved it (issue #17). */
  POLICY_READ = 'policy.read',
  /** Propose a new version of a policy, or withdraw one's own proposal (issue #17). */
  POLICY_PROPOSE = 'policy.propose',
  /** Approve or reject another administrator's proposed policy version (R28 applied to policy). */
  POLICY_APPROVE = 'policy.approve',
}

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  [Role.APPLICANT]: [
    Permission.ORGANIZATION_READ,
    Permission.ORGANIZATION_UPDATE,
    Permission.SUBSIDY_APPLY,
    Permission.INCUBATION_APPLY,
    Permission.VENTURE_APPLY,
    Permission.PROCUREMENT_APPLY,
  ],
  [Role.INCUBATION_STAFF]: [
    Permission.ORGANIZATION_READ,
    Permission.INCUBATION_RUN,
    Permission.INCUBATION_READ,
  ],
  [Role.REVIEWER]: [Permission.VENTURE_REVIEW, Permission.PROCUREMENT_EVALUATE],
  [Role.PROGRAMME_OFFICER]: [
    Permission.ORGANIZATION_READ,
    Permission.ORGANIZATION_REGISTER,
    Permission.ORGANIZATION_UPDATE,
    Permission.ORGANIZATION_STATS,
    Permission.FINANCE_READ,
    Permission.SUBSIDY_PROGRAMME_MANAGE,
    Permission.SUBSIDY_REVIEW,
    Permission.INCUBATION_BASE_MANAGE,
    Permission.INCUBATION_READ,
    Permission.VENTURE_MANAGE,
    Permission.PROCUREMENT_CATALOGUE_MANAGE,
    Permission.PROCUREMENT_DIRECTORY_MANAGE,
    Permission.PROCUREMENT_PURCHASE_MANAGE,
    Permission.CONTACT_UNMASK,
    Permission.POLICY_READ,
  ],
  [Role.FINANCE_MAKER]: [
    Permission.FINANCE_READ,
    Permission.BUDGET_APPROPRIATE,
    Permission.BATCH_PREPARE,
    Permission.CONTACT_UNMASK,
  ],
  [Role.FINANCE_CHECKER]: [
    Permission.FINANCE_READ,
    Permission.BATCH_CHECK,
    Permission.CONTACT_UNMASK,
  ],
  [Role.STREET_OFFICER]: [
    Permission.ORGANIZATION_READ,
    Permission.ORGANIZATION_REGISTER,
    Permission.ORGANIZATION_UPDATE,
    Permission.ORGANIZATION_STATS,
    Permission.PERSONAL_DATA_UNMASK,
  ],
  // Paying out stays with finance staff (four eyes, rule R28): administrators neither make nor
  // check; applying for a subsidy is for someone acting for an organization; they neither call
  // applicants nor pay them, so they do not see applicants' numbers in full (R30).
  [Role.ADMINISTRATOR]: Object.values(Permission).filter(
    (p) =>
      ![
        Permission.BATCH_PREPARE,
        Permission.BATCH_CHECK,
        Permission.SUBSIDY_APPLY,
        Permission.INCUBATION_APPLY,
        Permission.VENTURE_APPLY,
        Permission.VENTURE_REVIEW,
        Permission.PROCUREMENT_EVALUATE,
        Permission.PROCUREMENT_APPLY,
        Permission.CONTACT_UNMASK,
      ].includes(p),
  ),
};

/** The roles that hold a permission (domain.md "Actors"). */
export function rolesWith(permission: Permission): Role[] {
  return (Object.keys(ROLE_PERMISSIONS) as Role[]).filter((role) =>
    ROLE_PERMISSIONS[role].includes(permission),
  );
}

/** Whether any of the roles holds the permission (domain.md "Actors"; rule R30 for unmasking). */
export function hasPermission(roles: readonly string[], permission: Permission): boolean {
  return roles.some((role) => ROLE_PERMISSIONS[role as Role]?.includes(permission) ?? false);
}
