import type { EvaluationCriterion } from './criteria';
import type { PurchasePolicy } from './purchase-policy';

/**
 * A test policy in the shape and with the values of the shipped 2026.1 one (rule R25, rule R12;
 * DEFAULT_PURCHASE_POLICY, the policy store's first PURCHASE version, holds the real one).
 */
export const POLICY: PurchasePolicy = {
  version: 'test.1',
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
    article: 'Order 102 (performance)',
  },
  tilt: { reservedShareTargetPercent: 30, maxTiltWeight: 10, source: '财综〔2016〕54号' },
  evaluation: { priceWeightMin: 10, priceWeightMax: 30, source: '财政部令第87号 art. 55' },
  award: { objectionDays: 7, source: 'Government Procurement Law art. 52 (7 working days)' },
};

/** Announced criteria of a test project: panel criteria, an R12 tilt factor and the price. */
export const CRITERIA: EvaluationCriterion[] = [
  { key: 'plan', name: 'service plan', nameZh: '服务方案', weight: 50, max: 50 },
  { key: 'team', name: 'team and experience', nameZh: '团队与经验', weight: 20, max: 20 },
  {
    key: 'rural',
    name: 'rural service base',
    nameZh: '农村服务基础',
    weight: 10,
    max: 10,
    tilt: true,
  },
  { key: 'price', name: 'price', nameZh: '价格', weight: 20, max: 20, kind: 'PRICE' },
];
