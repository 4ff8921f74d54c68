import { formulaSafe } from '@civic/domain/spreadsheet';
import { type ExportLanguage, type LabelMaps, say, type Words } from './export-column';

/** The query fields an export reads everything of, not filters: it pages by itself. */
export type PagingKey = 'page' | 'pageSize';

/** How a filter is worded: its name and, for codes, their labels (or a function for the value). */
export interface FilterWords {
  name: Words;
  labels?: LabelMaps;
  /** The value in words; `rows` are the export's first page, which may name what an id is. */
  describe?: (value: unknown, lang: ExportLanguage, rows: readonly unknown[]) => string;
}

/**
 * Every filter a list's query takes, worded: required key by key, so a filter added to the query
 * without words does not compile, and no export's filter line shows a field name or a code.
 */
export type ExportFilters<Q> = { [K in Exclude<keyof Q, PagingKey> & string]-?: FilterWords };

const NONE: Words = { zh: '全部（未筛选）', en: 'All (no filter)' };

function valueText(
  words: FilterWords,
  value: unknown,
  lang: ExportLanguage,
  rows: readonly unknown[],
): string {
  if (words.describe) return words.describe(value, lang, rows);
  const map = words.labels && (lang === 'en' ? words.labels.en : words.labels.zh);
  if (map && typeof value === 'string') return map[value] ?? value;
  if (typeof value === 'boolean')
    return lang === 'en' ? (value ? 'yes' : 'no') : value ? '是' : '否';
  return String(value);
}

/**
 * The filters a list was exported with, in words and in the export's language (issue #18):
 * `层级：登记；名称包含：邻里`, or `全部（未筛选）` without any. Formula-safe, as the value may be
 * anything a user typed (issue #15).
 */
export function filterText<Q extends object>(
  filters: ExportFilters<Q>,
  query: Partial<Q>,
  lang: ExportLanguage,
  rows: readonly unknown[] = [],
): string {
  const colon = lang === 'en' ? ': ' : '：';
  const parts = Object.entries(filters as Record<string, FilterWords>).flatMap(([key, words]) => {
    const value = (query as Record<string, unknown>)[key];
    if (value === undefined || value === null || value === '') return [];
    return [`${say(words.name, lang)}${colon}${valueText(words, value, lang, rows)}`];
  });
  return formulaSafe(
    parts.length === 0 ? say(NONE, lang) : parts.join(lang === 'en' ? '; ' : '；'),
  );
}

/** A filter named in both languages: `filter('状态', 'Status', labels(…))`. */
export const filter = (zh: string, en: string, labelMaps?: LabelMaps): FilterWords => ({
  name: { zh, en },
  ...(labelMaps ? { labels: labelMaps } : {}),
});

/**
 * A filter by the id of a parent (a programme, a cohort), worded by the parent's name as the
 * exported rows carry it: `资助计划：2026 年社区居家养老服务补助`; the id when no row names it.
 */
export function filterById<T>(
  zh: string,
  en: string,
  idOf: (row: T) => string | undefined,
  nameOf: (row: T) => string,
): FilterWords {
  return {
    name: { zh, en },
    describe: (id, _lang, rows) => {
      const row = (rows as readonly T[]).find((r) => idOf(r) === id);
      return row ? nameOf(row) : String(id);
    },
  };
}

/**
 * A list's sort in words (`sortValues`: a field, `-` first for descending):
 * `排序：优先加分（从高到低）`, `Sorted by: priority bonus (descending)`.
 */
export function sortFilter(fields: Readonly<Record<string, Words>>): FilterWords {
  return {
    name: { zh: '排序', en: 'Sorted by' },
    describe: (value, lang) => {
      const sort = String(value);
      const descending = sort.startsWith('-');
      const field = fields[descending ? sort.slice(1) : sort];
      const name = field ? say(field, lang) : sort;
      if (lang === 'en') return `${name} (${descending ? 'descending' : 'ascending'})`;
      return `${name}（${descending ? '从高到低' : '从低到高'}）`;
    },
  };
}
