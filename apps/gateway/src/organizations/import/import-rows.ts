import {
  type FieldViolation,
  nestedShapeViolations,
  PayloadValidationError,
  RegisterOrganizationDto,
  validatePlain,
} from '@civic/contracts';
import { startsFormula } from '@civic/domain/spreadsheet';
import { plainToInstance } from 'class-transformer';
import { columnOfField } from './import-column-lookup';
import type { ImportColumn, ImportOptions } from './import-columns';

/**
 * Pure (issue #18): a worksheet row's cells become the body `POST /v1/organizations` takes, and
 * are checked by the same class-validator rules as that route (RegisterOrganizationDto through
 * validatePlain, which the registry itself runs on every registration). Every broken rule names
 * its column (the header) and the registration field; nothing here reads or writes anything.
 */

/** One broken rule of a row, before it is worded in the reader's language. */
export interface RowViolation extends FieldViolation {
  /** The column header (empty when no column holds the field). */
  column: string;
}

/** A row as the registration's body, and what was wrong reading its cells. */
export interface MappedRow {
  plain: Record<string, unknown>;
  errors: RowViolation[];
}

/** What the import looks up in Guangxi's divisions (gateway/src/divisions): names and codes. */
export interface DivisionLookup {
  countyName(code: string): string | undefined;
  streetName(code: string): string | undefined;
  communityName(code: string): string | undefined;
  countyCodes(name: string): string[];
  streetCodes(countyCode: string, name: string): string[];
  communityCodes(streetCode: string, name: string): string[];
}

/** Splits a cell holding several values: 、 , ， ; ； or line breaks. */
const SEPARATORS = /[、,，;；\n\r]+/;

/**
 * A cell's value as text, whatever exceljs read: a number, a date, rich text, a hyperlink, or a
 * formula (its last computed result; a formula is never run). An export's formula escape (a `'`
 * before `=`, `+`, `-`, `@`, issue #15) is taken off again.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') {
    const text = value.trim();
    return text.startsWith("'") && startsFormula(text.slice(1)) ? text.slice(1) : text;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const cell = value as {
      richText?: { text: string }[];
      text?: unknown;
      result?: unknown;
      formula?: unknown;
      error?: unknown;
    };
    if (Array.isArray(cell.richText)) return cellText(cell.richText.map((r) => r.text).join(''));
    if ('formula' in cell || 'sharedFormula' in cell) return cellText(cell.result);
    if (cell.text !== undefined) return cellText(cell.text);
  }
  return '';
}

/** Whether a row holds nothing at all (trailing rows of a sheet): it is skipped, not reported. */
export function isBlankRow(cells: ReadonlyMap<ImportColumn, unknown>): boolean {
  return [...cells.values()].every((value) => cellText(value) === '');
}

function violation(
  column: ImportColumn,
  rule: string,
  message: string,
  messageZh: string,
): RowViolation {
  return { column: column.header, field: column.field, rule, message, messageZh };
}

function choices(options: ImportOptions): string {
  return Object.values(options.zh).join('、');
}

/** A code from its Chinese label, its English label or the code itself (any case). */
export function codeOf(text: string, options: ImportOptions): string | undefined {
  const wanted = text.trim().toLowerCase();
  for (const [code, zh] of Object.entries(options.zh)) {
    if (zh.toLowerCase() === wanted || code.toLowerCase() === wanted) return code;
    if (options.en?.[code]?.toLowerCase() === wanted) return code;
  }
  return undefined;
}

const YES = new Set(['是', 'true', 'yes', 'y', '1', '√', '✓']);
const NO = new Set(['否', 'false', 'no', 'n', '0', '×', '✗']);

/** rule R26: yuan as written (a number, or text such as "1,500.00 元") in integer fen. */
export function fenOfYuan(value: unknown): number | 'notNumber' | 'cents' {
  let yuan: number;
  if (typeof value === 'number') yuan = value;
  else {
    const text = cellText(value).replace(/[,，\s元¥￥]/g, '');
    if (!/^-?\d+(\.\d+)?$/.test(text)) return 'notNumber';
    yuan = Number(text);
  }
  if (!Number.isFinite(yuan)) return 'notNumber';
  const fen = Math.round(yuan * 100);
  if (Math.abs(yuan * 100 - fen) > 1e-6) return 'cents';
  return Number.isSafeInteger(fen) ? fen : 'notNumber';
}

