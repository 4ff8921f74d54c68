/** The language of an export: its title, headers, filter line and labels (`lang`, issue #18). */
export const EXPORT_LANGUAGES = ['zh-CN', 'en'] as const;
export type ExportLanguage = (typeof EXPORT_LANGUAGES)[number];

/** A phrase in both languages. */
export interface Words {
  zh: string;
  en: string;
}

/** A code's labels in both languages, from libs/domain's `*_LABELS_ZH` / `*_LABELS_EN` maps. */
export interface LabelMaps {
  zh: Readonly<Record<string, string>>;
  en: Readonly<Record<string, string>>;
}

/**
 * How a column's cells are written (issue #18):
 * - text: formula-safe (issue #15); a message in both languages is written in the export's;
 * - yuan: integer fen (R26) written as a number of yuan in a `#,##0.00` format, so Excel sums it;
 * - integer / decimal: numbers;
 * - date: a real date cell in Beijing time (an instant) or the calendar day it names;
 * - enum: the code's label from libs/domain, never the code; a list of codes joined;
 * - boolean: 是/否 (Yes/No).
 */
export type ColumnKind = 'text' | 'yuan' | 'integer' | 'decimal' | 'date' | 'enum' | 'boolean';

type Maybe<V> = V | null | undefined;

interface ColumnBase {
  header: Words;
  /** Characters; each kind has a default. */
  width?: number;
}

export type ExportColumn<T> = ColumnBase &
  (
    | { kind: 'text'; value: (row: T) => Maybe<string | number | Words> }
    | { kind: 'yuan' | 'integer' | 'decimal'; value: (row: T) => Maybe<number> }
    | { kind: 'date'; value: (row: T) => Maybe<string | Date> }
    | { kind: 'enum'; labels: LabelMaps; value: (row: T) => Maybe<string | readonly string[]> }
    | { kind: 'boolean'; value: (row: T) => Maybe<boolean> }
  );

/**
 * The column makers for rows of type T, so that a list's columns read as a table:
 *
 *   const c = columnsOf<OrganizationView>();
 *   [c.text('名称', 'Name', (o) => o.name, 30), c.yuan('注册资金（元）', …, (o) => o.registeredFundsFen)]
 */
export function columnsOf<T>() {
  const words = (zh: string, en: string): Words => ({ zh, en });
  return {
    text: (
      zh: string,
      en: string,
      value: (row: T) => Maybe<string | number | Words>,
      width?: number,
    ) => ({ header: words(zh, en), kind: 'text', value, width }) as ExportColumn<T>,
    yuan: (zh: string, en: string, value: (row: T) => Maybe<number>, width?: number) =>
      ({ header: words(zh, en), kind: 'yuan', value, width }) as ExportColumn<T>,
    integer: (zh: string, en: string, value: (row: T) => Maybe<number>, width?: number) =>
      ({ header: words(zh, en), kind: 'integer', value, width }) as ExportColumn<T>,
    decimal: (zh: string, en: string, value: (row: T) => Maybe<number>, width?: number) =>
      ({ header: words(zh, en), kind: 'decimal', value, width }) as ExportColumn<T>,
    date: (zh: string, en: string, value: (row: T) => Maybe<string | Date>, width?: number) =>
      ({ header: words(zh, en), kind: 'date', value, width }) as ExportColumn<T>,
    enum: (
      zh: string,
      en: string,
      labels: LabelMaps,
      value: (row: T) => Maybe<string | readonly string[]>,
      width?: number,
    ) => ({ header: words(zh, en), kind: 'enum', labels, value, width }) as ExportColumn<T>,
    boolean: (zh: string, en: string, value: (row: T) => Maybe<boolean>, width?: number) =>
      ({ header: words(zh, en), kind: 'boolean', value, width }) as ExportColumn<T>,
  };
}

/** A label map pair, as the column and filter definitions take it. */
export const labels = (
  zh: Readonly<Record<string, string>>,
  en: Readonly<Record<string, string>>,
): LabelMaps => ({ zh, en });

/** The phrase in the export's language. */
export const say = (words: Words, lang: ExportLanguage): string =>
  lang === 'en' ? words.en : words.zh;
