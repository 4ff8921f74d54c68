import { dayOfDateString } from '@civic/domain/calendar';
import { ConflictApplicant, DeclaredRelation } from './conflict-types';
import {
  isOrganizationRelation,
  isOtherRelation,
  isRelationKind,
  RELATION_KIND_LABELS_EN,
  RELATION_KIND_LABELS_ZH,
  RELATION_KINDS,
} from './relation-kind';
import { isIntegerIn, isNonBlank, isRecord, shown } from './values';
import { assertChecked, checkOf, ConflictCheck, ConflictViolation } from './violation';

const KIND_LIST_EN = RELATION_KINDS.join(', ');
const KIND_LIST_ZH = RELATION_KINDS.map((k) => RELATION_KIND_LABELS_ZH[k]).join('、');
const DATE_LABELS_ZH = { from: '起始日期', to: '终止日期' } as const;
type DateField = keyof typeof DATE_LABELS_ZH;
const DATE_FIELDS = Object.keys(DATE_LABELS_ZH) as DateField[];
/** The length of an OTHER relation's description, in characters (code points). rule R18 */
const DESCRIPTION_LENGTH = { min: 2, max: 200 } as const;

/**
 * rule R18: a relation a reviewer may declare: a known kind; an organization (id or name) for an
 * organization tie, a person for kinship; the generations of a collateral kinship; `from` and an
 * optional `to` as real dates `YYYY-MM-DD`, `to` not before `from`. Another relation that could
 * affect a fair review (OTHER) names an organization, a person or both, and says what it is in a
 * description of 2 to 200 characters (any kind may carry one, within the same bounds).
 */
export function checkDeclaredRelation(relation: unknown): ConflictCheck {
  if (!isRecord(relation)) {
    return checkOf([
      violation('', 'a declared relation must be an object', '利害关系声明格式不正确'),
    ]);
  }
  const { kind, organizationId, organizationName, personName, generations, from, to } = relation;
  const { description } = relation;
  const violations: ConflictViolation[] = [];
  if (!isRelationKind(kind)) {
    violations.push(
      violation(
        'kind',
        `the relation must be one of ${KIND_LIST_EN}, got ${shown(kind)}`,
        `关系类型须为${KIND_LIST_ZH}之一，实际为 ${shown(kind)}`,
      ),
    );
  } else if (isOtherRelation(kind)) {
    checkOrganization(organizationId, organizationName, violations);
    if (personName !== undefined && !isNonBlank(personName)) {
      violations.push(
        violation('personName', 'the person’s name must not be blank', '人员姓名不能为空'),
      );
    }
    if (
      organizationId === undefined &&
      organizationName === undefined &&
      personName === undefined
    ) {
      violations.push(
        violation(
          'organizationName',
          'name the organization or the person you have the other relation with',
          `请填写与您存在“${RELATION_KIND_LABELS_ZH[kind]}”的组织或人员`,
        ),
      );
    }
  } else if (isOrganizationRelation(kind)) {
    checkOrganization(organizationId, organizationName, violations);
    if (organizationId === undefined && organizationName === undefined) {
      violations.push(
        violation(
          'organizationName',
          `name the organization you are related to as ${RELATION_KIND_LABELS_EN[kind].toLowerCase()}`,
          `请填写与您存在“${RELATION_KIND_LABELS_ZH[kind]}”关系的组织`,
        ),
      );
    }
  } else if (!isNonBlank(personName)) {
    violations.push(
      violation(
        'personName',
        `name the person who is your ${RELATION_KIND_LABELS_EN[kind].toLowerCase()}`,
        `请填写与您存在“${RELATION_KIND_LABELS_ZH[kind]}”关系的人员姓名`,
      ),
    );
  }
  const needsGenerations = kind === 'COLLATERAL_RELATIVE';
  if (
    (needsGenerations || generations !== undefined) &&
    !isIntegerIn(generations, 1, Number.MAX_SAFE_INTEGER)
  ) {
    violations.push(
      violation(
        'generations',
        `give the generations of the kinship as a whole number (siblings 2, cousins 3), got ${shown(generations)}`,
        `亲属关系的代数须为正整数（兄弟姐妹为 2 代，堂表兄弟姐妹为 3 代），实际为 ${shown(generations)}`,
      ),
    );
  }
  if ((kind === 'OTHER' || description !== undefined) && !isDescription(description)) {
    const [got, gotZh] =
      typeof description === 'string'
        ? [`${lengthOf(description)} characters`, `${lengthOf(description)} 个字`]
        : [shown(description), shown(description)];
    violations.push(
      violation(
        'description',
        `describe the relation in ${DESCRIPTION_LENGTH.min} to ${DESCRIPTION_LENGTH.max} characters, got ${got}`,
        `请用 ${DESCRIPTION_LENGTH.min} 至 ${DESCRIPTION_LENGTH.max} 个字说明该关系，实际为 ${gotZh}`,
      ),
    );
  }
  const days: Partial<Record<DateField, number>> = {};
  for (const field of DATE_FIELDS) {
    if (field === 'to' && to === undefined) continue;
    const day = dateDay(relation[field], field, violations);
    if (day !== undefined) days[field] = day;
  }
  if (days.from !== undefined && days.to !== undefined && days.to < days.from) {
    violations.push(
      violation(
        'to',
        `the end ${to} is before the start ${from}`,
        `终止日期 ${to} 早于起始日期 ${from}`,
      ),
    );
  }
  return checkOf(violations);
}

