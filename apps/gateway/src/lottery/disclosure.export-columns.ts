import {
  NoticesQuery,
  type NoticeView,
  NOTICE_KIND_LABELS_EN,
  NOTICE_KIND_LABELS_ZH,
} from '@civic/contracts';
import { columnsOf, exportQueryOf, filter, labels, listExport } from '../exports';
import { PURPOSE } from './lottery.export-columns';

const c = columnsOf<NoticeView>();

/**
 * The fund's public notices as Excel, for anyone (R23; issue #18): each funded project's name,
 * unit, amount, contact and purpose as published (the phone as published), the notice's kind, and
 * whether a correction replaced it.
 */
export const NOTICES_EXPORT = listExport({
  file: 'lottery-notices',
  title: { zh: '彩票公益金资助信息公开', en: 'Lottery fund notices' },
  query: NoticesQuery,
  columns: [
    c.text('标题', 'Title', (n) => n.title, 36),
    c.enum('类型', 'Kind', labels(NOTICE_KIND_LABELS_ZH, NOTICE_KIND_LABELS_EN), (n) => n.kind, 16),
    c.integer('年度', 'Fiscal year', (n) => n.fiscalYear, 8),
    c.text('项目名称', 'Project', (n) => n.content?.projectName, 30),
    c.text('使用单位', 'Unit', (n) => n.content?.unit, 28),
    c.yuan('资助金额（元）', 'Amount (yuan)', (n) => n.content?.amountFen),
    c.enum('资助方向', 'Purpose', PURPOSE, (n) => n.content?.purpose, 10),
    c.text('联系人', 'Contact', (n) => n.content?.contactName, 10),
    c.text('联系电话', 'Phone', (n) => n.content?.contactPhone, 16),
    c.text('标识', 'Label', (n) => n.content?.label, 16),
    c.date('发布时间', 'Published at', (n) => n.publishedAt),
    c.boolean('现行有效', 'In force', (n) => n.inForce),
    c.text('更正原因', 'Correction reason', (n) => n.correctionReason, 30),
    c.integer('异议数', 'Objections', (n) => n.objectionCount),
  ],
  filters: { fiscalYear: filter('年度', 'Fiscal year') },
});

export class NoticesExportQuery extends exportQueryOf(NoticesQuery) {}
