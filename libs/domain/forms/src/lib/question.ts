/**
 * Forms without code (issue #17): the questions a lottery programme, venture call, incubation
 * cohort or purchase project adds to its fixed application fields. An officer builds them; the
 * platform stores them as a versioned JSON Schema (form-schema.ts) and checks every answer
 * against it.
 */
export const QUESTION_KINDS = Object.freeze([
  'TEXT',
  'NUMBER',
  'YUAN',
  'DATE',
  'CHOICE',
  'TABLE',
  'YES_NO',
] as const);

export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** The kinds a table's column may take: one value per cell. */
export const COLUMN_KINDS = Object.freeze(['TEXT', 'NUMBER', 'YUAN', 'DATE'] as const);

export type ColumnKind = (typeof COLUMN_KINDS)[number];

/** A label or help text in both of the platform's languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

export interface QuestionOption {
  value: string;
  label: Bilingual;
}

export interface TableColumn {
  key: string;
  kind: ColumnKind;
  label: Bilingual;
}

/**
 * One question. Its answer is stored under `key`: text, a number, an amount in fen (YUAN: money
 * is integer fen, the UI asks in yuan), an ISO date, one option's value, rows of a table, or
 * yes/no.
 */
export interface Question {
  key: string;
  kind: QuestionKind;
  label: Bilingual;
  help?: Bilingual;
  required: boolean;
  /** CHOICE: the options, at least two. */
  options?: QuestionOption[];
  /** TABLE: the columns, at least one. */
  columns?: TableColumn[];
  /** TEXT: the longest answer in characters (default 2,000). */
  maxLength?: number;
  /** NUMBER and YUAN (in fen): the smallest and largest answer allowed. */
  min?: number;
  max?: number;
}

export interface FormDefinition {
  questions: Question[];
}

/** The limits of a form, so that a form stays a form and an answer stays small. */
export const FORM_LIMITS = Object.freeze({
  questions: 50,
  options: 30,
  columns: 10,
  tableRows: 100,
  textLength: 2000,
  labelLength: 200,
  helpLength: 500,
  /** The largest amount a YUAN answer may hold: 100 million yuan, in fen. */
  yuanMaxFen: 10_000_000_000,
});

/** Keys of questions, options and columns: a letter, then letters, digits and underscores. */
export const KEY_PATTERN = /^[a-z][a-zA-Z0-9_]{0,39}$/;

/** Names a JavaScript object already carries: never a key, so an answer cannot reach a prototype. */
export const RESERVED_KEYS: readonly string[] = Object.freeze(
  Object.getOwnPropertyNames(Object.prototype),
);

// rule R17 (and R16, R20, R25): a question kind from outside (JSON, a form builder).
export function isQuestionKind(value: unknown): value is QuestionKind {
  return typeof value === 'string' && (QUESTION_KINDS as readonly string[]).includes(value);
}

/** One stored answer: text, a number (fen for an amount), yes/no, or a table's rows. */
export type AnswerValue = string | number | boolean | Record<string, string | number>[];

/** An application's answers, keyed by question. */
export type FormAnswers = Record<string, AnswerValue>;
