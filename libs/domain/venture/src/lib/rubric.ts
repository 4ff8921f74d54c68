import { assertChecked, checkOf, VentureCheck, VentureViolation } from './violation';
import { isIntegerIn, isRecord, shown } from './values';

/** One criterion of a call's scoring rubric (评分细则). rule R17 */
export interface RubricCriterion {
  /** 1–30 lower-case letters, digits or underscores, starting with a letter; unique. */
  key: string;
  /** 2–50 characters. */
  name: string;
  /** A positive whole number; the weights of a rubric sum to 100. */
  weight: number;
  /** The full score, a whole number from 1 to 100; scores are whole numbers from 0 to it. */
  scaleMax: number;
}

/** rule R17 */
export interface Rubric {
  criteria: readonly RubricCriterion[];
}

/** The bounds checkRubric enforces. rule R17 */
export const RUBRIC_LIMITS = Object.freeze({
  minCriteria: 1,
  maxCriteria: 20,
  weightTotal: 100,
  minNameLength: 2,
  maxNameLength: 50,
  maxScale: 100,
});

const KEY_FORM = /^[a-z][a-z0-9_]{0,29}$/;

/**
 * rule R17: a rubric a call may use: 1 to 20 criteria with unique keys, names of 2 to 50
 * characters (spaces at either end do not count), positive whole weights that sum to exactly 100,
 * and full scores from 1 to 100. Every problem is reported; the weights are summed only when each
 * is valid, since a sum of bad weights says nothing.
 */
export function checkRubric(rubric: unknown): VentureCheck {
  const criteria = isRecord(rubric) ? rubric.criteria : undefined;
  if (!Array.isArray(criteria)) {
    return checkOf([
      {
        field: 'criteria',
        message: 'rule R17: a rubric needs a list of criteria',
        messageZh: '规则 R17：评分细则须列出评分标准',
      },
    ]);
  }
  const { minCriteria, maxCriteria, weightTotal } = RUBRIC_LIMITS;
  const violations: VentureViolation[] = [];
  if (criteria.length < minCriteria || criteria.length > maxCriteria) {
    violations.push({
      field: 'criteria',
      message: `rule R17: a rubric has ${minCriteria} to ${maxCriteria} criteria, got ${criteria.length}`,
      messageZh: `规则 R17：评分标准须为 ${minCriteria} 至 ${maxCriteria} 项，实际为 ${criteria.length} 项`,
    });
  }
  const firstIndexOfKey = new Map<string, number>();
  criteria.forEach((criterion: unknown, index) =>
    violations.push(...criterionViolations(criterion, index, firstIndexOfKey)),
  );
  const weights = criteria.map((c: unknown) => (isRecord(c) ? c.weight : undefined));
  if (criteria.length > 0 && weights.every((w) => isIntegerIn(w, 1, Number.MAX_SAFE_INTEGER))) {
    const sum = weights.reduce((total: bigint, w) => total + BigInt(w as number), 0n);
    if (sum !== BigInt(weightTotal)) {
      violations.push({
        field: 'criteria',
        message: `rule R17: the weights add up to ${sum}, not ${weightTotal}`,
        messageZh: `规则 R17：各项权重合计为 ${sum}，应为 ${weightTotal}`,
      });
    }
  }
  return checkOf(violations);
}

// rule R17: a rubric the caller vouched for (a call's stored rubric) must be valid.
export function assertRubric(rubric: unknown, field = 'rubric'): asserts rubric is Rubric {
  assertChecked(checkRubric(rubric), field);
}

function criterionViolations(
  criterion: unknown,
  index: number,
  firstIndexOfKey: Map<string, number>,
): VentureViolation[] {
  const n = index + 1;
  const at = (name: string) => `criteria.${index}.${name}`;
  if (!isRecord(criterion)) {
    return [
      {
        field: `criteria.${index}`,
        message: `rule R17: criterion ${n} must have a key, a name, a weight and a full score`,
        messageZh: `规则 R17：第 ${n} 项评分标准须包含代码、名称、权重和满分`,
      },
    ];
  }
  const { key, name, weight, scaleMax } = criterion;
  const { minNameLength, maxNameLength, maxScale } = RUBRIC_LIMITS;
  const violations: VentureViolation[] = [];
  if (typeof key !== 'string' || !KEY_FORM.test(key)) {
    violations.push({
      field: at('key'),
      message: `rule R17: criterion ${n}: the key must be 1 to 30 lower-case letters, digits or underscores, starting with a letter, got ${shown(key)}`,
      messageZh: `规则 R17：第 ${n} 项评分标准的代码须为 1 至 30 位小写字母、数字或下划线，并以字母开头，实际为 ${shown(key)}`,
    });
  } else if (firstIndexOfKey.has(key)) {
    const first = (firstIndexOfKey.get(key) as number) + 1;
    violations.push({
      field: at('key'),
      message: `rule R17: criterion ${n}: the key "${key}" is already used by criterion ${first}`,
      messageZh: `规则 R17：第 ${n} 项评分标准的代码“${key}”与第 ${first} 项重复`,
    });
  } else {
    firstIndexOfKey.set(key, index);
  }
  const length = typeof name === 'string' ? [...name.trim()].length : null;
  if (length === null || length < minNameLength || length > maxNameLength) {
    const got = length === null ? shown(name) : `${length}`;
    violations.push({
      field: at('name'),
      message: `rule R17: criterion ${n}: the name must be ${minNameLength} to ${maxNameLength} characters, got ${got}`,
      messageZh: `规则 R17：第 ${n} 项评分标准的名称须为 ${minNameLength} 至 ${maxNameLength} 个字符，实际为 ${got}`,
    });
  }
  if (!isIntegerIn(weight, 1, Number.MAX_SAFE_INTEGER)) {
    violations.push({
      field: at('weight'),
      message: `rule R17: criterion ${n}: the weight must be a positive whole number, got ${shown(weight)}`,
      messageZh: `规则 R17：第 ${n} 项评分标准的权重须为正整数，实际为 ${shown(weight)}`,
    });
  }
  if (!isIntegerIn(scaleMax, 1, maxScale)) {
    violations.push({
      field: at('scaleMax'),
      message: `rule R17: criterion ${n}: the full score must be a whole number from 1 to ${maxScale}, got ${shown(scaleMax)}`,
      messageZh: `规则 R17：第 ${n} 项评分标准的满分须为 1 至 ${maxScale} 的整数，实际为 ${shown(scaleMax)}`,
    });
  }
  return violations;
}
