import { type FieldViolation, PayloadValidationError } from '@civic/contracts';
import { FORM_VOCABULARY, type FormSchema, type PropertySchema } from '@civic/domain/forms';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/**
 * Answers to a form's added questions (issue #17), checked on the server against the form's
 * stored JSON Schema by ajv, with the same 400 as the fixed fields: each violation names the
 * field (`answers.partners[1].amount`) and the rule (the JSON Schema keyword).
 */
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv, ['date']);
ajv.addVocabulary([...FORM_VOCABULARY]);

/** Compiled forms by their text: a form never changes under its `$id` and version. */
const compiled = new Map<string, ValidateFunction>();

function validatorOf(schema: FormSchema): ValidateFunction {
  const key = JSON.stringify(schema);
  let validate = compiled.get(key);
  if (!validate) {
    // ajv registers schemas by `$id`; a form is compiled by content, so it goes without one.
    const { $id: _id, ...anonymous } = schema;
    validate = ajv.compile(anonymous);
    if (compiled.size > 500) compiled.clear();
    compiled.set(key, validate);
  }
  return validate;
}

export interface AnswersCheckOptions {
  /** A draft may leave questions unanswered; what it answers must still fit. */
  draft?: boolean;
}

/** The violations of `answers` against `schema`; none when they fit. */
export function answersViolations(
  schema: FormSchema,
  answers: unknown,
  options: AnswersCheckOptions = {},
): FieldViolation[] {
  const checked = options.draft ? { ...schema, required: [] } : schema;
  const validate = validatorOf(checked);
  if (validate(answers ?? {})) return [];
  const seen = new Set<string>();
  const order = (v: FieldViolation) => {
    const at = schema['x-order'].indexOf(/^answers\.([^.[]+)/.exec(v.field)?.[1] ?? '');
    return at < 0 ? Number.MAX_SAFE_INTEGER : at;
  };
  return (validate.errors ?? [])
    .map((e) => violationOf(schema, e))
    .filter((v) => {
      const key = `${v.field}|${v.rule}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => order(a) - order(b)); // in the order the form asks, as the applicant reads it
}

/** Refuses with 400 VALIDATION_FAILED when the answers do not fit the form. */
export function assertAnswers(
  schema: FormSchema,
  answers: unknown,
  options: AnswersCheckOptions = {},
): void {
  const violations = answersViolations(schema, answers, options);
  if (violations.length > 0) throw new PayloadValidationError('answers', violations);
}

/** `/partners/1/amount` → `answers.partners[1].amount`. */
function fieldOf(instancePath: string, child?: string): string {
  const parts = instancePath.split('/').slice(1);
  if (child !== undefined) parts.push(child);
  return parts.reduce(
    (field, part) => (/^\d+$/.test(part) ? `${field}[${part}]` : `${field}.${part}`),
    'answers',
  );
}

function propertyAt(schema: FormSchema, field: string): PropertySchema | undefined {
  const [, question, , column] = /^answers\.([^.[]+)(\[\d+\]\.([^.[]+))?/.exec(field) ?? [];
  const p = question !== undefined ? schema.properties[question] : undefined;
  return column !== undefined ? p?.items?.properties[column] : p;
}

function violationOf(schema: FormSchema, e: ErrorObject): FieldViolation {
  const params = e.params as Record<string, unknown>;
  const child =
    e.keyword === 'required'
      ? String(params['missingProperty'])
      : e.keyword === 'additionalProperties'
        ? String(params['additionalProperty'])
        : undefined;
  const field = fieldOf(e.instancePath, child);
  const label = propertyAt(schema, field)?.title;
  const named = label ? `“${label}”` : field;
  const { message, messageZh } = wording(e, field, named, params);
  return { field, rule: e.keyword, message, messageZh };
}

function wording(
  e: ErrorObject,
  field: string,
  named: string,
  params: Record<string, unknown>,
): { message: string; messageZh: string } {
  switch (e.keyword) {
    case 'required':
      return { message: `${field} must be answered`, messageZh: `请回答${named}` };
    case 'additionalProperties':
      return {
        message: `${field} is not a question of this form`,
        messageZh: `${field} 不是本表单的问题`,
      };
    case 'type':
      return {
        message: `${field} must be of type ${String(params['type'])}`,
        messageZh: `${named}的答案类型不对（应为 ${typeZh(String(params['type']))}）`,
      };
    case 'minLength':
    case 'pattern':
      return { message: `${field} must not be blank`, messageZh: `${named}不能为空` };
    case 'maxLength':
      return {
        message: `${field} must be at most ${String(params['limit'])} characters`,
        messageZh: `${named}最多 ${String(params['limit'])} 个字符`,
      };
    case 'minimum':
    case 'maximum':
      return {
        message: `${field} ${e.message ?? 'is out of range'}`,
        messageZh: `${named}须${e.keyword === 'minimum' ? '不小于' : '不大于'} ${String(params['limit'])}`,
      };
    case 'enum':
      return {
        message: `${field} must be one of the options`,
        messageZh: `${named}须为所列选项之一`,
      };
    case 'format':
      return {
        message: `${field} must be a date (YYYY-MM-DD)`,
        messageZh: `${named}须为日期（年-月-日）`,
      };
    case 'minItems':
      return { message: `${field} needs at least one row`, messageZh: `${named}至少填写一行` };
    case 'maxItems':
      return {
        message: `${field} has at most ${String(params['limit'])} rows`,
        messageZh: `${named}最多 ${String(params['limit'])} 行`,
      };
    default:
      return { message: `${field} ${e.message ?? 'is invalid'}`, messageZh: `${named}的答案无效` };
  }
}

function typeZh(type: string): string {
  return (
    {
      string: '文本',
      number: '数字',
      integer: '整数（金额以分计）',
      boolean: '是或否',
      array: '表格行',
      object: '对象',
    }[type] ?? type
  );
}
