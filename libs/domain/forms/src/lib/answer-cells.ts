import { formatYuan } from '@civic/domain/money';
import { type FormSchema, formQuestions } from './form-schema';
import type { Question, TableColumn } from './question';

export type FormLanguage = 'zh' | 'en';

/** One exported cell: numbers stay numbers so that Excel sums them; amounts are in yuan. */
export type AnswerCell = string | number | boolean | null;

const YES_NO: Record<FormLanguage, [string, string]> = { zh: ['是', '否'], en: ['Yes', 'No'] };

/** The column headers of a form's answers in an export, in question order (rule R17, R20, R23). */
export function answerHeaders(schema: FormSchema | null | undefined, lang: FormLanguage): string[] {
  return formQuestions(schema).map((q) => answerHeader(q, lang));
}

/** One question's column header in an export: its label, or its key when unlabelled (rule R17). */
export function answerHeader(q: Question, lang: FormLanguage): string {
  return q.label[lang] || q.key;
}

/**
 * One application's answers as export cells, in question order (issue #17: the added questions
 * are in the exports). Amounts are yuan as numbers (fen / 100), a choice shows its label, yes/no
 * a word, a table one line per row; an unanswered question is an empty cell. rule R26: yuan
 * from integer fen.
 */
export function answerCells(
  schema: FormSchema | null | undefined,
  answers: Record<string, unknown> | null | undefined,
  lang: FormLanguage,
): AnswerCell[] {
  return formQuestions(schema).map((q) => answerCell(q, answers?.[q.key], lang));
}

/** One answer as an export cell, as `answerCells` words it (rule R26: yuan from integer fen). */
export function answerCell(q: Question, value: unknown, lang: FormLanguage): AnswerCell {
  if (value === undefined || value === null) return null;
  switch (q.kind) {
    case 'YUAN':
      return typeof value === 'number' ? value / 100 : null;
    case 'NUMBER':
      return typeof value === 'number' ? value : null;
    case 'YES_NO':
      return value === true ? YES_NO[lang][0] : value === false ? YES_NO[lang][1] : null;
    case 'CHOICE': {
      const option = q.options?.find((o) => o.value === value);
      return option ? option.label[lang] || option.value : String(value);
    }
    case 'TABLE':
      return Array.isArray(value)
        ? value.map((row) => tableRow(q.columns ?? [], row, lang)).join('\n')
        : null;
    default:
      return String(value);
  }
}

function tableRow(columns: TableColumn[], row: unknown, lang: FormLanguage): string {
  const r = (row ?? {}) as Record<string, unknown>;
  return columns
    .map((c) => {
      const v = r[c.key];
      const shown = c.kind === 'YUAN' && typeof v === 'number' ? formatYuan(v) : String(v ?? '');
      return `${c.label[lang] || c.key}: ${shown}`;
    })
    .join('; ');
}

/**
 * Answers as stored: an answer left empty (null, blank text, no rows) is no answer, so a draft
 * may hold blanks and a submission is told which required question is unanswered. Anything but
 * a plain object is returned as it is, for the check to refuse (rule R17, rule R20).
 */
export function compactAnswers(answers: unknown): unknown {
  if (answers === undefined || answers === null) return {};
  if (typeof answers !== 'object' || Array.isArray(answers)) return answers;
  return Object.fromEntries(
    Object.entries(answers as Record<string, unknown>).filter(
      ([, v]) =>
        v !== null &&
        !(typeof v === 'string' && v.trim() === '') &&
        !(Array.isArray(v) && v.length === 0),
    ),
  );
}
