import type { BatchView, PaymentView } from '@civic/contracts';
import { fenToYuan as yuan } from '@civic/domain/money';
import { csvRow, formulaSafe } from '@civic/domain/spreadsheet';
import ExcelJS from 'exceljs';

/** The columns of a batch export, in order, with their Chinese headers (finance staff read them). */
const COLUMNS: {
  header: string;
  key: string;
  width: number;
  value: (p: PaymentView) => string | number;
}[] = [
  { header: '付款编号', key: 'id', width: 38, value: (p) => p.id },
  { header: '项目/计划', key: 'programme', width: 14, value: (p) => p.programme },
  { header: '资金', key: 'fund', width: 22, value: (p) => p.fund },
  { header: '年度', key: 'fiscalYear', width: 8, value: (p) => p.fiscalYear },
  { header: '收款组织', key: 'organizationName', width: 30, value: (p) => p.organizationName },
  { header: '收款方式', key: 'paidTo', width: 30, value: paidToText },
  { header: '账户名', key: 'accountName', width: 30, value: (p) => p.paidTo.accountName },
  { header: '开户银行', key: 'bankName', width: 24, value: (p) => p.paidTo.bankName },
  { header: '账号', key: 'account', width: 16, value: (p) => p.paidTo.accountNumberMasked },
  { header: '金额（元）', key: 'amountYuan', width: 14, value: (p) => yuan(p.amountFen) },
  { header: '状态', key: 'status', width: 12, value: (p) => p.status },
  { header: '尝试次数', key: 'attempts', width: 10, value: (p) => p.attempts },
  { header: '银行流水号', key: 'bankReference', width: 22, value: (p) => p.bankReference ?? '' },
  { header: '失败原因', key: 'failure', width: 40, value: (p) => p.failure?.messageZh ?? '' },
  { header: '用途', key: 'reference', width: 30, value: (p) => p.reference },
];

function paidToText(p: PaymentView): string {
  return p.paidTo.kind === 'CUSTODIAN'
    ? `代管：${p.paidTo.custodianName}代${p.organizationName}收款`
    : '组织自有账户';
}

/**
 * CSV with a UTF-8 byte-order mark, so Excel opens the Chinese correctly. Names, purposes and
 * comments come from outside: each field is formula-safe (csvRow, issue #15).
 */
export function batchCsv(payments: PaymentView[]): string {
  const lines = [csvRow(COLUMNS.map((c) => c.header))];
  for (const payment of payments) lines.push(csvRow(COLUMNS.map((c) => c.value(payment))));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * An Excel workbook: a summary sheet and the payments. Text that would start a formula is written
 * as a plain string prefixed with `'` (formulaSafe), not merely styled as text: the prefix stays
 * when a reader edits the cell, copies it or saves the sheet as CSV, where a text format is lost
 * (issue #15). Numbers stay number cells.
 */
export async function batchWorkbook(batch: BatchView, payments: PaymentView[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'civic-grants';
  const summary = workbook.addWorksheet('批次');
  summary.columns = [
    { header: '项目', key: 'k', width: 16 },
    { header: '内容', key: 'v', width: 40 },
  ];
  summary.addRows(
    [
      { k: '批次号', v: batch.number },
      { k: '状态', v: batch.status },
      { k: '经办人', v: batch.makerName },
      { k: '复核人', v: batch.checkerName ?? '' },
      { k: '复核意见', v: batch.decisionComment ?? '' },
      { k: '笔数', v: batch.paymentCount },
      { k: '总金额（元）', v: yuan(batch.totalFen) },
      { k: '已到账（元）', v: yuan(batch.settledFen) },
      { k: '失败（元）', v: yuan(batch.failedFen) },
    ].map(({ k, v }) => ({ k, v: formulaSafe(v) })),
  );
  const sheet = workbook.addWorksheet('付款明细');
  sheet.columns = COLUMNS.map(({ header, key, width }) => ({ header, key, width }));
  sheet.getRow(1).font = { bold: true };
  for (const payment of payments) {
    sheet.addRow(Object.fromEntries(COLUMNS.map((c) => [c.key, formulaSafe(c.value(payment))])));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
