import { formulaSafe } from '@civic/domain/spreadsheet';
import type { Workbook } from 'exceljs';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { components } from '../../api/schema';
import { saveBlob } from '../../common/export-download';

export type OrganizationImportView = components['schemas']['OrganizationImportView'];
export type ImportRowView = components['schemas']['ImportRowView'];

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Sends a workbook to `POST /v1/organizations/import` through the typed client (the access
 * token, the UI's language and a fresh Idempotency-Key go with it): the file's bytes as the body.
 */
export function importOrganizations(file: Blob): Promise<OrganizationImportView> {
  return unwrap(
    api.POST('/api/v1/organizations/import', {
      // the generated type says string (format: binary); the bytes go as they are
      body: file as unknown as string,
      bodySerializer: (body: unknown) => body as BodyInit,
      headers: { 'Content-Type': XLSX_TYPE },
    }),
  );
}

/** Downloads the import template (Chinese headers, an example row, drop-downs). */
export async function downloadTemplate(): Promise<void> {
  const blob = await unwrap(
    api.GET('/api/v1/organizations/import/template.xlsx', { parseAs: 'blob' }),
  );
  saveBlob(blob as unknown as Blob, 'organizations-import-template.xlsx');
}

type ImportErrorView = ImportRowView['errors'][number];

/** An error as read: `列：说明`, unless the message already starts with the column's name. */
export function errorLine(error: ImportErrorView): { column?: string; message: string } {
  return error.column && !error.message.startsWith(error.column)
    ? { column: error.column, message: error.message }
    : { message: error.message };
}

/** A refused row's errors in one cell: `列：说明；列：说明`. */
export function errorText(row: ImportRowView, separator = '；'): string {
  return row.errors
    .map(errorLine)
    .map((e) => (e.column ? `${e.column}：${e.message}` : e.message))
    .join(separator);
}

/** The rows of a report that stored nothing (INVALID or DUPLICATE), in the sheet's order. */
export function failedRows(report: OrganizationImportView): ImportRowView[] {
  return report.rows.filter((row) => row.status !== 'CREATED');
}

/**
 * The error report (issue #18): the uploaded sheet's header row and each refused row as it was
 * uploaded, with a 错误 column saying what to correct; fixed, it can be imported again (the
 * import ignores the 错误 column). Built here from the file the user chose, with exceljs.
 */
export async function errorReport(
  file: Blob,
  report: OrganizationImportView,
  errorHeader: string,
): Promise<Workbook> {
  const { default: ExcelJS } = await import('exceljs');
  const uploaded = new ExcelJS.Workbook();
  await uploaded.xlsx.load(await file.arrayBuffer());
  const source = uploaded.worksheets[0];
  const header = source.getRow(report.headerRow);
  const width = header.cellCount;
  const out = new ExcelJS.Workbook();
  out.creator = 'civic-grants';
  const sheet = out.addWorksheet(source.name || 'errors', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const copy = (from: number) =>
    Array.from({ length: width }, (_, i) => source.getRow(from).getCell(i + 1).value);
  const head = sheet.addRow([...copy(report.headerRow), errorHeader]);
  head.font = { bold: true };
  for (const row of failedRows(report)) {
    sheet.addRow([...copy(row.row), formulaSafe(errorText(row))]);
  }
  sheet.columns.forEach((column, i) => (column.width = i === width ? 60 : 16));
  return out;
}

/** Saves the error report as `<file>-errors.xlsx`. */
export async function downloadErrorReport(
  file: File,
  report: OrganizationImportView,
  errorHeader: string,
  suffix: string,
): Promise<void> {
  const workbook = await errorReport(file, report, errorHeader);
  const buffer = await workbook.xlsx.writeBuffer();
  const stem = file.name.replace(/\.xlsx$/i, '');
  saveBlob(new Blob([buffer], { type: XLSX_TYPE }), `${stem}-${suffix}.xlsx`);
}
