import { DIVISION_LEVELS, type DivisionLevel } from '@civic/domain/dashboards';
import { ApiProperty } from '@nestjs/swagger';
import { DashboardAreaView, DashboardShareView } from './dashboard-area.view';

/** Organizations by management tier (R5). */
export class TierCountsView {
  @ApiProperty() REGISTERED: number;
  @ApiProperty() STREET_FILED: number;
  @ApiProperty() COMMUNITY_GUIDED: number;
}

/** Organizations urban and rural (R1, R8). */
export class AreaTypeCountsView {
  @ApiProperty() URBAN: number;
  @ApiProperty() RURAL: number;
}

/** Organizations by category (R1, R6). */
export class CategoryCountsView {
  @ApiProperty() LIFE_SERVICE: number;
  @ApiProperty() PUBLIC_WELFARE: number;
  @ApiProperty() MUTUAL_AID: number;
  @ApiProperty() CULTURE_SPORTS: number;
  @ApiProperty() RURAL_PRODUCTION: number;
}

/** The registry's figures for one area. */
export class RegistryFiguresView {
  @ApiProperty() total: number;
  @ApiProperty({ type: TierCountsView }) byTier: TierCountsView;
  @ApiProperty({ type: AreaTypeCountsView }) byAreaType: AreaTypeCountsView;
  @ApiProperty({ type: CategoryCountsView }) byCategory: CategoryCountsView;
  @ApiProperty({ type: DashboardShareView, description: 'Led by a Party member (R10)' })
  partyLed: DashboardShareView;
  @ApiProperty({ type: DashboardShareView, description: 'Rural organizations (R8)' })
  rural: DashboardShareView;
  @ApiProperty({ type: DashboardShareView, description: 'Public-welfare organizations (R6, R12)' })
  publicWelfare: DashboardShareView;
}

/** A child area (one level down) with its figures, for drill-down and ranked bars. */
export class RegistryAreaView extends RegistryFiguresView {
  @ApiProperty({ example: '450103' }) code: string;
  @ApiProperty({ example: '青秀区' }) name: string;
  @ApiProperty({ enum: DIVISION_LEVELS, enumName: 'DivisionLevel' }) level: DivisionLevel;
}

/** One county's organizations by tier (R5). */
export class CountyTiersView {
  @ApiProperty({ example: '450103' }) code: string;
  @ApiProperty({ example: '青秀区' }) name: string;
  @ApiProperty({ example: '南宁市' }) cityName: string;
  @ApiProperty() total: number;
  @ApiProperty({ type: TierCountsView }) byTier: TierCountsView;
}

/**
 * The registry dashboard (issue #18; R1, R5, R6, R8, R10), read from the registry tally. A year
 * counts the organizations registered by its end (with their tier and facts today); without one,
 * all of them. Children and counties are those with at least one organization.
 */
export class RegistryDashboardView {
  @ApiProperty({ type: [Number], example: [2025, 2026], description: 'Years with registrations' })
  years: number[];
  @ApiProperty({ type: Number, nullable: true, example: 2026 }) year: number | null;
  @ApiProperty({ type: DashboardAreaView }) area: DashboardAreaView;
  @ApiProperty({ type: RegistryFiguresView }) figures: RegistryFiguresView;
  @ApiProperty({ type: [RegistryAreaView] }) children: RegistryAreaView[];
  @ApiProperty({ type: [CountyTiersView] }) tiersByCounty: CountyTiersView[];
}