/** 'YYYY-MM' from 2026-9, 2026/09, 2026.09, 2026年9月, or a date; anything else as written. */
export function monthOf(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 7);
  const text = cellText(value);
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(text);
  return match ? `${match[1]}-${match[2].padStart(2, '0')}` : text;
}

/** Sets `leaders.0.name` in a plain object, making the objects and lists on the way. */
function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node: Record<string, unknown> = target;
  keys.slice(0, -1).forEach((key, i) => {
    if (node[key] === undefined) node[key] = /^\d+$/.test(keys[i + 1]) ? [] : {};
    node = node[key] as Record<string, unknown>;
  });
  node[keys[keys.length - 1]] = value;
}

/** One cell's value for the registration, or a violation of how it is written. */
function valueOf(column: ImportColumn, raw: unknown): { value?: unknown; error?: RowViolation } {
  const text = cellText(raw);
  if (text === '') return {};
  switch (column.kind) {
    case 'text':
      return { value: text };
    case 'code': {
      if (typeof raw === 'number' && !Number.isSafeInteger(raw)) {
        return {
          error: violation(
            column,
            'textCell',
            `${column.header}: a number this long loses digits in Excel; enter it as text`,
            `${column.header}过长，Excel 按数字保存会丢失位数，请以文本格式填写`,
          ),
        };
      }
      return { value: text.replace(/\s/g, '').toUpperCase() };
    }
    case 'integer': {
      const n = typeof raw === 'number' ? raw : /^-?\d+$/.test(text) ? Number(text) : NaN;
      if (!Number.isSafeInteger(n)) {
        return {
          error: violation(
            column,
            'isInt',
            `${column.header} must be a whole number, not "${text}"`,
            `${column.header}须为整数，「${text}」不是`,
          ),
        };
      }
      return { value: n };
    }
    case 'yuan': {
      const fen = fenOfYuan(raw);
      if (fen === 'notNumber') {
        return {
          error: violation(
            column,
            'isNumber',
            `${column.header} must be an amount in yuan, not "${text}"`,
            `${column.header}须为以元计的金额，「${text}」不是`,
          ),
        };
      }
      if (fen === 'cents') {
        return {
          error: violation(
            column,
            'R26',
            `rule R26: ${column.header} has at most two decimals (fen)`,
            `规则 R26：${column.header}最多两位小数（分）`,
          ),
        };
      }
      return { value: fen };
    }
    case 'boolean': {
      const word = text.toLowerCase();
      if (YES.has(word)) return { value: true };
      if (NO.has(word)) return { value: false };
      return {
        error: violation(
          column,
          'isBoolean',
          `${column.header} must be 是 or 否, not "${text}"`,
          `${column.header}须填「是」或「否」，「${text}」不是`,
        ),
      };
    }
    case 'enum':
    case 'enums': {
      const words =
        column.kind === 'enum' ? [text] : text.split(SEPARATORS).filter((w) => w.trim());
      const codes = words.map((word) => codeOf(word, column.options!));
      const unknown = words.filter((_, i) => codes[i] === undefined);
      if (unknown.length > 0) {
        return {
          error: violation(
            column,
            'isIn',
            `${column.header}: "${unknown.join('", "')}" is not one of the choices`,
            `${column.header}：「${unknown.join('、')}」不是可选值（可选：${choices(column.options!)}）`,
          ),
        };
      }
      return { value: column.kind === 'enum' ? codes[0] : codes };
    }
    case 'list':
      return {
        value: text
          .split(SEPARATORS)
          .map((w) => w.trim())
          .filter(Boolean),
      };
    case 'months':
      return {
        value:
          raw instanceof Date
            ? [monthOf(raw)]
            : text
                .split(SEPARATORS)
                .map((w) => monthOf(w.trim()))
                .filter(Boolean),
      };
  }
}

/**
 * The location (R1): the community code gives the county (its first 6 digits) and the street
 * (its first 9), and the names left blank come from the divisions; without a code, the names
 * are looked up (county, then its street, then its community), as an exported registry has them.
 */
