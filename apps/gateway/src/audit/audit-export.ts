import { PassThrough } from 'node:stream';
import type { AuditedService, AuditEntryPage, AuditFilterQuery } from '@civic/contracts';
import { Logger } from '@nestjs/common';
import type ExcelJS from 'exceljs';
import { excel } from '../exports/excel';
import { AUDIT_COLUMNS, auditRow, titleRows } from './audit-export-sheet';

/** Rows asked of the service at a time while the workbook streams. */
export const EXPORT_PAGE_SIZE = 200;

/** The next page after a cursor (`beforeSeq`), as the export reads on. */
export type NextPage = (beforeSeq: number) => Promise<AuditEntryPage>;

const logger = new Logger('AuditExport');

/**
 * An audit export as a stream (rule R31; issue #18): a title, the filters and the time of export
 * (Beijing time) above Chinese column headers, then every matching entry, newest first, read a
 * page at a time by seq (keyset) and written row by row with exceljs's streaming writer, so
 * memory holds one page whatever the size of the chain. The first page is read before this is
 * called, so a refusal still answers with its status; a failure later ends the download short.
 */
export function streamAuditWorkbook(
  service: AuditedService,
  filter: AuditFilterQuery,
  first: AuditEntryPage,
  next: NextPage,
): PassThrough {
  const stream = new PassThrough();
  const workbook = new (excel().stream.xlsx.WorkbookWriter)({ stream, useStyles: true });
  workbook.creator = 'civic-grants';
  const more: NextPage = async (beforeSeq) => {
    // the client went away (a closed download): read no further pages
    if (stream.destroyed) throw new Error('the download was closed');
    return next(beforeSeq);
  };
  void write(workbook, service, filter, first, more).catch((error: Error) => {
    logger.error(`audit export of ${service} failed: ${error.message}`);
    stream.destroy(error);
  });
  return stream;
}

async function write(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  service: AuditedService,
  filter: AuditFilterQuery,
  first: AuditEntryPage,
  next: NextPage,
): Promise<void> {
  const sheet = workbook.addWorksheet('审计日志', { views: [{ state: 'frozen', ySplit: 6 }] });
  sheet.columns = AUDIT_COLUMNS.map(({ width }) => ({ width }));
  for (const line of titleRows(service, filter, new Date(), first.total)) {
    sheet.addRow([line]).commit();
  }
  sheet.addRow([]).commit();
  const header = sheet.addRow(AUDIT_COLUMNS.map((column) => column.header));
  header.font = { bold: true };
  header.commit();
  let page = first;
  for (;;) {
    for (const entry of page.items) sheet.addRow(auditRow(entry)).commit();
    if (page.nextBeforeSeq === undefined) break;
    page = await next(page.nextBeforeSeq);
  }
  sheet.commit();
  await workbook.commit();
}
