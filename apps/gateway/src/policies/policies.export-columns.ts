import { ListPoliciesQuery, type PolicyDocumentView } from '@civic/contracts';
import {
  POLICY_KIND_LABELS_EN,
  POLICY_KIND_LABELS_ZH,
  POLICY_STATUS_LABELS_EN,
  POLICY_STATUS_LABELS_ZH,
} from '@civic/domain/policy';
import {
  columnsOf,
  exportQueryOf,
  filter,
  labels,
  listExport,
  regionFilter,
  regionName,
} from '../exports';

const KIND = labels(POLICY_KIND_LABELS_ZH, POLICY_KIND_LABELS_EN);
const STATUS = labels(POLICY_STATUS_LABELS_ZH, POLICY_STATUS_LABELS_EN);
const c = columnsOf<PolicyDocumentView>();

/** Policy versions as Excel (issue #17, #18): kind, region, version, who proposed and decided. */
export const POLICIES_EXPORT = listExport({
  file: 'policies',
  title: { zh: '政策版本', en: 'Policy versions' },
  query: ListPoliciesQuery,
  columns: [
    c.enum('政策类别', 'Policy', KIND, (p) => p.kind, 20),
    c.text('规则', 'Rule', (p) => p.rule, 6),
    c.text('适用地区', 'Region', (p) => regionName(p.regionCode), 14),
    c.text('版本', 'Version', (p) => p.version, 10),
    c.date('生效日期', 'Effective from', (p) => p.effectiveFrom, 12),
    c.enum('状态', 'Status', STATUS, (p) => p.status, 10),
    c.text('修订理由', 'Reason', (p) => p.reason, 30),
    c.text('提出人', 'Proposed by', (p) => p.proposedByName, 14),
    c.date('提出时间', 'Proposed at', (p) => p.proposedAt),
    c.text('审批人', 'Decided by', (p) => p.decidedByName, 14),
    c.date('审批时间', 'Decided at', (p) => p.decidedAt),
    c.text('审批意见', 'Decision note', (p) => p.decisionNote, 30),
  ],
  filters: {
    kind: filter('政策类别', 'Policy', KIND),
    regionCode: regionFilter('适用地区', 'Region'),
    status: filter('状态', 'Status', STATUS),
  },
});

export class PoliciesExportQuery extends exportQueryOf(ListPoliciesQuery) {}
