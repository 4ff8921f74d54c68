import { PassThrough } from 'node:stream';
import { formulaSafe } from '@civic/domain/spreadsheet';
import { Logger } from '@nestjs/common';
import { excel } from './excel';
import { cellOf, DEFAULT_WIDTHS, beijingTimeText } from './export-cells';
import { type ExportColumn, type ExportLanguage, say, type Words } from './export-column';

/** The header row: below the title, the filter line and the time of export; frozen. */
export const HEADER_ROW = 4;

/** What heads a workbook: its title, the filter in words, when, and how many rows. */
export interface WorkbookHead {
  title: Words;
  filter: string;
  at: Date;
  total?: number;
}

/** The next page of rows, or undefined at the end. */
export type NextRows<T> = () => Promise<readonly T[] | undefined>;

const logger = new Logger('ListExport');

/** Resolves once the client has read what is buffered, or the stream closed (an error closes it). */
function drained(stream: PassThrough): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
  });
}

/** Excel's sheet names: at most 31 characters, none of `[]:*?/\`. */
function sheetName(title: string): string {
  return title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
}

function headLines(head: WorkbookHead, lang: ExportLanguage): string[] {
  const at = beijingTimeText(head.at);
  const count =
    head.total === undefined
      ? ''
      : lang === 'en'
        ? `; ${head.total} rows`
        : `；共 ${head.total} 条`;
  return [
    say(head.title, lang),
    lang === 'en' ? `Filter: ${head.filter}` : `筛选条件：${head.filter}`,
    lang === 'en'
      ? `Exported: ${at} (Beijing time)${count}`
      : `导出时间：${at}（北京时间）${count}`,
  ].map(formulaSafe);
}

/**
 * A list as an Excel workbook, streamed (issue #18): the title, the filter in words and the time
 * of export (Beijing time) in the first rows, then the header row (frozen, with an autofilter),
 * then every row, written and flushed a page at a time with exceljs's streaming writer. Memory
 * holds one page whatever the list's length; the writer waits for the client to drain before it
 * reads the next page. A failure after the first page ends the download short (logged).
 */
export function streamWorkbook<T>(
  columns: readonly ExportColumn<T>[],
  head: WorkbookHead,
  lang: ExportLanguage,
  first: readonly T[],
  next: NextRows<T>,
): PassThrough {
  const stream = new PassThrough();
  void write(stream, columns, head, lang, first, next).catch((error: Error) => {
    logger.error(`export "${head.title.en}" failed: ${error.message}`);
    stream.destroy(error);
  });
  return stream;
}

async function write<T>(
  stream: PassThrough,
  columns: readonly ExportColumn<T>[],
  head: WorkbookHead,
  lang: ExportLanguage,
  first: readonly T[],
  next: NextRows<T>,
): Promise<void> {
  const workbook = new (excel().stream.xlsx.WorkbookWriter)({
    stream,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'civic-grants';
  const sheet = workbook.addWorksheet(sheetName(say(head.title, lang)), {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
  });
  sheet.columns = columns.map((c) => ({ width: c.width ?? DEFAULT_WIDTHS[c.kind] }));
  headLines(head, lang).forEach((line, i) => {
    const row = sheet.addRow([line]);
    if (i === 0) row.font = { bold: true, size: 14 };
    row.commit();
  });
  const header = sheet.addRow(columns.map((c) => formulaSafe(say(c.header, lang))));
  header.font = { bold: true };
  header.commit();
  let last = HEADER_ROW;
  for (let rows: readonly T[] | undefined = first; rows; rows = await next()) {
    for (const item of rows) {
      const cells = columns.map((column) => cellOf(column, item, lang));
      const row = sheet.addRow(cells.map((cell) => cell.value));
      cells.forEach((cell, i) => {
        if (cell.numFmt) row.getCell(i + 1).numFmt = cell.numFmt;
      });
      row.commit();
      last = row.number;
    }
    // the client is slow: wait until it has read what is written (or went away)
    if (stream.writableNeedDrain && !stream.destroyed) {
      await drained(stream);
    }
    // the client went away (a closed download): read no further pages
    if (stream.destroyed) throw new Error('the download was closed');
  }
  sheet.autoFilter = {
    from: { row: HEADER_ROW, column: 1 },
    to: { row: last, column: Math.max(columns.length, 1) },
  };
  sheet.commit();
  await workbook.commit();
}