// rule R18: relations the caller vouched for (stored declarations) must be valid.
export function assertRelations(relations: readonly DeclaredRelation[], field: string): void {
  if (!Array.isArray(relations)) throw new RangeError(`rule R18: ${field} must be an array`);
  relations.forEach((relation, index) =>
    assertChecked(checkDeclaredRelation(relation), `${field}.${index}`),
  );
}

// rule R18: an applicant must name its organization and list its people by name.
export function assertApplicant(applicant: ConflictApplicant, field: string): void {
  if (!isRecord(applicant)) throw new RangeError(`rule R18: ${field} must be an object`);
  if (!isNonBlank(applicant.organizationId)) {
    throw new RangeError(`rule R18: ${field}.organizationId must be a non-empty string`);
  }
  if (!isNonBlank(applicant.organizationName)) {
    throw new RangeError(`rule R18: ${field}.organizationName must be a non-empty string`);
  }
  if (!Array.isArray(applicant.people)) {
    throw new RangeError(`rule R18: ${field}.people must be an array`);
  }
  applicant.people.forEach((person, index) => {
    if (!isRecord(person) || typeof person.name !== 'string' || typeof person.role !== 'string') {
      throw new RangeError(`rule R18: ${field}.people.${index} must have a name and a role`);
    }
  });
}

// rule R18: an organization named by id or name: whichever is given must not be blank.
function checkOrganization(
  organizationId: unknown,
  organizationName: unknown,
  violations: ConflictViolation[],
): void {
  if (organizationId !== undefined && !isNonBlank(organizationId)) {
    violations.push(
      violation('organizationId', 'the organization id must not be blank', '组织编号不能为空'),
    );
  }
  if (organizationName !== undefined && !isNonBlank(organizationName)) {
    violations.push(
      violation('organizationName', 'the organization name must not be blank', '组织名称不能为空'),
    );
  }
}

// rule R18: a description of 2 to 200 characters once trimmed.
function isDescription(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const length = lengthOf(value);
  return length >= DESCRIPTION_LENGTH.min && length <= DESCRIPTION_LENGTH.max;
}

// rule R18: a text's length once trimmed, in characters (code points, so 𠮷 is one).
function lengthOf(value: string): number {
  return [...value.trim()].length;
}

function dateDay(
  value: unknown,
  field: DateField,
  violations: ConflictViolation[],
): number | undefined {
  const labelZh = DATE_LABELS_ZH[field];
  try {
    return dayOfDateString(value, field, 'R18');
  } catch {
    violations.push(
      violation(
        field,
        `${field} must be a date YYYY-MM-DD, got ${shown(value)}`,
        `${labelZh}须为 YYYY-MM-DD 格式的日期，实际为 ${shown(value)}`,
      ),
    );
    return undefined;
  }
}

function violation(field: string, message: string, messageZh: string): ConflictViolation {
  return { field, message: `rule R18: ${message}`, messageZh: `规则 R18：${messageZh}` };
}
