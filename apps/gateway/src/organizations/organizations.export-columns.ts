import { ListOrganizationsQuery, type OrganizationView } from '@civic/contracts';
import {
  AREA_TYPE_LABELS_EN,
  AREA_TYPE_LABELS_ZH,
  CATEGORY_LABELS_EN,
  CATEGORY_LABELS_ZH,
  isPartyLed,
  MANAGEMENT_TIER_LABELS_EN,
  MANAGEMENT_TIER_LABELS_ZH,
  PRIORITY_GROUP_LABELS_EN,
  PRIORITY_GROUP_LABELS_ZH,
} from '@civic/domain/organizations';
import { columnsOf, exportQueryOf, filter, labels, listExport, regionFilter } from '../exports';

const c = columnsOf<OrganizationView>();
const TIERS = labels(MANAGEMENT_TIER_LABELS_ZH, MANAGEMENT_TIER_LABELS_EN);
const CATEGORIES = labels(CATEGORY_LABELS_ZH, CATEGORY_LABELS_EN);
const AREA_TYPES = labels(AREA_TYPE_LABELS_ZH, AREA_TYPE_LABELS_EN);

/** The registry as Excel (R1–R5, R10; issue #18): what the list shows, and what it filters by. */
export const ORGANIZATIONS_EXPORT = listExport({
  file: 'organizations',
  title: { zh: '社区社会组织名录', en: 'Community social organizations' },
  query: ListOrganizationsQuery,
  columns: [
    c.text('名称', 'Name', (o) => o.name, 32),
    c.enum('类别', 'Category', CATEGORIES, (o) => o.category, 18),
    c.enum('管理层级', 'Management tier', TIERS, (o) => o.tier, 14),
    c.enum('城乡', 'Urban/rural', AREA_TYPES, (o) => o.areaType, 8),
    c.text('区县', 'County', (o) => o.location.countyName, 12),
    c.text('街道（乡镇）', 'Street/township', (o) => o.location.streetName, 14),
    c.text('社区（村）', 'Community/village', (o) => o.location.communityName, 14),
    c.text('统一社会信用代码', 'Unified social credit code', (o) => o.uscc, 22),
    c.integer('成员数', 'Members', (o) => o.memberCount),
    c.yuan('注册资金（元）', 'Registered funds (yuan)', (o) => o.registeredFundsFen),
    c.boolean('党员负责（R10）', 'Party-led (R10)', isPartyLed, 12),
    c.enum(
      '服务对象',
      'Groups served',
      labels(PRIORITY_GROUP_LABELS_ZH, PRIORITY_GROUP_LABELS_EN),
      (o) => o.servedGroups,
      30,
    ),
    c.boolean('孵化出壳', 'Graduated from incubation', (o) => o.graduatedFromIncubation, 10),
    c.date('登记时间', 'Registered at', (o) => o.createdAt),
  ],
  filters: {
    countyCode: regionFilter('区县', 'County'),
    tier: filter('管理层级', 'Management tier', TIERS),
    category: filter('类别', 'Category', CATEGORIES),
    areaType: filter('城乡', 'Urban/rural', AREA_TYPES),
    q: filter('名称包含', 'Name contains'),
  },
});

export class OrganizationsExportQuery extends exportQueryOf(ListOrganizationsQuery) {}
