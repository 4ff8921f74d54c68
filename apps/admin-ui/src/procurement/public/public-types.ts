// The published side of government purchase (R24, R25), taken from the generated schema.
import type { components } from '../../api/schema';

type Schemas = components['schemas'];

export type UndertakerKind = Schemas['UndertakerKind'];
export type PurchaseMethod = Schemas['PurchaseMethod'];
export type PurchaseProjectStatus = Schemas['PurchaseProjectStatus'];
export type PerformanceRecordView = Schemas['PerformanceRecordView'];
export type PublicDirectoryEntryView = Schemas['PublicDirectoryEntryView'];
export type PurchaseProjectView = Schemas['PurchaseProjectView'];
export type EvaluationCriterion = Schemas['EvaluationCriterionDto'];
export type PurchaseResultView = Schemas['PurchaseResultView'];
export type RankedBidView = Schemas['RankedBidView'];
export type PublicContractView = Schemas['PublicContractView'];
export type PublicContractYearView = Schemas['PublicContractYearView'];
export type IndicatorScoreView = Schemas['IndicatorScoreView'];
export type PerformanceIndicatorView = Schemas['PerformanceIndicatorView'];

/** The public directory's filters: a kind, a region served, a service category. */
export interface PublicDirectoryFilter {
  kind?: UndertakerKind;
  regionCode?: string;
  category?: string;
}

/** The announcements' filters: a fiscal year, a region. */
export interface AnnouncementFilter {
  fiscalYear?: number;
  regionCode?: string;
}
