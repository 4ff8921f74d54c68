import { assertDay, dateStringOfDay, dayOfDateString } from '@civic/domain/calendar';
import { addYears } from './add-years';
import { assertConflictPolicy, ConflictPolicy, DEFAULT_CONFLICT_POLICY } from './conflict-policy';
import {
  CLAUSE_OF_KIND,
  kinshipTexts,
  organizationTexts,
  otherRelationTexts,
} from './conflict-messages';
import { ConflictApplicant, ConflictClause, DeclaredRelation } from './conflict-types';
import { assertApplicant, assertRelations } from './declared-relation';
import { normalizeName } from './normalize-name';
import { isOrganizationRelation, isOtherRelation } from './relation-kind';

/**
 * rule R18 [national] (财库〔2016〕198号 art. 16): the reasons a reviewer must step aside from an
 * applicant, one clause per relation that conflicts, in the order declared; empty when free of
 * conflict. `today` is a China calendar day number.
 *
 * - Organization ties (employee, director, supervisor, controller) conflict when they name the
 *   applicant (the same organization id, or else the same normalized name: either is enough) and
 *   have not ended, or ended at most `lookbackYears` calendar years ago: `to` + 3 years (same
 *   month and day; 29 February → 28 February) >= today. Boundary: a tie that ended exactly 3 years
 *   ago still conflicts; one that ended 3 years and 1 day ago no longer does.
 * - Kinship (spouse, lineal, collateral, close in-law 近姻亲) conflicts when the person is one of the applicant's
 *   people (normalized names equal) and the kinship is current (`to` absent or >= today);
 *   collateral kinship only within `collateralGenerations` (3) generations, lineal at any.
 * - Another relation that could affect a fair review (OTHER) conflicts when it names the applicant
 *   organization (as organization ties match it) or one of its people (as kinship matches them),
 *   while it is current (`to` absent or >= today); no look-back (see otherConflict).
 * `from` is not consulted: a tie declared to begin later is a tie already (rule R18).
 */
export function conflictsOf(
  relations: readonly DeclaredRelation[],
  applicant: ConflictApplicant,
  today: number,
  policy: ConflictPolicy = DEFAULT_CONFLICT_POLICY,
): ConflictClause[] {
  assertConflictPolicy(policy);
  assertRelations(relations, 'relations');
  assertApplicant(applicant, 'applicant');
  assertDay(today, 'today', 'R18');
  return clausesOf(relations, applicant, today, policy);
}

// rule R18: conflictsOf on inputs already checked (the reviewer draw checks them once).
export function clausesOf(
  relations: readonly DeclaredRelation[],
  applicant: ConflictApplicant,
  today: number,
  policy: ConflictPolicy,
): ConflictClause[] {
  return relations.flatMap((relation) => {
    const texts = isOrganizationRelation(relation.kind)
      ? organizationConflict(relation, applicant, today, policy)
      : isOtherRelation(relation.kind)
        ? otherConflict(relation, applicant, today)
        : kinshipConflict(relation, applicant, today, policy);
    return texts === null ? [] : [{ clause: CLAUSE_OF_KIND[relation.kind], relation, ...texts }];
  });
}

function organizationConflict(
  relation: DeclaredRelation,
  applicant: ConflictApplicant,
  today: number,
  policy: ConflictPolicy,
) {
  if (!namesApplicant(relation, applicant)) return null;
  const organization = relation.organizationName ?? applicant.organizationName;
  const toDay = relation.to === undefined ? undefined : dayOfDateString(relation.to, 'to', 'R18');
  if (toDay === undefined || toDay >= today) {
    return organizationTexts(relation, organization, policy.lookbackYears, null);
  }
  // rule R18: ended exactly lookbackYears ago (countsUntil = today) still conflicts; a day more does not.
  const countsUntil = addYears(toDay, policy.lookbackYears);
  if (countsUntil < today) return null;
  return organizationTexts(
    relation,
    organization,
    policy.lookbackYears,
    dateStringOfDay(countsUntil),
  );
}

function kinshipConflict(
  relation: DeclaredRelation,
  applicant: ConflictApplicant,
  today: number,
  policy: ConflictPolicy,
) {
  const person = personOf(relation, applicant);
  if (person === undefined) return null;
  if (relation.to !== undefined && dayOfDateString(relation.to, 'to', 'R18') < today) return null;
  if (
    relation.kind === 'COLLATERAL_RELATIVE' &&
    (relation.generations as number) > policy.collateralGenerations
  ) {
    return null;
  }
  return kinshipTexts(relation, person, policy.collateralGenerations);
}

/**
 * rule R18: another relation that could affect a fair review. No look-back: art. 16 gives its three
 * years only to employment, directorship, supervision and control (参加采购活动前三年内); the
 * catch-all speaks of a relation the reviewer has (与供应商有…关系), so, like kinship, it counts
 * while it lasts.
 * When it names both the applicant organization and one of its people, the organization is cited.
 */
function otherConflict(relation: DeclaredRelation, applicant: ConflictApplicant, today: number) {
  if (relation.to !== undefined && dayOfDateString(relation.to, 'to', 'R18') < today) return null;
  if (namesApplicant(relation, applicant)) {
    return otherRelationTexts(relation, {
      organization: relation.organizationName ?? applicant.organizationName,
    });
  }
  const person = personOf(relation, applicant);
  return person === undefined ? null : otherRelationTexts(relation, { person });
}

// rule R18: the relation names the applicant: the same organization id, or the same normalized name.
function namesApplicant(relation: DeclaredRelation, applicant: ConflictApplicant): boolean {
  const sameId =
    relation.organizationId !== undefined && relation.organizationId === applicant.organizationId;
  const sameName =
    relation.organizationName !== undefined &&
    normalizeName(relation.organizationName) === normalizeName(applicant.organizationName);
  return sameId || sameName;
}

// rule R18: the applicant's person the relation names (normalized names equal), if any.
function personOf(relation: DeclaredRelation, applicant: ConflictApplicant) {
  if (relation.personName === undefined) return undefined;
  const name = normalizeName(relation.personName);
  return applicant.people.find((p) => normalizeName(p.name) === name);
}
