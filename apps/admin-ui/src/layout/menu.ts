import { Permission } from '@civic/domain/access';
import { dashboardTabsFor } from '../dashboards/dashboard-filters';

/** The fields of the signed-in user the menu depends on. */
export interface MenuUser {
  permissions: readonly string[];
  organizationId?: string;
}

export type MenuKey =
  | 'home'
  | 'myOrganization'
  | 'organizations'
  | 'register'
  | 'lotteryApply'
  | 'lotteryMine'
  | 'lotteryProgrammes'
  | 'lotteryReview'
  | 'lotteryNotices'
  | 'incubationApply'
  | 'incubationMine'
  | 'incubationCohorts'
  | 'incubationBases'
  | 'ventureApply'
  | 'ventureMine'
  | 'ventureCalls'
  | 'ventureReviewers'
  | 'ventureReviews'
  | 'procurementCatalogue'
  | 'procurementDirectory'
  | 'procurementProjects'
  | 'procurementContracts'
  | 'procurementExperts'
  | 'procurementPanel'
  | 'procurementListing'
  | 'procurementAnnouncements'
  | 'procurementMyBids'
  | 'procurementMyContracts'
  | 'funds'
  | 'payments'
  | 'failedPayments'
  | 'batches'
  | 'clawbacks'
  | 'policies'
  | 'users'
  | 'audit'
  | 'dashboards';

export interface MenuEntry {
  key: MenuKey;
  path: string;
  /** i18n key of the label. */
  label: `menu.${MenuKey}`;
}

/**
 * The side menu for a user, from their permissions and bindings (domain.md "Actors"): everyone
 * has the home page; applicants bound to an organization go straight to it; the registry needs
 * organization.read, registering organization.register; applying for a lottery fund subsidy and
 * following one's applications subsidy.apply, the programmes subsidy-programme.manage, the review
 * queue subsidy.review, the disclosure notices subsidy-programme.manage (R20–R23); applying to an
 * incubation cohort and following one's applications incubation.apply, the cohort board and the
 * bases with their venues incubation.read (R4, R15, R16); applying to the undertaker directory,
 * the announcements to bid on, one's bids and contracts procurement.apply; the government
 * purchase catalogue
 * procurement-catalogue.manage (R24, R25), the undertaker directory procurement-directory.manage,
 * purchase projects, contracts and their performance, and the expert pool
 * procurement-purchase.manage, the bids a panel member
 * scores procurement.evaluate (R18); the funds, the payments awaiting a batch,
 * the failed ones to re-issue and the disbursement batches finance.read (R27, R28); user
 * management user.manage.
 */
