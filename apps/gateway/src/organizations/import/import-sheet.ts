import { type FieldViolation, ORGANIZATION_IMPORT_LIMITS } from '@civic/contracts';
import type ExcelJS from 'exceljs';
import { excel } from '../../exports/excel';
import { columnOfHeader } from './import-column-lookup';
import { IMPORT_COLUMNS, type ImportColumn } from './import-columns';
import { cellText, isBlankRow } from './import-rows';

/** How far down a sheet the header row is looked for: the export's is row 4 (a title above). */
const HEADER_SEARCH_ROWS = 10;

/** A workbook that cannot be imported as a whole: nothing of it is stored. */
export class ImportFileError extends Error {
  constructor(
    readonly status: 400 | 422,
    readonly code: string,
    readonly violations: FieldViolation[],
    readonly messageZh: string,
  ) {
    super(violations.map((v) => `${v.field} (${v.rule}): ${v.message}`).join('; '));
    this.name = 'ImportFileError';
  }
}

function refused(
  status: 400 | 422,
  code: string,
  rule: string,
  message: string,
  messageZh: string,
  field = '(file)',
): ImportFileError {
  return new ImportFileError(status, code, [{ field, rule, message, messageZh }], messageZh);
}

/** One data row: its number in the sheet and its cells by column. */
export interface SheetRow {
  row: number;
  cells: Map<ImportColumn, unknown>;
}

export interface ImportSheet {
  sheet: string;
  headerRow: number;
  rows: SheetRow[];
}

/** The first row (of the first ten) whose cells name 名称 and at least one other known column. */
function findHeader(sheet: ExcelJS.Worksheet): { row: number; columns: Map<number, ImportColumn> } {
  const last = Math.min(sheet.rowCount, HEADER_SEARCH_ROWS);
  for (let r = 1; r <= last; r += 1) {
    const columns = new Map<number, ImportColumn>();
    sheet.getRow(r).eachCell({ includeEmpty: false }, (cell, col) => {
      const column = columnOfHeader(cellText(cell.value));
      // a column named twice: the first one counts (the second is reported as missing nothing)
      if (column && ![...columns.values()].includes(column)) columns.set(col, column);
    });
    if (columns.size >= 2 && [...columns.values()].some((c) => c.key === 'name')) {
      return { row: r, columns };
    }
  }
  throw refused(
    422,
    'MISSING_HEADER',
    'headerRow',
    'no header row: the first 10 rows have no row naming 名称 and the other columns; use the template',
    '未找到表头：前 10 行中没有含「名称」等列名的行，请使用导入模板',
  );
}

/**
 * Reads an uploaded workbook (issue #18): its first worksheet, the header row (the template's and
 * the export's are both recognized, in Chinese or English), and every non-blank row below it.
 * Refused whole: a file that is not an .xlsx workbook (400), no header row, a required column
 * missing, no rows, or more than ORGANIZATION_IMPORT_LIMITS.maxRows (422).
 */
export async function readImportSheet(bytes: Buffer): Promise<ImportSheet> {
  if (bytes.length === 0) {
    throw refused(400, 'EMPTY_FILE', 'required', 'the file is empty', '上传的文件为空');
  }
  const workbook = new (excel().Workbook)();
  try {
    // An .xlsx is a zip (PK…); anything else is refused before exceljs reads it.
    if (bytes.readUInt32LE(0) !== 0x04034b50) throw new Error('not a zip');
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw refused(
      400,
      'NOT_XLSX',
      'xlsx',
      'the file is not an Excel workbook (.xlsx); save it as .xlsx and upload again',
      '文件不是 Excel 工作簿（.xlsx），请另存为 .xlsx 后重新上传',
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.rowCount === 0) {
    throw refused(422, 'NO_ROWS', 'minRows', 'the workbook is empty', '工作簿中没有数据');
  }
  const header = findHeader(sheet);
  const present = new Set(header.columns.values());
  const missing = IMPORT_COLUMNS.filter((c) => c.required && !present.has(c));
  if (missing.length > 0) {
    throw new ImportFileError(
      422,
      'MISSING_COLUMNS',
      missing.map((c) => ({
        field: `${c.header} (${c.field})`,
        rule: 'requiredColumn',
        message: `the column ${c.header} (${c.field}) is missing`,
        messageZh: `缺少必填列「${c.header}」`,
      })),
      `缺少必填列：${missing.map((c) => c.header).join('、')}`,
    );
  }
  const rows: SheetRow[] = [];
  const { maxRows } = ORGANIZATION_IMPORT_LIMITS;
  for (let r = header.row + 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const cells = new Map<ImportColumn, unknown>();
    for (const [col, column] of header.columns) cells.set(column, row.getCell(col).value);
    if (isBlankRow(cells)) continue;
    if (rows.length === maxRows) {
      throw refused(
        422,
        'TOO_MANY_ROWS',
        'maxRows',
        `a file holds at most ${maxRows} organizations; split it`,
        `每个文件最多 ${maxRows} 个组织，请分成多个文件导入`,
      );
    }
    rows.push({ row: r, cells });
  }
  if (rows.length === 0) {
    throw refused(
      422,
      'NO_ROWS',
      'minRows',
      'the sheet has a header row but no organizations below it',
      '表头下没有任何组织数据',
    );
  }
  return { sheet: sheet.name, headerRow: header.row, rows };
}
