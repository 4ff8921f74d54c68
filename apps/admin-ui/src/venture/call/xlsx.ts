import { formulaSafe } from '@civic/domain/spreadsheet';
import type { Workbook } from 'exceljs';
import type { Sheet } from './ranking-sheets';

/**
 * An Excel workbook of the sheets (exceljs, loaded only when asked: it is large). Headers are
 * bold and the header row stays in view. Titles, names and comments come from applicants and
 * reviewers: text that would start a formula gets a leading `'` (formulaSafe, issue #15), kept
 * as a plain string so the prefix survives editing, copying or saving as CSV; numbers stay
 * numbers, amounts in the sheet's yuan format.
 */
export async function workbookOf(sheets: readonly Sheet[]): Promise<Workbook> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'civic-grants';
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    worksheet.columns = sheet.headers.map((header, i) => ({
      header: formulaSafe(header),
      width: sheet.widths[i],
    }));
    worksheet.getRow(1).font = { bold: true };
    worksheet.addRows(sheet.rows.map((row) => row.map(formulaSafe)));
    // Amounts stay numbers, shown as yuan (issue #18): a format on each of their cells.
    sheet.formats?.forEach((format, i) => {
      if (!format) return;
      worksheet.getColumn(i + 1).eachCell((cell, row) => {
        if (row > 1 && typeof cell.value === 'number') cell.numFmt = format;
      });
    });
    worksheet.getColumn(1).alignment = { horizontal: 'center' };
  }
  return workbook;
}

/** Saves the sheets as `<name>.xlsx` through the browser's download. */
export async function downloadXlsx(sheets: readonly Sheet[], name: string): Promise<void> {
  const buffer = await (await workbookOf(sheets)).xlsx.writeBuffer();
  const blob = new Blob([buffer], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${name}.xlsx`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
