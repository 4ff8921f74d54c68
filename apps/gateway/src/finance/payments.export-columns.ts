import { PaymentsQuery, type PaymentView } from '@civic/contracts';
import { columnsOf, exportQueryOf, filter, listExport } from '../exports';
import { FUND, PAID_TO, PAYMENT_STATUS, PROGRAMME } from './finance-labels';

const c = columnsOf<PaymentView>();

/**
 * A payment's columns (R28), shared by the payments export and a batch's workbook: the payee
 * and its account (masked, R30), the amount in yuan, the status and, for a failed one, why.
 */
export const PAYMENT_COLUMNS = [
  c.text('付款编号', 'Payment id', (p) => p.id, 38),
  c.enum('项目类型', 'Programme', PROGRAMME, (p) => p.programme, 14),
  c.enum('资金', 'Fund', FUND, (p) => p.fund, 18),
  c.integer('年度', 'Fiscal year', (p) => p.fiscalYear, 8),
  c.text('收款组织', 'Organization', (p) => p.organizationName, 30),
  c.enum('收款方式', 'Paid to', PAID_TO, (p) => p.paidTo.kind, 16),
  c.text('代管单位', 'Custodian', (p) => p.paidTo.custodianName, 24),
  c.text('账户名', 'Account name', (p) => p.paidTo.accountName, 30),
  c.text('开户银行', 'Bank', (p) => p.paidTo.bankName, 24),
  c.text('账号', 'Account number', (p) => p.paidTo.accountNumberMasked, 22),
  c.yuan('金额（元）', 'Amount (yuan)', (p) => p.amountFen),
  c.enum('状态', 'Status', PAYMENT_STATUS, (p) => p.status, 12),
  c.integer('尝试次数', 'Attempts', (p) => p.attempts),
  c.text('银行流水号', 'Bank reference', (p) => p.bankReference, 22),
  c.text(
    '失败原因',
    'Why it failed',
    (p) => p.failure && { zh: p.failure.messageZh, en: p.failure.message },
    40,
  ),
  c.text('用途', 'Purpose', (p) => p.reference, 30),
  c.date('申请时间', 'Requested at', (p) => p.requestedAt),
  c.date('到账时间', 'Settled at', (p) => p.settledAt),
];

/** Payments as Excel (R28; issue #18): those awaiting a batch, the failed ones, a batch's. */
export const PAYMENTS_EXPORT = listExport({
  file: 'payments',
  title: { zh: '付款明细', en: 'Payments' },
  query: PaymentsQuery,
  columns: PAYMENT_COLUMNS,
  filters: {
    status: filter('状态', 'Status', PAYMENT_STATUS),
    fund: filter('资金', 'Fund', FUND),
    batchId: filter('批次编号', 'Batch id'),
  },
});

export class PaymentsExportQuery extends exportQueryOf(PaymentsQuery) {}
