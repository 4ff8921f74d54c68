import { assertDay, dateStringOfDay, dayOfDateString } from '@civic/domain/calendar';
import { addYears } from './add-years';
import { assertConflictPolicy, ConflictPolicy, DEFAULT_CONFLICT_POLICY } from './conflict-policy';
import { CLAUSE_OF_KIND, kinshipTexts, organizationTexts } from './conflict-messages';
import { ConflictApplicant, ConflictClause, DeclaredRelation } from './conflict-types';
import { assertApplicant, assertRelations } from './declared-relation';
import { normalizeName } from './normalize-name';
import { isOrganizationRelation } from './relation-kind';

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
  const sameId =
    relation.organizationId !== undefined && relation.organizationId === applicant.organizationId;
  const sameName =
    relation.organizationName !== undefined &&
    normalizeName(relation.organizationName) === normalizeName(applicant.organizationName);
  if (!sameId && !sameName) return null;
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
  const name = normalizeName(relation.personName as string);
  const person = applicant.people.find((p) => normalizeName(p.name) === name);
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