export function menuFor(user: MenuUser): MenuEntry[] {
  const can = (permission: Permission) => user.permissions.includes(permission);
  const entries: MenuEntry[] = [entry('home', '/')];
  if (user.organizationId) {
    entries.push(entry('myOrganization', `/organizations/${user.organizationId}`));
  }
  // The dashboards (issue #18), for whoever may open one of them (their routes' permissions).
  if (dashboardTabsFor(user.permissions).length > 0) {
    entries.push(entry('dashboards', '/dashboards'));
  }
  if (can(Permission.ORGANIZATION_READ)) entries.push(entry('organizations', '/organizations'));
  if (can(Permission.ORGANIZATION_REGISTER)) entries.push(entry('register', '/organizations/new'));
  if (can(Permission.SUBSIDY_APPLY)) {
    entries.push(
      entry('lotteryApply', '/lottery/apply'),
      entry('lotteryMine', '/lottery/applications'),
    );
  }
  if (can(Permission.INCUBATION_APPLY)) {
    entries.push(
      entry('incubationApply', '/incubation/apply'),
      entry('incubationMine', '/incubation/applications'),
    );
  }
  // Venture philanthropy (R17–R19): answering calls, one's proposals and awards.
  if (can(Permission.VENTURE_APPLY)) {
    entries.push(entry('ventureApply', '/venture/apply'), entry('ventureMine', '/venture/mine'));
  }
  // Government purchase (R24, R25): applying to the directory, announcements and bids, contracts.
  if (can(Permission.PROCUREMENT_APPLY)) {
    entries.push(
      entry('procurementListing', '/procurement/undertaker/listing'),
      entry('procurementAnnouncements', '/procurement/undertaker/announcements'),
      entry('procurementMyBids', '/procurement/undertaker/bids'),
      entry('procurementMyContracts', '/procurement/undertaker/contracts'),
    );
  }
  if (can(Permission.SUBSIDY_PROGRAMME_MANAGE)) {
    entries.push(entry('lotteryProgrammes', '/lottery/programmes'));
  }
  if (can(Permission.SUBSIDY_REVIEW)) entries.push(entry('lotteryReview', '/lottery/review'));
  if (can(Permission.SUBSIDY_PROGRAMME_MANAGE)) {
    entries.push(entry('lotteryNotices', '/lottery/notices'));
  }
  if (can(Permission.INCUBATION_READ)) {
    entries.push(
      entry('incubationCohorts', '/incubation/cohorts'),
      entry('incubationBases', '/incubation/bases'),
    );
  }
  // Venture philanthropy: the calls and the reviewer pool; a reviewer's own reviews (R17, R18).
  if (can(Permission.VENTURE_MANAGE)) {
    entries.push(
      entry('ventureCalls', '/venture/calls'),
      entry('ventureReviewers', '/venture/reviewers'),
    );
  }
  if (can(Permission.VENTURE_REVIEW)) entries.push(entry('ventureReviews', '/venture/reviews'));
  // Government purchase of services: the catalogue, checked against the negative list (R24, R25).
  if (can(Permission.PROCUREMENT_CATALOGUE_MANAGE)) {
    entries.push(entry('procurementCatalogue', '/procurement/catalogue'));
  }
  // …the undertaker directory (R24), purchase projects and the expert pool (R25, R18); a panel
  // member's bids to score.
  if (can(Permission.PROCUREMENT_DIRECTORY_MANAGE)) {
    entries.push(entry('procurementDirectory', '/procurement/directory'));
  }
  if (can(Permission.PROCUREMENT_PURCHASE_MANAGE)) {
    entries.push(
      entry('procurementProjects', '/procurement/projects'),
      entry('procurementContracts', '/procurement/contracts'),
      entry('procurementExperts', '/procurement/experts'),
    );
  }
  if (can(Permission.PROCUREMENT_EVALUATE)) {
    entries.push(entry('procurementPanel', '/procurement/panel'));
  }
  if (can(Permission.FINANCE_READ)) {
    entries.push(
      entry('funds', '/finance/funds'),
      entry('payments', '/finance/payments'),
      entry('failedPayments', '/finance/failed-payments'),
      entry('batches', '/finance/batches'),
      entry('clawbacks', '/finance/clawbacks'),
    );
  }
  // The policies in force, their history and new versions (issue #17; R28 for the changes).
  if (can(Permission.POLICY_READ)) entries.push(entry('policies', '/policies'));
  if (can(Permission.USER_MANAGE)) entries.push(entry('users', '/users'));
  if (can(Permission.AUDIT_READ)) entries.push(entry('audit', '/audit')); // R31, administrators
  return entries;
}

function entry(key: MenuKey, path: string): MenuEntry {
  return { key, path, label: `menu.${key}` };
}

/** The menu entry a location belongs to (the longest matching path), for highlighting. */
export function selectedKey(entries: readonly MenuEntry[], pathname: string): MenuKey | undefined {
  const matches = entries.filter(
    (e) => pathname === e.path || (e.path !== '/' && pathname.startsWith(`${e.path}/`)),
  );
  const exact = matches.find((e) => e.path === pathname);
  return (exact ?? matches.sort((a, b) => b.path.length - a.path.length)[0])?.key;
}
