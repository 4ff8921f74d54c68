import {
  type Bilingual,
  type ColumnKind,
  FORM_LIMITS,
  type FormDefinition,
  type Question,
  type QuestionKind,
  type TableColumn,
} from './question';

/** The JSON Schema dialect a form is stored in. */
export const FORM_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/** The annotations a form adds to JSON Schema (an ajv vocabulary on the server). */
export const FORM_VOCABULARY = Object.freeze([
  'x-kind',
  'x-title-en',
  'x-help-en',
  'x-order',
  'x-version',
  'x-options',
  'x-columns',
]);

/** A property's schema: standard keywords plus the form's annotations. */
export interface PropertySchema {
  type: 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object';
  title?: string;
  description?: string;
  'x-kind': QuestionKind;
  'x-title-en'?: string;
  'x-help-en'?: string;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: 'date';
  minimum?: number;
  maximum?: number;
  enum?: string[];
  'x-options'?: { value: string; label: Bilingual }[];
  minItems?: number;
  maxItems?: number;
  items?: {
    type: 'object';
    additionalProperties: false;
    required: string[];
    properties: Record<string, PropertySchema>;
  };
  'x-columns'?: string[];
}

/**
 * A form as stored with its call (issue #17): a JSON Schema (2020-12) of an object whose
 * properties are the answers. Postgres's jsonb does not keep the order of keys, so the order of
 * the questions travels in `x-order`.
 */
export interface FormSchema {
  $schema: typeof FORM_SCHEMA_DIALECT;
  $id: string;
  type: 'object';
  additionalProperties: false;
  required: string[];
  properties: Record<string, PropertySchema>;
  'x-order': string[];
  'x-version': number;
}

/** What a form belongs to, for its `$id`: `urn:civic:form:venture-call:<id>:v3`. */
export interface FormOwner {
  owner: 'lottery-programme' | 'venture-call' | 'incubation-cohort' | 'purchase-project';
  id: string;
  version: number;
}

// rule R17 (and R16, R20, R25): the id of one version of one owner's form.
export function formId(owner: FormOwner): string {
  return `urn:civic:form:${owner.owner}:${owner.id}:v${owner.version}`;
}

/** The JSON Schema of a checked form (checkForm first) (rule R16, rule R17, rule R20, rule R25). */
export function formSchema(form: FormDefinition, owner: FormOwner): FormSchema {
  return {
    $schema: FORM_SCHEMA_DIALECT,
    $id: formId(owner),
    type: 'object',
    additionalProperties: false,
    required: form.questions.filter((q) => q.required).map((q) => q.key),
    properties: Object.fromEntries(form.questions.map((q) => [q.key, questionSchema(q)])),
    'x-order': form.questions.map((q) => q.key),
    'x-version': owner.version,
  };
}

/** An empty form: no questions, so no answer is accepted (rule R16, rule R17, rule R20, rule R25). */
export function emptyFormSchema(owner: FormOwner): FormSchema {
  return formSchema({ questions: [] }, owner);
}

function labels(label: Bilingual, help?: Bilingual): Partial<PropertySchema> {
  return {
    title: label.zh,
    'x-title-en': label.en,
    ...(help && (help.zh || help.en) ? { description: help.zh, 'x-help-en': help.en } : {}),
  };
}

function scalarSchema(kind: ColumnKind, q?: Question): PropertySchema {
  switch (kind) {
    case 'TEXT':
      return {
        type: 'string',
        'x-kind': 'TEXT',
        maxLength: q?.maxLength ?? FORM_LIMITS.textLength,
        // An answer that is only spaces is no answer.
        ...(q === undefined || q.required ? { minLength: 1, pattern: '\\S' } : {}),
      };
    case 'NUMBER':
      return {
        type: 'number',
        'x-kind': 'NUMBER',
        ...(q?.min !== undefined ? { minimum: q.min } : {}),
        ...(q?.max !== undefined ? { maximum: q.max } : {}),
      };
    case 'YUAN':
      // Money is integer fen (R19's tranches, R28's payments): an amount never holds a fraction.
      return {
        type: 'integer',
        'x-kind': 'YUAN',
        minimum: q?.min ?? 0,
        maximum: q?.max ?? FORM_LIMITS.yuanMaxFen,
      };
    case 'DATE':
      return { type: 'string', 'x-kind': 'DATE', format: 'date' };
  }
}

function columnSchema(c: TableColumn): PropertySchema {
  return { ...scalarSchema(c.kind), ...labels(c.label) };
}

function questionSchema(q: Question): PropertySchema {
  const head = labels(q.label, q.help);
  switch (q.kind) {
    case 'TEXT':
    case 'NUMBER':
    case 'YUAN':
    case 'DATE':
      return { ...scalarSchema(q.kind, q), ...head };
    case 'YES_NO':
      return { type: 'boolean', 'x-kind': 'YES_NO', ...head };
    case 'CHOICE':
      return {
        type: 'string',
        'x-kind': 'CHOICE',
        enum: (q.options ?? []).map((o) => o.value),
        'x-options': (q.options ?? []).map((o) => ({ value: o.value, label: o.label })),
        ...head,
      };
    case 'TABLE': {
      const columns = q.columns ?? [];
      return {
        type: 'array',
        'x-kind': 'TABLE',
        minItems: q.required ? 1 : 0,
        maxItems: FORM_LIMITS.tableRows,
        items: {
          type: 'object',
          additionalProperties: false,
          required: columns.map((c) => c.key),
          properties: Object.fromEntries(columns.map((c) => [c.key, columnSchema(c)])),
        },
        'x-columns': columns.map((c) => c.key),
        ...head,
      };
    }
  }
}

function bilingual(zh: string | undefined, en: string | undefined): Bilingual {
  return { zh: zh ?? '', en: en ?? '' };
}

/**
 * The questions of a stored form, in order: what the admin UI renders and the builder edits
 * (rule R16, rule R17, rule R20, rule R25).
 */
export function formQuestions(schema: FormSchema | null | undefined): Question[] {
  if (!schema) return [];
  const required = new Set(schema.required);
  return schema['x-order'].map((key) => {
    const p = schema.properties[key];
    const q: Question = {
      key,
      kind: p['x-kind'],
      label: bilingual(p.title, p['x-title-en']),
      required: required.has(key),
    };
    if (p.description !== undefined || p['x-help-en'] !== undefined) {
      q.help = bilingual(p.description, p['x-help-en']);
    }
    if (p['x-kind'] === 'TEXT' && p.maxLength !== FORM_LIMITS.textLength) q.maxLength = p.maxLength;
    if (p['x-kind'] === 'NUMBER') {
      if (p.minimum !== undefined) q.min = p.minimum;
      if (p.maximum !== undefined) q.max = p.maximum;
    }
    if (p['x-kind'] === 'YUAN') {
      if (p.minimum !== 0) q.min = p.minimum;
      if (p.maximum !== FORM_LIMITS.yuanMaxFen) q.max = p.maximum;
    }
    if (p['x-kind'] === 'CHOICE') q.options = p['x-options'] ?? [];
    if (p['x-kind'] === 'TABLE' && p.items) {
      const cols = p.items.properties;
      q.columns = (p['x-columns'] ?? []).map((c) => ({
        key: c,
        kind: cols[c]['x-kind'] as ColumnKind,
        label: bilingual(cols[c].title, cols[c]['x-title-en']),
      }));
    }
    return q;
  });
}
