import type { components } from '../api/schema';

// The dashboards' shapes (issue #18), as the gateway describes them (libs/contracts/src/dashboards).
type Schemas = components['schemas'];

export type DivisionLevel = Schemas['DivisionLevel'];
export type DashboardShare = Schemas['DashboardShareView'];
export type PolicyShare = Schemas['PolicyShareView'];
export type FundCode = Schemas['FundCode'];
export type ProgrammeName = Schemas['ProgrammeName'];

export type RegistryDashboardView = Schemas['RegistryDashboardView'];
export type RegistryAreaView = Schemas['RegistryAreaView'];
export type CountyTiersView = Schemas['CountyTiersView'];
export type ManagementTier = keyof Schemas['TierCountsView'];

export type CohortDashboardView = Schemas['CohortDashboardView'];
export type CohortAreaView = Schemas['CohortAreaView'];
export type CohortOutcomeRowView = Schemas['CohortOutcomeRowView'];
export type CohortOutcomesView = Schemas['CohortOutcomesView'];

export type FundingDashboardView = Schemas['FundingDashboardView'];
export type FundingAreaView = Schemas['FundingAreaView'];
export type ProgrammeFundingView = Schemas['ProgrammeFundingView'];
export type MoneyFigures = Schemas['MoneyFiguresView'];
export type FundingShares = Schemas['FundingSharesView'];
export type DisbursementProgress = Schemas['DisbursementProgressView'];

export type TimelinessDashboardView = Schemas['TimelinessDashboardView'];
export type TimelinessAreaView = Schemas['TimelinessAreaView'];
export type ProgrammeTimelinessView = Schemas['ProgrammeTimelinessView'];
export type DurationStats = Schemas['DurationStatsView'];
export type TimelinessFiguresView = Schemas['TimelinessFiguresView'];

/** A child area as every view answers it: code, name, level. */
export interface AreaRow {
  code: string;
  name: string;
  level: DivisionLevel;
}
