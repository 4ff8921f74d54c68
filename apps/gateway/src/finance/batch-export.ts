import type { BatchView, PaymentView } from '@civic/contracts';
import { csvRow } from '@civic/domain/spreadsheet';
import type ExcelJS from 'exceljs';
import { excel } from '../exports/excel';
import { type Cell, cellOf, FORMATS, beijingTimeText } from '../exports/export-cells';
import { columnsOf, type ExportColumn } from '../exports/export-column';
import { BATCH_STATUS } from './finance-labels';
import { PAYMENT_COLUMNS } from './payments.export-columns';

/** A batch's exports are in Chinese: finance staff read them (and the bank file is Chinese). */
const LANG = 'zh-CN';

const s = columnsOf<BatchView>();

/** The summary sheet's rows: a label and the batch's value, amounts in yuan (R26, R28). */
const SUMMARY: ExportColumn<BatchView>[] = [
  s.text('批次号', 'Batch', (b) => b.number),
  s.enum('状态', 'Status', BATCH_STATUS, (b) => b.status),
  s.text('经办人', 'Maker', (b) => b.makerName),
  s.text('复核人', 'Checker', (b) => b.checkerName),
  s.text('复核意见', 'Comment', (b) => b.decisionComment),
  s.integer('笔数', 'Payments', (b) => b.paymentCount),
  s.yuan('总金额（元）', 'Total (yuan)', (b) => b.totalFen),
  s.yuan('已到账（元）', 'Settled (yuan)', (b) => b.settledFen),
  s.yuan('失败（元）', 'Failed (yuan)', (b) => b.failedFen),
];

/** A cell as CSV text: yuan with two decimals, dates in Beijing time, the rest as written. */
function csvText(cell: Cell): string | number {
  if (cell.value === null) return '';
  if (cell.value instanceof Date) {
    const text = cell.value.toISOString().slice(0, 19).replace('T', ' ');
    return cell.numFmt === FORMATS.day ? text.slice(0, 10) : text;
  }
  if (typeof cell.value === 'number' && cell.numFmt === FORMATS.yuan) {
    return cell.value.toFixed(2);
  }
  return cell.value;
}

/**
 * CSV with a UTF-8 byte-order mark, so Excel opens the Chinese correctly: the payments' columns
 * of the payments export (PAYMENT_COLUMNS), statuses as labels, amounts as yuan. Names, purposes
 * and comments come from outside: each field is formula-safe (cellOf, csvRow; issue #15).
 */
export function batchCsv(payments: PaymentView[]): string {
  const lines = [csvRow(PAYMENT_COLUMNS.map((c) => c.header.zh))];
  for (const payment of payments) {
    lines.push(csvRow(PAYMENT_COLUMNS.map((c) => csvText(cellOf(c, payment, LANG)))));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function write(row: ExcelJS.Row, cells: Cell[]): void {
  cells.forEach((cell, i) => {
    const target = row.getCell(i + 1);
    target.value = cell.value;
    if (cell.numFmt) target.numFmt = cell.numFmt;
  });
}

/**
 * An Excel workbook: a summary sheet and the payments, with the columns and cell kinds of the
 * list exports (issue #18): amounts are numbers of yuan in a yuan format, so Excel sums them;
 * statuses are Chinese labels; text that would start a formula is a plain string prefixed with
 * `'` (issue #15), which stays when a reader edits, copies or saves the sheet as CSV.
 */
export async function batchWorkbook(batch: BatchView, payments: PaymentView[]): Promise<Buffer> {
  const workbook = new (excel().Workbook)();
  workbook.creator = 'civic-grants';
  const summary = workbook.addWorksheet('批次');
  summary.columns = [{ width: 16 }, { width: 40 }];
  summary.addRow(['项目', '内容']).font = { bold: true };
  for (const column of SUMMARY) {
    write(summary.addRow([]), [{ value: column.header.zh }, cellOf(column, batch, LANG)]);
  }
  summary.addRow(['导出时间', `${beijingTimeText(new Date())}（北京时间）`]);
  const sheet = workbook.addWorksheet('付款明细', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = PAYMENT_COLUMNS.map((c) => ({ width: c.width ?? 16 }));
  sheet.addRow(PAYMENT_COLUMNS.map((c) => c.header.zh)).font = { bold: true };
  for (const payment of payments) {
    write(
      sheet.addRow([]),
      PAYMENT_COLUMNS.map((c) => cellOf(c, payment, LANG)),
    );
  }
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: 1, column: PAYMENT_COLUMNS.length },
  };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
