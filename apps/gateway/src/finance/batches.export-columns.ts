import { BatchesQuery, type BatchView } from '@civic/contracts';
import { columnsOf, exportQueryOf, filter, listExport } from '../exports';
import { BATCH_STATUS } from './finance-labels';

const c = columnsOf<BatchView>();

/** A batch's columns (R28): who made and checked it, and its progress in yuan. */
export const BATCH_COLUMNS = [
  c.text('批次号', 'Batch', (b) => b.number, 18),
  c.enum('状态', 'Status', BATCH_STATUS, (b) => b.status, 12),
  c.text('经办人', 'Maker', (b) => b.makerName, 14),
  c.text('复核人', 'Checker', (b) => b.checkerName, 14),
  c.text('复核意见', 'Checker’s comment', (b) => b.decisionComment, 30),
  c.integer('笔数', 'Payments', (b) => b.paymentCount),
  c.yuan('总金额（元）', 'Total (yuan)', (b) => b.totalFen),
  c.integer('已到账笔数', 'Settled', (b) => b.settledCount),
  c.yuan('已到账（元）', 'Settled (yuan)', (b) => b.settledFen),
  c.integer('失败笔数', 'Failed', (b) => b.failedCount),
  c.yuan('失败（元）', 'Failed (yuan)', (b) => b.failedFen),
  c.text('备注', 'Note', (b) => b.note, 24),
  c.date('创建时间', 'Created at', (b) => b.createdAt),
  c.date('复核时间', 'Decided at', (b) => b.decidedAt),
  c.date('完成时间', 'Completed at', (b) => b.completedAt),
];

/** Disbursement batches as Excel (R28; issue #18). */
export const BATCHES_EXPORT = listExport({
  file: 'batches',
  title: { zh: '拨付批次', en: 'Disbursement batches' },
  query: BatchesQuery,
  columns: BATCH_COLUMNS,
  filters: { status: filter('状态', 'Status', BATCH_STATUS) },
});

export class BatchesExportQuery extends exportQueryOf(BatchesQuery) {}
