// Conflicts of interest of experts and reviewers (rule R18; 财库〔2016〕198号 art. 16), shared by
// the venture reviewer draw and the government purchase evaluation panel.
export { addYears } from './lib/add-years';
export { CLAUSE_OF_KIND } from './lib/conflict-messages';
export { assertConflictPolicy, DEFAULT_CONFLICT_POLICY } from './lib/conflict-policy';
export type { ConflictPolicy } from './lib/conflict-policy';
export type {
  ConflictApplicant,
  ConflictClause,
  ConflictClauseCode,
  DeclaredRelation,
} from './lib/conflict-types';
export { clausesOf, conflictsOf } from './lib/conflicts-of';
export { assertApplicant, assertRelations, checkDeclaredRelation } from './lib/declared-relation';
export { normalizeName } from './lib/normalize-name';
export {
  isOrganizationRelation,
  isOtherRelation,
  isRelationKind,
  KINSHIP_RELATION_KINDS,
  ORGANIZATION_RELATION_KINDS,
  OTHER_RELATION_KINDS,
  RELATION_KIND_LABELS_EN,
  RELATION_KIND_LABELS_ZH,
  RELATION_KINDS,
  RelationKind,
} from './lib/relation-kind';
export { seededRandom } from './lib/seeded-random';
export type { ConflictCheck, ConflictViolation } from './lib/violation';
