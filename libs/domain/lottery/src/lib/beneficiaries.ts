import {
  isPriorityGroup,
  PRIORITY_GROUP_LABELS_ZH,
  PriorityGroup,
} from '@civic/domain/organizations';

/** How many people of one R7 priority group a subsidised project serves. rule R7 */
export interface BeneficiaryCount {
  group: PriorityGroup;
  count: number;
}

export type BeneficiaryViolationCode =
  'NO_GROUPS' | 'UNKNOWN_GROUP' | 'DUPLICATE_GROUP' | 'INVALID_COUNT' | 'TOTAL_TOO_LARGE';

/** One problem with a beneficiary list; `index` is the 0-based entry, or null for the list. */
export interface BeneficiaryViolation {
  index: number | null;
  field: 'group' | 'count' | 'groups';
  rule: 'R7';
  code: BeneficiaryViolationCode;
  message: string;
  messageZh: string;
}

export type BeneficiaryCheck =
  { ok: true; total: number } | { ok: false; violations: BeneficiaryViolation[] };

/**
 * rule R7: a subsidised project says whom it serves: at least one priority group, each group
 * once, each with a positive whole number of people. `total` adds the counts; a person in two
 * groups (an elderly person with a disability) is counted in each, so it counts people per group,
 * an upper bound on distinct people.
 */
export function checkBeneficiaries(entries: readonly BeneficiaryCount[]): BeneficiaryCheck {
  const list = Array.isArray(entries) ? entries : [];
  const violations: BeneficiaryViolation[] = [];
  if (list.length === 0) {
    violations.push({
      index: null,
      field: 'groups',
      rule: 'R7',
      code: 'NO_GROUPS',
      message: 'rule R7: name at least one priority group the project serves',
      messageZh: '规则 R7：至少填写一类服务对象',
    });
  }
  const seen = new Map<PriorityGroup, number>();
  list.forEach((entry, index) => {
    const group: unknown = entry?.group;
    const count: unknown = entry?.count;
    const n = index + 1;
    const first = isPriorityGroup(group) ? seen.get(group) : undefined;
    if (!isPriorityGroup(group)) {
      violations.push(
        violation(index, 'group', 'UNKNOWN_GROUP', [
          `rule R7: entry ${n}: ${JSON.stringify(group)} is not a priority group`,
          `规则 R7：第 ${n} 项：${JSON.stringify(group)} 不是重点服务对象类别`,
        ]),
      );
    } else if (first !== undefined) {
      violations.push(
        violation(index, 'group', 'DUPLICATE_GROUP', [
          `rule R7: entry ${n}: ${group} is already listed in entry ${first + 1}; list each group once`,
          `规则 R7：第 ${n} 项：${PRIORITY_GROUP_LABELS_ZH[group]}已在第 ${first + 1} 项填写，每类对象只填一次`,
        ]),
      );
    } else {
      seen.set(group, index);
    }
    if (typeof count !== 'number' || !Number.isSafeInteger(count) || count <= 0) {
      violations.push(
        violation(index, 'count', 'INVALID_COUNT', [
          `rule R7: entry ${n}: the number of people must be a positive whole number, got ${String(count)}`,
          `规则 R7：第 ${n} 项：服务人数须为正整数，实际为 ${String(count)}`,
        ]),
      );
    }
  });
  if (violations.length > 0) return { ok: false, violations };
  const total = list.reduce((sum, entry) => sum + entry.count, 0);
  if (!Number.isSafeInteger(total)) {
    return {
      ok: false,
      violations: [
        violation(null, 'groups', 'TOTAL_TOO_LARGE', [
          'rule R7: the total number of people is too large to be real',
          '规则 R7：服务人数合计过大，不可能属实',
        ]),
      ],
    };
  }
  return { ok: true, total };
}

// rule R7: the number of people served, over all groups; throws on a list checkBeneficiaries refuses.
export function totalBeneficiaries(entries: readonly BeneficiaryCount[]): number {
  const check = checkBeneficiaries(entries);
  if (!check.ok) throw new RangeError(check.violations.map((v) => v.message).join('; '));
  return check.total;
}

function violation(
  index: number | null,
  field: BeneficiaryViolation['field'],
  code: BeneficiaryViolationCode,
  [message, messageZh]: [string, string],
): BeneficiaryViolation {
  return { index, field, rule: 'R7', code, message, messageZh };
}
