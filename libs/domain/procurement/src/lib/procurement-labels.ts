import type { ContractStatus } from './contract-performance';
import type { BidStatus, ProjectStatus } from './project-status';
import type { PurchaseMethod } from './purchase-policy';
import type { DirectoryStatus, UndertakerKind } from './undertaker';

/** An objection to a published result, and its answer (R25). */
export type ObjectionStatus = 'OPEN' | 'UPHELD' | 'DISMISSED';

/**
 * Government purchase's codes as people read them, in Chinese and English (issue #18: labels,
 * never codes): undertakers and the directory (R24), projects, methods, bids, objections and
 * contracts (R25). UNDERTAKER_KIND_LABELS_ZH is in undertaker.ts.
 */
export const UNDERTAKER_KIND_LABELS_EN: Readonly<Record<UndertakerKind, string>> = Object.freeze({
  SOCIAL_ORGANIZATION: 'Social organization',
  COMPANY: 'Company',
  PUBLIC_INSTITUTION_CATEGORY_2: 'Category-2 public institution',
  RURAL_COLLECTIVE: 'Rural collective economic organization',
  GRASSROOTS_SELF_GOVERNING: 'Grassroots self-governing body',
  INDIVIDUAL: 'Qualified individual',
  PUBLIC_INSTITUTION_CATEGORY_1: 'Category-1 public institution',
});

export const DIRECTORY_STATUS_LABELS_ZH: Readonly<Record<DirectoryStatus, string>> = Object.freeze({
  PENDING: '待审核',
  LISTED: '已列入目录',
  REFUSED: '未列入',
  REMOVED: '已移出目录',
});

export const DIRECTORY_STATUS_LABELS_EN: Readonly<Record<DirectoryStatus, string>> = Object.freeze({
  PENDING: 'Pending',
  LISTED: 'Listed',
  REFUSED: 'Refused',
  REMOVED: 'Removed',
});

export const PROJECT_STATUS_LABELS_ZH: Readonly<Record<ProjectStatus, string>> = Object.freeze({
  DRAFT: '草稿',
  ANNOUNCED: '公告中',
  BIDDING_CLOSED: '投标已截止',
  EVALUATING: '评审中',
  AWARDED: '已成交',
  CONTRACTED: '已签订合同',
  CANCELLED: '已取消',
  FAILED: '采购失败',
});

export const PROJECT_STATUS_LABELS_EN: Readonly<Record<ProjectStatus, string>> = Object.freeze({
  DRAFT: 'Draft',
  ANNOUNCED: 'Announced',
  BIDDING_CLOSED: 'Bidding closed',
  EVALUATING: 'Being evaluated',
  AWARDED: 'Awarded',
  CONTRACTED: 'Contract signed',
  CANCELLED: 'Cancelled',
  FAILED: 'Failed',
});

export const PURCHASE_METHOD_LABELS_ZH: Readonly<Record<PurchaseMethod, string>> = Object.freeze({
  PUBLIC_TENDER: '公开招标',
  INVITATIONAL_TENDER: '邀请招标',
  COMPETITIVE_NEGOTIATION: '竞争性谈判',
  COMPETITIVE_CONSULTATION: '竞争性磋商',
  SINGLE_SOURCE: '单一来源采购',
  INQUIRY: '询价',
});

export const PURCHASE_METHOD_LABELS_EN: Readonly<Record<PurchaseMethod, string>> = Object.freeze({
  PUBLIC_TENDER: 'Public tender',
  INVITATIONAL_TENDER: 'Invitational tender',
  COMPETITIVE_NEGOTIATION: 'Competitive negotiation',
  COMPETITIVE_CONSULTATION: 'Competitive consultation',
  SINGLE_SOURCE: 'Single source',
  INQUIRY: 'Inquiry',
});

export const BID_STATUS_LABELS_ZH: Readonly<Record<BidStatus, string>> = Object.freeze({
  SUBMITTED: '已投标',
  WITHDRAWN: '已撤回',
  RANKED: '已评审排名',
  AWARDED: '成交',
  NOT_AWARDED: '未成交',
});

export const BID_STATUS_LABELS_EN: Readonly<Record<BidStatus, string>> = Object.freeze({
  SUBMITTED: 'Submitted',
  WITHDRAWN: 'Withdrawn',
  RANKED: 'Ranked',
  AWARDED: 'Awarded',
  NOT_AWARDED: 'Not awarded',
});

export const OBJECTION_STATUS_LABELS_ZH: Readonly<Record<ObjectionStatus, string>> = Object.freeze({
  OPEN: '待答复',
  UPHELD: '质疑成立',
  DISMISSED: '质疑不成立',
});

export const OBJECTION_STATUS_LABELS_EN: Readonly<Record<ObjectionStatus, string>> = Object.freeze({
  OPEN: 'Open',
  UPHELD: 'Upheld',
  DISMISSED: 'Dismissed',
});

export const CONTRACT_STATUS_LABELS_ZH: Readonly<Record<ContractStatus, string>> = Object.freeze({
  IN_FORCE: '履行中',
  COMPLETED: '已完成',
});

export const CONTRACT_STATUS_LABELS_EN: Readonly<Record<ContractStatus, string>> = Object.freeze({
  IN_FORCE: 'In force',
  COMPLETED: 'Completed',
});
