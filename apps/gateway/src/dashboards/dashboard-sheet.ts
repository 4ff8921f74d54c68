import { beijingTimeText } from '@civic/domain/dashboards';
import { type CellValue, formulaSafe } from '@civic/domain/spreadsheet';
import type ExcelJS from 'exceljs';

/**
 * A column of a dashboard export: Chinese header, and how its cells are written. Counts stay
 * number cells; money (integer fen, R26) becomes a number of yuan in a yuan format, so Excel can
 * sum it; text is formula-safe (issue #15).
 */
export interface SheetColumn<T> {
  header: string;
  width: number;
  kind: 'text' | 'count' | 'yuan';
  value: (row: T) => CellValue;
}

const FORMATS = { count: '#,##0', yuan: '#,##0.00"元"' } as const;

/** A cell as written: yuan from fen, formula-safe text, numbers as they are. */
export function cellOf<T>(column: SheetColumn<T>, row: T): CellValue {
  const value = column.value(row);
  if (column.kind === 'yuan') {
    if (!Number.isSafeInteger(value)) throw new RangeError(`${column.header}: fen expected`);
    return (value as number) / 100;
  }
  return formulaSafe(value);
}

/** The first row of every dashboard export: the filter it was made with and when (Beijing time). */
export function filterRow(filter: string, at: Date): string {
  return formulaSafe(`筛选条件：${filter}；导出时间：${beijingTimeText(at)}（北京时间）`);
}

/**
 * A sheet: the filter row, a bold header row, then one row per item (a total row last when
 * given), with number formats per column.
 */
export function addTableSheet<T>(
  workbook: ExcelJS.Workbook,
  name: string,
  filter: string,
  columns: SheetColumn<T>[],
  rows: T[],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name);
  sheet.addRow([filter]);
  sheet.addRow(columns.map((c) => c.header)).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((c) => cellOf(c, row)));
  columns.forEach((column, index) => {
    const col = sheet.getColumn(index + 1);
    col.width = column.width;
    if (column.kind !== 'text') {
      col.eachCell((cell, rowNumber) => {
        if (rowNumber > 2) cell.numFmt = FORMATS[column.kind as 'count' | 'yuan'];
      });
    }
  });
  return sheet;
}

/** The workbook's bytes. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
