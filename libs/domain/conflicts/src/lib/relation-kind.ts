/**
 * The ties a reviewer declares that may oblige them to step aside (财库〔2016〕198号 art. 16).
 * rule R18
 */
export const RelationKind = {
  EMPLOYEE: 'EMPLOYEE',
  DIRECTOR: 'DIRECTOR',
  SUPERVISOR: 'SUPERVISOR',
  CONTROLLER: 'CONTROLLER',
  SPOUSE: 'SPOUSE',
  LINEAL_RELATIVE: 'LINEAL_RELATIVE',
  COLLATERAL_RELATIVE: 'COLLATERAL_RELATIVE',
  /** 近姻亲: a close relative by marriage (a spouse's parent or sibling, a sibling's or child's spouse). */
  CLOSE_IN_LAW: 'CLOSE_IN_LAW',
  /**
   * Any other relation that could affect a fair review (与供应商有其他可能影响政府采购活动公平、公正进行
   * 的关系, the catch-all of art. 16): it names an organization, a person or both, and says what it is.
   */
  OTHER: 'OTHER',
} as const;
export type RelationKind = (typeof RelationKind)[keyof typeof RelationKind];

export const RELATION_KINDS: readonly RelationKind[] = Object.freeze(Object.values(RelationKind));

/** Ties to an organization: they name it, and count for 3 years after they end. rule R18 */
export const ORGANIZATION_RELATION_KINDS: readonly RelationKind[] = Object.freeze([
  RelationKind.EMPLOYEE,
  RelationKind.DIRECTOR,
  RelationKind.SUPERVISOR,
  RelationKind.CONTROLLER,
]);

/** Kinship with a person: it names them, and counts while it lasts. rule R18 */
export const KINSHIP_RELATION_KINDS: readonly RelationKind[] = Object.freeze([
  RelationKind.SPOUSE,
  RelationKind.LINEAL_RELATIVE,
  RelationKind.COLLATERAL_RELATIVE,
  RelationKind.CLOSE_IN_LAW,
]);

/**
 * Other relations (rule R18): neither an organization tie nor kinship; they name an organization, a
 * person or both, carry a description, and count while they last.
 */
export const OTHER_RELATION_KINDS: readonly RelationKind[] = Object.freeze([RelationKind.OTHER]);

/** As art. 16 words them; social organizations have 理事 where companies have 董事. rule R18 */
export const RELATION_KIND_LABELS_ZH: Readonly<Record<RelationKind, string>> = Object.freeze({
  EMPLOYEE: '劳动关系（雇员）',
  DIRECTOR: '董事（理事）',
  SUPERVISOR: '监事',
  CONTROLLER: '控股股东或实际控制人',
  SPOUSE: '配偶',
  LINEAL_RELATIVE: '直系血亲',
  COLLATERAL_RELATIVE: '旁系血亲',
  CLOSE_IN_LAW: '近姻亲',
  OTHER: '其他可能影响公正评审的关系',
});

export const RELATION_KIND_LABELS_EN: Readonly<Record<RelationKind, string>> = Object.freeze({
  EMPLOYEE: 'Employee',
  DIRECTOR: 'Director (council member)',
  SUPERVISOR: 'Supervisor',
  CONTROLLER: 'Controlling shareholder or actual controller',
  SPOUSE: 'Spouse',
  LINEAL_RELATIVE: 'Lineal relative',
  COLLATERAL_RELATIVE: 'Collateral relative',
  CLOSE_IN_LAW: 'Close relative by marriage',
  OTHER: 'Other relation that could affect a fair review',
});

// rule R18: a value from outside data (JSON, a form) is one of the relation kinds.
export function isRelationKind(value: unknown): value is RelationKind {
  return typeof value === 'string' && (RELATION_KINDS as readonly string[]).includes(value);
}

// rule R18: the kind ties the reviewer to an organization rather than to a person.
export function isOrganizationRelation(kind: RelationKind): boolean {
  return ORGANIZATION_RELATION_KINDS.includes(kind);
}

// rule R18: the kind is another relation that could affect a fair review (it needs a description).
export function isOtherRelation(kind: RelationKind): boolean {
  return OTHER_RELATION_KINDS.includes(kind);
}
