import type { NegativeListPolicy } from './negative-list';
import type { PurchasePolicy } from './purchase-policy';

/**
 * rule R25, rule R12: the purchase policy of government purchase of services in force at launch,
 * the first version of the policy store's kind `PURCHASE` (issue #17): the purchase methods of the
 * procurement law with their conditions, minimum bids and panel sizes; the thresholds that decide
 * the method (Guangxi follows the national limits of 国办发〔2019〕55号: purchases from 1,000,000
 * yuan fall under the procurement law, from 4,000,000 yuan a public tender); the contract term of
 * Order 102 art. 24; instalments; the rule by which the final evaluation decides the final
 * instalment; the R12 tilt; the objection window. Exactly what procurement's own table held as
 * version 2026.1 (migration 1796590000000-SeedPurchasePolicy), so every project, contract and
 * evaluation stamped 2026.1 keeps its meaning. Amounts are integer fen (R26). Frozen: a change is a
 * new version through the store, never an edit here.
 */
export const DEFAULT_PURCHASE_POLICY: PurchasePolicy = deepFreeze({
  version: '2026.1',
  methods: [
    {
      method: 'PUBLIC_TENDER',
      name: 'public tender',
      nameZh: '公开招标',
      article: 'Government Procurement Law art. 26, 36',
      minBidders: 3,
      minPanel: 5,
      justificationRequired: false,
    },
    {
      method: 'INVITATIONAL_TENDER',
      name: 'invitational tender',
      nameZh: '邀请招标',
      article: 'Government Procurement Law art. 29',
      minBidders: 3,
      minPanel: 5,
      justificationRequired: true,
    },
    {
      method: 'COMPETITIVE_NEGOTIATION',
      name: 'competitive negotiation',
      nameZh: '竞争性谈判',
      article: 'Government Procurement Law art. 30',
      minBidders: 3,
      minPanel: 3,
      justificationRequired: true,
    },
    {
      method: 'COMPETITIVE_CONSULTATION',
      name: 'competitive consultation',
      nameZh: '竞争性磋商',
      article: '财库〔2014〕214号 art. 3; 财库〔2015〕124号',
      minBidders: 2,
      minPanel: 3,
      justificationRequired: false,
    },
    {
      method: 'SINGLE_SOURCE',
      name: 'single source',
      nameZh: '单一来源',
      article: 'Government Procurement Law art. 31',
      minBidders: 1,
      minPanel: 3,
      justificationRequired: true,
    },
    {
      method: 'INQUIRY',
      name: 'inquiry',
      nameZh: '询价',
      article: 'Government Procurement Law art. 32',
      minBidders: 3,
      minPanel: 3,
      justificationRequired: true,
    },
  ],
  thresholds: {
    smallPurchaseFen: 100_000_000,
    publicTenderFen: 400_000_000,
    source: '国办发〔2019〕55号',
  },
  contractTerm: { maxMonths: 12, stableMaxMonths: 36, article: 'Order 102 art. 24' },
  instalments: { maxCount: 4, finalMinPercent: 20, article: 'Order 102 art. 23, 24' },
  performance: {
    passMark: 60,
    reduceBand: 10,
    reducePercent: 30,
    article: 'Order 102 (performance: payment follows the contract and the evaluation)',
  },
  tilt: { reservedShareTargetPercent: 30, maxTiltWeight: 10, source: '财综〔2016〕54号' },
  evaluation: { priceWeightMin: 10, priceWeightMax: 30, source: '财政部令第87号 art. 55' },
  award: { objectionDays: 7, source: 'Government Procurement Law art. 52 (7 working days)' },
});

/**
 * rule R24, rule R25 (Order 102 art. 10): the negative list in force at launch, the first version
 * of the policy store's kind `NEGATIVE_LIST` (issue #17): its clauses and the terms that put a
 * catalogue item under one. Exactly what procurement's own table held as version 2026.1
 * (migration 1796582845300-SeedNegativeList), so every catalogue item stamped 2026.1 keeps its
 * meaning. Frozen: a change is a new version through the store, never an edit here.
 */
export const DEFAULT_NEGATIVE_LIST_POLICY: NegativeListPolicy = deepFreeze({
  version: '2026.1',
  clauses: [
    {
      key: 'GOVERNMENT_DUTY',
      article: 'Order 102 art. 10(2)',
      name: 'duties the government must perform itself',
      nameZh: '应当由政府直接履职的事项',
      terms: ['行政许可', '行政审批', '行政处罚', '行政执法', '行政强制', '行政检查', '行政裁决'],
    },
    {
      key: 'GOODS',
      article: 'Order 102 art. 10(3)',
      name: 'goods',
      nameZh: '货物',
      terms: ['货物', '设备购置', '购置设备', '物资采购', '采购物资', '办公用品', '车辆购置'],
    },
    {
      key: 'WORKS',
      article: 'Order 102 art. 10(3)',
      name: 'works',
      nameZh: '工程',
      terms: ['工程', '施工', '装修', '修缮', '新建', '改扩建', '拆除'],
    },
    {
      key: 'FINANCING',
      article: 'Order 102 art. 10(4)',
      name: 'financing',
      nameZh: '融资行为',
      terms: ['融资', '贷款', '借款', '垫资', '举债'],
    },
    {
      key: 'STAFFING',
      article: 'Order 102 art. 10(5)',
      name: "staffing of the buyer's own posts",
      nameZh: '购买主体的人员招聘、劳务派遣用工及设置公益性岗位',
      terms: ['人员招聘', '人员聘用', '劳务派遣', '派遣用工', '公益性岗位'],
    },
  ],
});

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}
