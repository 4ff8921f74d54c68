import {
  type Bilingual,
  checkForm,
  type ColumnKind,
  type FormDefinition,
  type FormLanguage,
  type FormSchema,
  formSchema,
  type FormViolation,
  type Question,
  type QuestionKind,
} from '@civic/domain/forms';
import { fieldPath, samePath } from './field-paths';

/** A label as typed: either language may still be missing. */
export type BilingualRow = Partial<Bilingual>;

export interface OptionRow {
  value?: string;
  label?: BilingualRow;
}

export interface ColumnRow {
  key?: string;
  kind?: ColumnKind;
  label?: BilingualRow;
}

/**
 * One question as the builder holds it (`questions[i]` of its form): a Question while it is typed,
 * any part possibly missing. `min`/`max` are numbers for NUMBER and fen for YUAN (entered in
 * yuan, R26); NaN while a yuan amount typed is not one.
 */
export interface QuestionRow {
  key?: string;
  kind?: QuestionKind;
  label?: BilingualRow;
  help?: BilingualRow;
  required?: boolean;
  options?: (OptionRow | undefined)[];
  columns?: (ColumnRow | undefined)[];
  maxLength?: number | null;
  min?: number | null;
  max?: number | null;
}

export interface BuilderValues {
  questions?: (QuestionRow | undefined)[];
}

/** The first `<prefix><n>` not taken, from n = the count + 1: q1, q2… (keys of R17's forms). */
export function nextKey(prefix: string, taken: readonly (string | undefined)[]): string {
  const used = new Set(taken);
  let n = taken.length + 1;
  while (used.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

const blank = (): Bilingual => ({ zh: '', en: '' });

export function newQuestion(takenKeys: readonly (string | undefined)[]): QuestionRow {
  return {
    key: nextKey('q', takenKeys),
    kind: 'TEXT',
    label: blank(),
    help: blank(),
    required: false,
  };
}

export function newOption(takenValues: readonly (string | undefined)[]): OptionRow {
  return { value: nextKey('o', takenValues), label: blank() };
}

export function newColumn(takenKeys: readonly (string | undefined)[]): ColumnRow {
  return { key: nextKey('c', takenKeys), kind: 'TEXT', label: blank() };
}

/**
 * What changes with a question's kind: the bounds go (a number's are not an amount's fen), a
 * choice starts with two options and a table with one column when they have none.
 */
export function kindChange(kind: QuestionKind, row: QuestionRow | undefined): Partial<QuestionRow> {
  const change: Partial<QuestionRow> = { min: undefined, max: undefined, maxLength: undefined };
  if (kind === 'CHOICE' && !(row?.options?.length ?? 0)) {
    const first = newOption([]);
    change.options = [first, newOption([first.value])];
  }
  if (kind === 'TABLE' && !(row?.columns?.length ?? 0)) change.columns = [newColumn([])];
  return change;
}

const bilingual = (row: BilingualRow | undefined): Bilingual => ({
  zh: (row?.zh ?? '').trim(),
  en: (row?.en ?? '').trim(),
});

const isNumber = (value: unknown): value is number => typeof value === 'number';

/**
 * A row as the question PUT …/form sends: only the parts its kind has, texts trimmed, an empty
 * help left out (rule R17, and R16, R20, R25 for the other programmes' applications).
 */
export function toQuestion(row: QuestionRow | undefined): Question {
  const r = row ?? {};
  const kind = r.kind ?? 'TEXT';
  const q: Question = {
    key: (r.key ?? '').trim(),
    kind,
    label: bilingual(r.label),
    required: r.required === true,
  };
  const help = bilingual(r.help);
  if (help.zh || help.en) q.help = help;
  if (kind === 'CHOICE') {
    q.options = (r.options ?? []).map((o) => ({
      value: (o?.value ?? '').trim(),
      label: bilingual(o?.label),
    }));
  }
  if (kind === 'TABLE') {
    q.columns = (r.columns ?? []).map((c) => ({
      key: (c?.key ?? '').trim(),
      kind: c?.kind ?? 'TEXT',
      label: bilingual(c?.label),
    }));
  }
  if (kind === 'TEXT' && isNumber(r.maxLength)) q.maxLength = r.maxLength;
  if (kind === 'NUMBER' || kind === 'YUAN') {
    if (isNumber(r.min)) q.min = r.min;
    if (isNumber(r.max)) q.max = r.max;
  }
  return q;
}

export function toFormDefinition(values: BuilderValues | undefined): FormDefinition {
  return { questions: (values?.questions ?? []).map(toQuestion) };
}

/** Stored questions as the builder's rows, copied so that editing never touches them. */
export function questionRows(questions: readonly Question[]): QuestionRow[] {
  return questions.map((q) => ({
    ...q,
    label: { ...q.label },
    help: q.help ? { ...q.help } : blank(),
    options: q.options?.map((o) => ({ value: o.value, label: { ...o.label } })),
    columns: q.columns?.map((c) => ({ key: c.key, kind: c.kind, label: { ...c.label } })),
  }));
}

/** What checkForm says about the questions typed (rule R17: a form the platform can check). */
export function builderViolations(values: BuilderValues | undefined): FormViolation[] {
  const check = checkForm(toFormDefinition(values));
  return check.ok ? [] : check.violations;
}

/** The words of the violations on one item (`['questions', 2, 'options']`), in the UI language. */
export function messagesAt(
  violations: readonly FormViolation[],
  path: readonly (string | number)[],
  lang: FormLanguage,
): string[] {
  return violations
    .filter((v) => samePath(fieldPath(v.field), path))
    .map((v) => (lang === 'en' ? v.message : v.messageZh));
}

/** The form the applicants would see, or null while the questions do not make one (R17). */
export function previewSchema(values: BuilderValues | undefined): FormSchema | null {
  const form = toFormDefinition(values);
  if (form.questions.length === 0 || !checkForm(form).ok) return null;
  return formSchema(form, { owner: 'venture-call', id: 'preview', version: 0 });
}
