import { assertCalendarPolicy, type CalendarPolicy } from '@civic/domain/calendar';
import { assertConflictPolicy, type ConflictPolicy } from '@civic/domain/conflicts';
import { assertIncubationPolicy, type IncubationPolicy } from '@civic/domain/incubation';
import {
  assertBannedUsePolicy,
  assertEldercarePolicy,
  type BannedUsePolicy,
  type EldercarePolicy,
} from '@civic/domain/lottery';
import { assertTierPolicy, type TierPolicy } from '@civic/domain/organizations';
import { assertPriorityPolicy, type PriorityPolicy } from '@civic/domain/priority';
import { negativeListProblems, purchasePolicyProblems } from '@civic/domain/procurement';
import { checkTranchePlan } from '@civic/domain/venture';
import { RULE_OF_KIND } from './policy-kind';
import { type EditablePolicyKind, type PolicyBody, POLICY_SHAPES } from './policy-seeds';

/** One problem with a proposed body, on the field that holds it (`body.bonuses.rural`). */
export interface PolicyBodyViolation {
  field: string;
  rule: string;
  message: string;
  messageZh: string;
}

export type PolicyBodyCheck = { ok: true } | { ok: false; violation: PolicyBodyViolation };

const VERSION = /^[0-9A-Za-z][0-9A-Za-z._-]{0,29}$/;

/** The domain's own check of each kind, given a body of the seed's shape. */
const CHECKS: Record<EditablePolicyKind, (body: PolicyBody) => void> = {
  TIERS: (b) => assertTierPolicy(b as unknown as TierPolicy),
  PRIORITY: (b) =>
    assertPriorityPolicy({ ...(b as unknown as PriorityPolicy), ruralReservePercent: 0 }),
  RESERVE: (b) =>
    assertPriorityPolicy({
      version: b.version,
      bonuses: {} as PriorityPolicy['bonuses'],
      ruralReservePercent: b['ruralReservePercent'] as number,
    }),
  INCUBATION_DEADLINES: (b) => assertIncubationPolicy(b as unknown as IncubationPolicy),
  CONFLICTS: (b) => assertConflictPolicy(b as unknown as ConflictPolicy),
  TRANCHES: (b) => {
    const plan = checkTranchePlan(b['tranches']);
    if (!plan.ok) throw new RangeError(`tranches is not a valid plan: ${plan.message}`);
  },
  ELDERCARE_FLOOR: (b) => assertEldercarePolicy(b as unknown as EldercarePolicy),
  BANNED_USES: (b) => assertBannedUsePolicy(b as unknown as BannedUsePolicy),
  CALENDAR: (b) => assertCalendarPolicy(b as unknown as CalendarPolicy),
  PURCHASE: (b) => firstProblem(purchasePolicyProblems(b)),
  NEGATIVE_LIST: (b) => firstProblem(negativeListProblems(b)),
};

/**
 * rule R25: the first of a procurement check's problems (`methods.4.minBidders: must be …`) as the
 * other kinds' checks throw theirs (`methods.4.minBidders must be …`), so it lands on its field.
 */
function firstProblem(problems: readonly string[]): void {
  if (problems.length === 0) return;
  const match = /^([^:]+): (.*)$/.exec(problems[0]);
  const [field, what] = match ? [match[1], match[2]] : ['(root)', problems[0]];
  throw new RangeError(`${field} ${what.startsWith('must ') ? what : `is ${what}`}`);
}

/**
 * issue #17 (policy is validated on write): a proposed body has its kind's shape, exactly the
 * seed's fields with values of the same types (a misspelt or missing field is refused, never
 * ignored), and passes the kind's own domain check. The first problem is reported, on its field.
 * rule R13 and every kind's rule (RULE_OF_KIND)
 */
export function checkPolicyBody(kind: EditablePolicyKind, body: unknown): PolicyBodyCheck {
  const rule = RULE_OF_KIND[kind];
  const refuse = (field: string, message: string, messageZh: string): PolicyBodyCheck => ({
    ok: false,
    violation: {
      field,
      rule,
      message: `rule ${rule}: ${message}`,
      messageZh: `规则 ${rule}：${messageZh}`,
    },
  });
  const shape = shapeProblem(POLICY_SHAPES[kind], body, 'body');
  if (shape) return refuse(shape.field, shape.message, shape.messageZh);
  const { version } = body as PolicyBody;
  if (!VERSION.test(version)) {
    return refuse(
      'body.version',
      'version must be 1 to 30 letters, digits, dots, dashes or underscores',
      '版本号须为 1 至 30 位字母、数字、点、横线或下划线',
    );
  }
  try {
    CHECKS[kind](body as PolicyBody);
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(/^rule R\d+: /, '') : '';
    return refuse(`body.${fieldIn(message)}`, message, inChinese(message));
  }
  return { ok: true };
}

