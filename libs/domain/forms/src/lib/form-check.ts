import {
  type Bilingual,
  COLUMN_KINDS,
  FORM_LIMITS,
  type FormDefinition,
  isQuestionKind,
  KEY_PATTERN,
  type Question,
  RESERVED_KEYS,
} from './question';

/** One problem with a form or an answer, on the field that holds it (`questions[2].options`). */
export interface FormViolation {
  field: string;
  rule: string;
  message: string;
  messageZh: string;
}

export type FormCheck = { ok: true } | { ok: false; violations: FormViolation[] };

const RULE = 'FORM';

/**
 * Whether an officer's questions make a form (issue #17, forms without code): unique keys that
 * are safe property names, labels in both languages, options for a choice, columns for a table,
 * a range that is a range, and no more than the limits.
 * (rule R16, rule R17, rule R20, rule R25: the programmes' applications)
 */
export function checkForm(form: FormDefinition): FormCheck {
  const violations: FormViolation[] = [];
  const add = (field: string, message: string, messageZh: string) =>
    violations.push({ field, rule: RULE, message, messageZh });
  if (form.questions.length > FORM_LIMITS.questions) {
    add(
      'questions',
      `a form has at most ${FORM_LIMITS.questions} questions`,
      `附加问题最多 ${FORM_LIMITS.questions} 个`,
    );
  }
  const seen = new Set<string>();
  form.questions.forEach((q, i) => {
    const at = `questions[${i}]`;
    checkKey(q.key, `${at}.key`, add);
    if (seen.has(q.key))
      add(`${at}.key`, `the key '${q.key}' is used twice`, `问题标识“${q.key}”重复`);
    seen.add(q.key);
    if (!isQuestionKind(q.kind)) add(`${at}.kind`, `unknown question kind`, `未知的问题类型`);
    checkLabel(q.label, `${at}.label`, FORM_LIMITS.labelLength, true, add);
    if (q.help) checkLabel(q.help, `${at}.help`, FORM_LIMITS.helpLength, false, add);
    checkKindParts(q, at, add);
  });
  return violations.length === 0 ? { ok: true } : { ok: false, violations };
}

type Add = (field: string, message: string, messageZh: string) => void;

function checkKey(key: string, field: string, add: Add): void {
  if (!KEY_PATTERN.test(key)) {
    add(
      field,
      'a key starts with a lowercase letter, then up to 39 letters, digits or underscores',
      '标识须以小写字母开头，由字母、数字或下划线组成，最长 40 个字符',
    );
  } else if (RESERVED_KEYS.includes(key)) {
    add(field, `'${key}' is a reserved name`, `“${key}”是保留名称，不能作标识`);
  }
}

function checkLabel(text: Bilingual, field: string, max: number, needed: boolean, add: Add): void {
  for (const lang of ['zh', 'en'] as const) {
    const value = text[lang] ?? '';
    if (needed && value.trim() === '') {
      add(`${field}.${lang}`, 'must not be blank', lang === 'zh' ? '中文不能为空' : '英文不能为空');
    }
    if (value.length > max)
      add(`${field}.${lang}`, `at most ${max} characters`, `最多 ${max} 个字符`);
  }
}

function checkKindParts(q: Question, at: string, add: Add): void {
  if (q.kind === 'CHOICE') {
    const options = q.options ?? [];
    if (options.length < 2 || options.length > FORM_LIMITS.options) {
      add(
        `${at}.options`,
        `a choice has 2 to ${FORM_LIMITS.options} options`,
        `单选题须有 2 至 ${FORM_LIMITS.options} 个选项`,
      );
    }
    const values = new Set<string>();
    options.forEach((o, j) => {
      checkKey(o.value, `${at}.options[${j}].value`, add);
      if (values.has(o.value)) {
        add(
          `${at}.options[${j}].value`,
          `the option '${o.value}' is listed twice`,
          `选项“${o.value}”重复`,
        );
      }
      values.add(o.value);
      checkLabel(o.label, `${at}.options[${j}].label`, FORM_LIMITS.labelLength, true, add);
    });
  } else if (q.options !== undefined) {
    add(`${at}.options`, 'only a choice has options', '只有单选题有选项');
  }
  if (q.kind === 'TABLE') {
    const columns = q.columns ?? [];
    if (columns.length < 1 || columns.length > FORM_LIMITS.columns) {
      add(
        `${at}.columns`,
        `a table has 1 to ${FORM_LIMITS.columns} columns`,
        `表格须有 1 至 ${FORM_LIMITS.columns} 列`,
      );
    }
    const keys = new Set<string>();
    columns.forEach((c, j) => {
      checkKey(c.key, `${at}.columns[${j}].key`, add);
      if (keys.has(c.key))
        add(
          `${at}.columns[${j}].key`,
          `the column '${c.key}' is listed twice`,
          `列标识“${c.key}”重复`,
        );
      keys.add(c.key);
      if (!(COLUMN_KINDS as readonly string[]).includes(c.kind)) {
        add(
          `${at}.columns[${j}].kind`,
          'a column is text, a number, an amount or a date',
          '列类型须为文本、数字、金额或日期',
        );
      }
      checkLabel(c.label, `${at}.columns[${j}].label`, FORM_LIMITS.labelLength, true, add);
    });
  } else if (q.columns !== undefined) {
    add(`${at}.columns`, 'only a table has columns', '只有表格题有列');
  }
  checkBounds(q, at, add);
}

function checkBounds(q: Question, at: string, add: Add): void {
  if (q.maxLength !== undefined) {
    if (q.kind !== 'TEXT') add(`${at}.maxLength`, 'only text has a length', '只有文本题有字数上限');
    else if (
      !Number.isInteger(q.maxLength) ||
      q.maxLength < 1 ||
      q.maxLength > FORM_LIMITS.textLength
    ) {
      add(
        `${at}.maxLength`,
        `from 1 to ${FORM_LIMITS.textLength}`,
        `须在 1 至 ${FORM_LIMITS.textLength} 之间`,
      );
    }
  }
  const ranged = q.kind === 'NUMBER' || q.kind === 'YUAN';
  for (const bound of ['min', 'max'] as const) {
    const value = q[bound];
    if (value === undefined) continue;
    if (!ranged)
      add(
        `${at}.${bound}`,
        'only a number or an amount has a range',
        '只有数字题和金额题有取值范围',
      );
    else if (!Number.isFinite(value))
      add(`${at}.${bound}`, 'must be a finite number', '须为有限数值');
    else if (
      q.kind === 'YUAN' &&
      (!Number.isInteger(value) || value < 0 || value > FORM_LIMITS.yuanMaxFen)
    ) {
      add(
        `${at}.${bound}`,
        'an amount in whole fen, from 0 to 100 million yuan',
        '金额须为 0 至 1 亿元之间的整数分',
      );
    }
  }
  if (ranged && q.min !== undefined && q.max !== undefined && q.min > q.max) {
    add(`${at}.max`, 'the largest answer must not be below the smallest', '最大值不能小于最小值');
  }
}
