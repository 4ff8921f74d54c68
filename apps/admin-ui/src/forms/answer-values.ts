import {
  type Bilingual,
  compactAnswers,
  type FormLanguage,
  type QuestionOption,
} from '@civic/domain/forms';
import { fenToYuan, formatYuan, isFen, yuanToFen } from '@civic/domain/money';
import dayjs, { type Dayjs } from 'dayjs';

/** The language of the labels to show: English when the UI is, Chinese otherwise. */
export function formLanguage(language: string | undefined): FormLanguage {
  return language?.startsWith('en') ? 'en' : 'zh';
}

/** A label in the UI language, the other one when it has none, else the fallback (a key). */
export function labelIn(
  text: Partial<Bilingual> | undefined,
  lang: FormLanguage,
  fallback = '',
): string {
  return text?.[lang] || text?.zh || text?.en || fallback;
}

/**
 * The answers of a parent form's values (`values.answers`), as an application sends them:
 * answers left empty (blank text, no rows, cleared) are left out (compactAnswers; R17, R20).
 */
export function answersFromForm(values: { answers?: unknown } | null | undefined) {
  const answers = compactAnswers(values?.answers);
  return (typeof answers === 'object' && answers !== null ? answers : {}) as Record<
    string,
    unknown
  >;
}

/**
 * A yuan amount typed, as integer fen (R26): undefined when blank, NaN while it is not an amount
 * (more than two decimals, letters, negative), so that a rule can say so.
 */
export function yuanTextToFen(text: string | undefined): number | undefined {
  const trimmed = text?.trim() ?? '';
  if (trimmed === '') return undefined;
  try {
    return yuanToFen(trimmed);
  } catch {
    return Number.NaN;
  }
}

/** Fen shown in an input, in yuan with two decimals ('' for no amount). */
export function fenToYuanText(fen: unknown): string {
  return isFen(fen) ? fenToYuan(fen) : '';
}

/** Whether an amount held by a yuan input is one: blank, or integer fen. */
export function isAmount(value: unknown): boolean {
  return value === undefined || value === null || isFen(value);
}

const DATE = 'YYYY-MM-DD';

/** A DATE answer ('YYYY-MM-DD') for a date picker. */
export function dateOf(value: unknown): Dayjs | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const day = dayjs(value);
  return day.isValid() && day.format(DATE) === value ? day : undefined;
}

/** A date picked, as a DATE answer: 'YYYY-MM-DD', or undefined when cleared. */
export function isoDate(day: Dayjs | null | undefined): string | undefined {
  return day ? day.format(DATE) : undefined;
}

/** What one answer (or table cell) reads as, for AnswersView: null when unanswered (R17). */
export function answerText(
  kind: string,
  value: unknown,
  lang: FormLanguage,
  words: { yes: string; no: string; yuan: (amount: string) => string },
  options?: readonly QuestionOption[],
): string | null {
  if (value === undefined || value === null || value === '') return null;
  switch (kind) {
    case 'YUAN':
      return isFen(value) ? words.yuan(formatYuan(value)) : String(value);
    case 'YES_NO':
      return value === true ? words.yes : value === false ? words.no : String(value);
    case 'CHOICE': {
      const option = options?.find((o) => o.value === value);
      return option ? labelIn(option.label, lang, option.value) : String(value);
    }
    case 'NUMBER':
      return typeof value === 'number'
        ? value.toLocaleString(lang === 'en' ? 'en' : 'zh-CN')
        : String(value);
    default:
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}

/** The rows of a TABLE answer, each a record (anything else in the array is skipped). */
export function tableRows(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value)
    ? value.filter((row): row is Record<string, unknown> => typeof row === 'object' && row !== null)
    : [];
}