/** The domain checks' usual wordings in Chinese; any other is shown as it is. */
const WORDINGS: [RegExp, (...parts: string[]) => string][] = [
  [
    /^(\S+) must be between (\S+) and (\S+), got (.*)$/,
    (f, a, b, x) => `${f} 须在 ${a} 至 ${b} 之间，实际为 ${x}`,
  ],
  [/^(\S+) must be a non-negative integer, got (.*)$/, (f, x) => `${f} 须为非负整数，实际为 ${x}`],
  [
    /^(\S+) must be a whole number from (\S+) to (\S+), got (.*)$/,
    (f, a, b, x) => `${f} 须为 ${a} 至 ${b} 的整数，实际为 ${x}`,
  ],
  [
    /^(\S+) must be a number from (\S+) to (\S+) with at most 2 decimals, got (.*)$/,
    (f, a, b, x) => `${f} 须为 ${a} 至 ${b} 之间、最多两位小数的数，实际为 ${x}`,
  ],
  // rule R25: the procurement checks' wordings (purchase policy, negative list).
  [
    /^(\S+) must be a whole number from (\S+) to (\S+)$/,
    (f, a, b) => `${f} 须为 ${a} 至 ${b} 的整数`,
  ],
  [/^(\S+) must not exceed (\S+)$/, (f, g) => `${f} 不得大于 ${g}`],
  [/^(\S+) must not be below (\S+)$/, (f, g) => `${f} 不得小于 ${g}`],
  [/^(\S+) must have (\S+) exactly once$/, (f, m) => `${f} 须包含且只包含一次 ${m}`],
  [/^(\S+) must be one of (.*)$/, (f, list) => `${f} 须为以下之一：${list}`],
  [/^(\S+) must have at least one (\S+)$/, (f) => `${f} 至少须有一项`],
  [/^(\S+) must be a non-blank text$/, (f) => `${f} 不能为空`],
  [/^(\S+) must not repeat (.*)$/, (f, x) => `${f} 与前面的内容重复：${x}`],
  [
    /^(\S+) must be 1 to 40 capitals, digits or underscores, from a capital$/,
    (f) => `${f} 须为 1 至 40 位大写字母、数字或下划线，以大写字母开头`,
  ],
];

function inChinese(message: string): string {
  for (const [pattern, zh] of WORDINGS) {
    const match = pattern.exec(message);
    if (match) return zh(...match.slice(1));
  }
  return `取值不符合要求：${message}`;
}

/** The dotted field a domain check's message starts with ("bonuses.rural must be …"). */
function fieldIn(message: string): string {
  const match = /^([A-Za-z][\w.]*) (must|has|is)\b/.exec(message);
  return match ? match[1] : '(root)';
}

type ShapeProblem = { field: string; message: string; messageZh: string };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeName(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  return value === null ? 'null' : typeof value;
}

const TYPE_ZH: Record<string, string> = {
  array: '数组',
  object: '对象',
  number: '数字',
  string: '文本',
  boolean: '是/否',
};

/** The first place where `value` differs in shape from the seed: a missing, extra or mistyped field. */
function shapeProblem(seed: unknown, value: unknown, field: string): ShapeProblem | null {
  const expected = typeName(seed);
  if (typeName(value) !== expected) {
    return {
      field,
      message: `${field} must be ${/^[aeiou]/.test(expected) ? 'an' : 'a'} ${expected}`,
      messageZh: `${field} 须为${TYPE_ZH[expected] ?? expected}`,
    };
  }
  if (Array.isArray(seed) && Array.isArray(value)) {
    // A list (the purchase methods, the negative list's clauses and terms, the tranches): each
    // item has the shape of the seed's first one.
    if (seed.length === 0) return null;
    for (const [i, item] of value.entries()) {
      const problem = shapeProblem(seed[0], item, `${field}.${i}`);
      if (problem) return problem;
    }
    return null;
  }
  if (!isPlainObject(seed) || !isPlainObject(value)) return null;
  const extra = Object.keys(value).find((key) => !(key in seed));
  if (extra !== undefined) {
    return {
      field: `${field}.${extra}`,
      message: `${field}.${extra} is not a field of this policy`,
      messageZh: `${field}.${extra} 不是该政策的字段`,
    };
  }
  for (const key of Object.keys(seed)) {
    if (!(key in value)) {
      return {
        field: `${field}.${key}`,
        message: `${field}.${key} is required`,
        messageZh: `缺少 ${field}.${key}`,
      };
    }
    const problem = shapeProblem(seed[key], value[key], `${field}.${key}`);
    if (problem) return problem;
  }
  return null;
}
