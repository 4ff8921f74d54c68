import type { AuditedService, AuditEntryView, AuditFilterQuery } from '@civic/contracts';
import { type CellValue, formulaSafe } from '@civic/domain/spreadsheet';

/** The services by their Chinese names, as the export's title names them. */
export const SERVICE_LABELS_ZH: Record<AuditedService, string> = {
  gateway: '用户与登录',
  organizations: '社会组织登记',
  incubation: '孵化培育',
  venture: '公益创投',
  'lottery-fund': '彩票公益金资助',
  procurement: '政府购买服务',
  finance: '资金与支付',
};

/** Excel holds at most 32,767 characters in a cell; a longer state is cut, saying so. */
const CELL_LIMIT = 32_000;

/** The columns of an audit export, in order, with their Chinese headers. */
export const AUDIT_COLUMNS: {
  header: string;
  width: number;
  value: (entry: AuditEntryView) => CellValue;
}[] = [
  { header: '序号', width: 9, value: (e) => e.seq },
  { header: '时间（北京时间）', width: 24, value: (e) => beijingTimeText(new Date(e.occurredAt)) },
  { header: '操作人', width: 38, value: (e) => e.actorId },
  { header: '操作人姓名', width: 14, value: (e) => e.actorName ?? '' },
  { header: '角色', width: 22, value: (e) => e.actorRoles.join('、') },
  { header: '操作', width: 28, value: (e) => e.action },
  { header: '主体类型', width: 20, value: (e) => e.entityType },
  { header: '主体编号', width: 38, value: (e) => e.entityId },
  { header: '变更前', width: 60, value: (e) => jsonCell(e.before) },
  { header: '变更后', width: 60, value: (e) => jsonCell(e.after) },
  { header: '请求编号', width: 38, value: (e) => e.requestId ?? '' },
  { header: '哈希', width: 66, value: (e) => e.hash },
];

/** A row of the export: every text cell formula-safe (issue #15), numbers kept numbers. */
export function auditRow(entry: AuditEntryView): CellValue[] {
  return AUDIT_COLUMNS.map((column) => formulaSafe(column.value(entry)));
}

/** `2026-11-25 14:03:22` in Beijing time (UTC+8 all year, no daylight saving since 1991). */
export function beijingTimeText(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
}

/** The filters an export was made with, in Chinese: what the reader of the file needs to know. */
export function filterText(filter: AuditFilterQuery): string {
  const parts = [
    filter.entityType && `主体类型=${filter.entityType}`,
    filter.entityId && `主体编号=${filter.entityId}`,
    filter.actor && `操作人=${filter.actor}`,
    filter.action && `操作=${filter.action}`,
    (filter.from || filter.to) && `日期=${filter.from ?? '不限'} 至 ${filter.to ?? '不限'}`,
  ].filter((part): part is string => Boolean(part));
  return parts.length === 0 ? '全部记录' : parts.join('；');
}

/** The rows above the table: what was exported, with which filters, when. */
export function titleRows(
  service: AuditedService,
  filter: AuditFilterQuery,
  at: Date,
  total: number,
) {
  return [
    `审计日志：${SERVICE_LABELS_ZH[service]}（${service}）`,
    `筛选条件：${filterText(filter)}`,
    `导出时间：${beijingTimeText(at)}（北京时间）`,
    `共 ${total} 条，按序号从新到旧`,
  ].map(formulaSafe);
}

function jsonCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = JSON.stringify(value);
  return text.length <= CELL_LIMIT
    ? text
    : `${text.slice(0, CELL_LIMIT)}…（已截断，共 ${text.length} 个字符）`;
}
