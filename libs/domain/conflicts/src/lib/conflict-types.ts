import { RelationKind } from './relation-kind';

/** A tie a reviewer declared (利害关系声明). rule R18 */
export interface DeclaredRelation {
  kind: RelationKind;
  /**
   * EMPLOYEE, DIRECTOR, SUPERVISOR, CONTROLLER: the organization (its id, its name, or both). OTHER:
   * the organization, the person, or both.
   */
  organizationId?: string;
  organizationName?: string;
  /** SPOUSE, LINEAL_RELATIVE, COLLATERAL_RELATIVE, CLOSE_IN_LAW: the person. OTHER: see above. */
  personName?: string;
  /**
   * OTHER (required): what the relation is, 2 to 200 characters (e.g. 近三年为该组织提供过审计服务).
   * Other kinds may give it too, as a note.
   */
  description?: string;
  /**
   * COLLATERAL_RELATIVE (required): generations counted as 三代以内旁系血亲 counts them, from
   * the common ancestor: siblings 2, cousins, uncles, aunts, nephews and nieces 3. LINEAL_RELATIVE
   * may give it too; any generation counts.
   */
  generations?: number;
  /** `YYYY-MM-DD`. */
  from: string;
  /** `YYYY-MM-DD`, absent while the tie lasts. */
  to?: string;
}

/** The applicant organization of a proposal, with its leaders and officers. rule R18 */
export interface ConflictApplicant {
  organizationId: string;
  organizationName: string;
  people: readonly { name: string; role: string }[];
}

/** The clause of 财库〔2016〕198号 art. 16 a relation falls under. rule R18 */
export type ConflictClauseCode =
  | 'EMPLOYMENT'
  | 'DIRECTORSHIP'
  | 'SUPERVISION'
  | 'CONTROL'
  | 'SPOUSE'
  | 'LINEAL'
  | 'COLLATERAL'
  | 'IN_LAW'
  | 'OTHER_RELATION';

/** One reason a reviewer must step aside, with the relation behind it. rule R18 */
export interface ConflictClause {
  clause: ConflictClauseCode;
  relation: DeclaredRelation;
  message: string;
  messageZh: string;
}
