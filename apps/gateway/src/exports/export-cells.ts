import { formulaSafe } from '@civic/domain/spreadsheet';
import {
  type ColumnKind,
  type ExportColumn,
  type ExportLanguage,
  type LabelMaps,
  say,
} from './export-column';

/** Excel number formats: yuan with two decimals (R26), whole numbers, dates (Beijing time). */
export const FORMATS = {
  yuan: '#,##0.00',
  integer: '#,##0',
  decimal: '#,##0.00',
  day: 'yyyy-mm-dd',
  instant: 'yyyy-mm-dd hh:mm:ss',
} as const;

/** Column widths by kind, in characters, unless a column names its own. */
export const DEFAULT_WIDTHS: Readonly<Record<ColumnKind, number>> = {
  text: 22,
  yuan: 16,
  integer: 10,
  decimal: 10,
  date: 20,
  enum: 14,
  boolean: 8,
};

/** A cell as written: its value (null: empty) and, for numbers and dates, its format. */
export interface Cell {
  value: string | number | Date | null;
  numFmt?: string;
}

const EMPTY: Cell = { value: null };
const BEIJING_OFFSET_MS = 8 * 3_600_000;
const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The wall clock in Beijing (UTC+8 all year) of an instant, as a Date whose UTC fields read it:
 * Excel dates carry no zone, and exceljs writes a Date's UTC fields, so the cell shows Beijing
 * time whatever the server's zone.
 */
export function beijingWallClock(at: Date): Date {
  return new Date(at.getTime() + BEIJING_OFFSET_MS);
}

/** `2026-11-25 14:03:22`, the instant in Beijing time. */
export function beijingTimeText(at: Date): string {
  return beijingWallClock(at).toISOString().slice(0, 19).replace('T', ' ');
}

function dateCell(value: string | Date, header: string): Cell {
  if (typeof value === 'string') {
    const day = CALENDAR_DAY.exec(value);
    if (day) {
      // A calendar day (a deadline, a contract's start) is a day, not an instant: no shift.
      const [, y, m, d] = day.map(Number);
      return { value: new Date(Date.UTC(y, m - 1, d)), numFmt: FORMATS.day };
    }
  }
  const at = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(at.getTime())) throw new RangeError(`${header}: not a date: ${String(value)}`);
  return { value: beijingWallClock(at), numFmt: FORMATS.instant };
}

function enumText(codes: string | readonly string[], maps: LabelMaps, lang: ExportLanguage) {
  const map = lang === 'en' ? maps.en : maps.zh;
  // Every code a view can hold has a label (the maps are typed by the domain's code unions); a
  // code the maps do not know yet is shown as it is rather than dropped.
  const label = (code: string) => map[code] ?? code;
  return typeof codes === 'string'
    ? label(codes)
    : codes.map(label).join(lang === 'en' ? ', ' : '、');
}

/**
 * rule R26 and issue #18: a row's cell in a column. Money arrives as integer fen and leaves as a
 * number of yuan (fen / 100) in a yuan format, so Excel can sum it; a fen that is not a safe
 * integer is refused rather than written wrong. Text is formula-safe (issue #15): a cell starting
 * with = + - @ TAB or CR gets a leading `'`. Codes become their labels.
 */
export function cellOf<T>(column: ExportColumn<T>, row: T, lang: ExportLanguage): Cell {
  const header = column.header.zh;
  switch (column.kind) {
    case 'text': {
      const value = column.value(row);
      if (typeof value === 'number') return { value };
      const text = typeof value === 'object' && value !== null ? say(value, lang) : value;
      return text ? { value: formulaSafe(text) } : EMPTY;
    }
    case 'yuan': {
      const fen = column.value(row);
      if (fen === null || fen === undefined) return EMPTY;
      if (!Number.isSafeInteger(fen)) {
        throw new RangeError(`${header}: amounts are integer fen (rule R26), not ${fen}`);
      }
      return { value: fen / 100, numFmt: FORMATS.yuan };
    }
    case 'integer':
    case 'decimal': {
      const value = column.value(row);
      if (value === null || value === undefined) return EMPTY;
      return { value, numFmt: FORMATS[column.kind] };
    }
    case 'date': {
      const value = column.value(row);
      return value === null || value === undefined || value === ''
        ? EMPTY
        : dateCell(value, header);
    }
    case 'enum': {
      const codes = column.value(row);
      return codes === null || codes === undefined
        ? EMPTY
        : { value: formulaSafe(enumText(codes, column.labels, lang)) };
    }
    case 'boolean': {
      const value = column.value(row);
      if (value === null || value === undefined) return EMPTY;
      return { value: lang === 'en' ? (value ? 'Yes' : 'No') : value ? '是' : '否' };
    }
  }
}
