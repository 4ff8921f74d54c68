import { assertRubric, Rubric } from './rubric';
import { isIntegerIn, isRecord, shown } from './values';
import { checkOf, VentureCheck, VentureViolation } from './violation';

/** One reviewer's scores for one proposal: criterion key → score. rule R17 */
export type ScoreSheet = Readonly<Record<string, number>>;

/**
 * rule R17: a score sheet a reviewer may submit against the call's rubric: every criterion
 * scored with a whole number from 0 to its full score, and no key the rubric does not have.
 * Violations come in the rubric's order, then the unknown keys in code-unit order. The rubric
 * itself must be valid (a RangeError names its bad field).
 */
export function checkScoreSheet(rubric: Rubric, sheet: unknown): VentureCheck {
  assertRubric(rubric);
  if (!isRecord(sheet)) {
    return checkOf([
      {
        field: 'scores',
        message: 'rule R17: a score sheet gives a score for each criterion',
        messageZh: '规则 R17：评分表须对每项评分标准打分',
      },
    ]);
  }
  const violations: VentureViolation[] = [];
  for (const { key, name, scaleMax } of rubric.criteria) {
    const field = `scores.${key}`;
    if (!Object.hasOwn(sheet, key) || sheet[key] === undefined) {
      violations.push({
        field,
        message: `rule R17: "${name}" is not scored`,
        messageZh: `规则 R17：“${name}”尚未打分`,
      });
    } else if (!isIntegerIn(sheet[key], 0, scaleMax)) {
      violations.push({
        field,
        message: `rule R17: the score for "${name}" must be a whole number from 0 to ${scaleMax}, got ${shown(sheet[key])}`,
        messageZh: `规则 R17：“${name}”的得分须为 0 至 ${scaleMax} 的整数，实际为 ${shown(sheet[key])}`,
      });
    }
  }
  const known = new Set(rubric.criteria.map((c) => c.key));
  const unknown = Object.keys(sheet)
    .filter((key) => !known.has(key))
    .sort();
  for (const key of unknown) {
    violations.push({
      field: `scores.${key}`,
      message: `rule R17: "${key}" is not a criterion of this call's rubric`,
      messageZh: `规则 R17：“${key}”不是本次评分细则中的评分标准`,
    });
  }
  return checkOf(violations);
}
