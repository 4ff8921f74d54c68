import { ClawbacksQuery, type ClawbackView } from '@civic/contracts';
import { columnsOf, exportQueryOf, listExport } from '../exports';
import { CLAWBACK_STATUS, PROGRAMME } from './finance-labels';

const c = columnsOf<ClawbackView>();

/** Clawbacks as Excel (R19, R28; issue #18): what was paid, asked back and came back, in yuan. */
export const CLAWBACKS_EXPORT = listExport({
  file: 'clawbacks',
  title: { zh: '资金追回', en: 'Clawbacks' },
  query: ClawbacksQuery,
  columns: [
    c.text('组织', 'Organization', (k) => k.organizationName, 30),
    c.enum('项目类型', 'Programme', PROGRAMME, (k) => k.programme, 14),
    c.enum('状态', 'Status', CLAWBACK_STATUS, (k) => k.status, 12),
    c.yuan('已拨付（元）', 'Paid (yuan)', (k) => k.paidFen),
    c.yuan('应追回（元）', 'To recover (yuan)', (k) => k.amountFen),
    c.yuan('已收回（元）', 'Recovered (yuan)', (k) => k.recoveredFen),
    c.yuan('待收回（元）', 'Outstanding (yuan)', (k) => k.outstandingFen),
    c.integer('回款笔数', 'Receipts', (k) => k.receipts.length),
    c.text('原因', 'Reason', (k) => k.reason, 40),
    c.date('发起时间', 'Opened at', (k) => k.openedAt),
  ],
  filters: {},
});

export class ClawbacksExportQuery extends exportQueryOf(ClawbacksQuery) {}
