// Purchase projects' shapes (R25, R12), from the generated schema.
import type { components } from '../../api/schema';

type Schemas = components['schemas'];

export type PurchaseProjectView = Schemas['PurchaseProjectView'];
export type CreatePurchaseProjectDto = Schemas['CreatePurchaseProjectDto'];
export type SetFormDto = Schemas['SetFormDto'];
export type EvaluationCriterionDto = Schemas['EvaluationCriterionDto'];
export type PurchaseMethod = Schemas['PurchaseMethod'];
export type ProjectStatus = Schemas['PurchaseProjectStatus'];
export type BidView = Schemas['BidView'];
export type BidStatus = Schemas['BidStatus'];
export type PurchaseObjectionView = Schemas['PurchaseObjectionView'];
export type ContractView = Schemas['ContractView'];

/** What officers filter projects by: the fiscal year, the status, the buyer's region. */
export interface ProjectFilter {
  fiscalYear?: number;
  status?: ProjectStatus;
  regionCode?: string;
}

/**
 * The purchase methods of the Government Procurement Law (art. 26) and 财库〔2014〕214号, in the
 * order offered; the Record follows the API's enum, so a method added there fails the check here.
 */
const METHODS: Record<PurchaseMethod, true> = {
  PUBLIC_TENDER: true,
  INVITATIONAL_TENDER: true,
  COMPETITIVE_NEGOTIATION: true,
  COMPETITIVE_CONSULTATION: true,
  SINGLE_SOURCE: true,
  INQUIRY: true,
};
export const PURCHASE_METHODS = Object.keys(METHODS) as PurchaseMethod[];

/** Each project status's colour, in the order a project moves (R25); also the list of them. */
export const PROJECT_STATUS_COLORS: Record<ProjectStatus, string> = {
  DRAFT: 'default',
  ANNOUNCED: 'processing',
  BIDDING_CLOSED: 'gold',
  EVALUATING: 'purple',
  AWARDED: 'success',
  CONTRACTED: 'green',
  CANCELLED: 'default',
  FAILED: 'error',
};
export const PROJECT_STATUSES = Object.keys(PROJECT_STATUS_COLORS) as ProjectStatus[];

export const BID_STATUS_COLORS: Record<BidStatus, string> = {
  SUBMITTED: 'processing',
  WITHDRAWN: 'default',
  RANKED: 'blue',
  AWARDED: 'success',
  NOT_AWARDED: 'default',
};