function placeOf(
  plain: Record<string, unknown>,
  divisions: DivisionLookup,
  columns: ReadonlyMap<string, ImportColumn>,
): RowViolation[] {
  const location = (plain.location ?? {}) as Record<string, string | undefined>;
  const errors: RowViolation[] = [];
  const code = location.communityCode;
  if (code && /^\d{12}$/.test(code)) {
    location.countyCode = code.slice(0, 6);
    location.streetCode = code.slice(0, 9);
  } else if (!code && location.countyName && location.streetName && location.communityName) {
    const find = (key: string, found: string[], name: string) => {
      if (found.length === 1) return found[0];
      const column = columns.get(key)!;
      errors.push(
        found.length === 0
          ? violation(
              column,
              'division',
              `rule R1: no ${column.header} named "${name}" in the divisions; give the 12-digit community code`,
              `规则 R1：区划中没有名为「${name}」的${column.header}，请填写 12 位社区（村）代码`,
            )
          : violation(
              column,
              'division',
              `rule R1: several places are named "${name}"; give the 12-digit community code`,
              `规则 R1：名为「${name}」的区划不止一个，请填写 12 位社区（村）代码`,
            ),
      );
      return undefined;
    };
    const county = find(
      'countyName',
      divisions.countyCodes(location.countyName),
      location.countyName,
    );
    const street =
      county &&
      find('streetName', divisions.streetCodes(county, location.streetName), location.streetName);
    const community =
      street &&
      find(
        'communityName',
        divisions.communityCodes(street, location.communityName),
        location.communityName,
      );
    if (county && street && community) {
      Object.assign(location, {
        countyCode: county,
        streetCode: street,
        communityCode: community,
      });
    }
  }
  if (location.countyCode) location.countyName ??= divisions.countyName(location.countyCode);
  if (location.streetCode) location.streetName ??= divisions.streetName(location.streetCode);
  if (location.communityCode) {
    location.communityName ??= divisions.communityName(location.communityCode);
  }
  const known = Object.fromEntries(Object.entries(location).filter(([, v]) => v !== undefined));
  if (Object.keys(known).length > 0) plain.location = known;
  return errors;
}

/**
 * A row's cells as the registration's body (issue #18): labels become codes, yuan become fen
 * (R26), 是/否 booleans, the location completes itself (R1). Blank optional cells are left out;
 * blanks where the registration has a default take it (not a federation, the leader's role
 * 负责人, no activity months).
 */
export function mapRow(
  cells: ReadonlyMap<ImportColumn, unknown>,
  divisions: DivisionLookup,
): MappedRow {
  const plain: Record<string, unknown> = {
    isFederation: false,
    activityMonths: [],
    leaders: [{ role: '负责人' }],
  };
  const errors: RowViolation[] = [];
  const byKey = new Map([...cells.keys()].map((column) => [column.key, column]));
  for (const [column, raw] of cells) {
    const { value, error } = valueOf(column, raw);
    if (error) errors.push(error);
    else if (value !== undefined) setPath(plain, column.field, value);
  }
  errors.push(...placeOf(plain, divisions, byKey));
  return { plain, errors };
}

/** A violation of the DTO's rules, named by its column (the header) as well as its field. */
export function inColumn(v: FieldViolation): RowViolation {
  return { ...v, column: columnOfField(v.field)?.header ?? '' };
}

/**
 * The registration's own rules on a mapped row: RegisterOrganizationDto, as `POST
 * /v1/organizations` and the registry check it (validatePlain: class-validator, the text boundary
 * and the nested shapes). No violation: the row may be registered. A field the cells already
 * failed to give is not reported twice.
 */
export function validateRow(mapped: MappedRow): RowViolation[] {
  const given = new Set(mapped.errors.map((e) => e.field));
  try {
    validatePlain(RegisterOrganizationDto, mapped.plain, 'organization');
    return mapped.errors;
  } catch (error) {
    if (!(error instanceof PayloadValidationError)) throw error;
    // validatePlain stops at the first kind of fault; a row's report names them all at once:
    // the missing nested parts too (a row without any location cell, R1; without an address, R4)
    const shape = nestedShapeViolations(plainToInstance(RegisterOrganizationDto, mapped.plain));
    const seen = new Set(error.violations.map((v) => v.field));
    // one rule a field: a blank cell breaks isString and isLength alike, and says it once
    const more: RowViolation[] = [];
    for (const v of [...error.violations, ...shape.filter((s) => !seen.has(s.field))]) {
      if (given.has(v.field)) continue;
      given.add(v.field);
      more.push(inColumn(v));
    }
    return [...mapped.errors, ...more];
  }
}
