import { DIVISION_LEVELS, type DivisionLevel } from '@civic/domain/dashboards';
import { ApiProperty } from '@nestjs/swagger';
import { FUND_CODES, type FundCodeValue } from '../messages/finance/commitment-requested.v1';
import { PROGRAMMES, type ProgrammeName } from '../messages/finance/programmes';
import { DashboardAreaView, DashboardShareView, PolicyShareView } from './dashboard-area.view';

/**
 * Money at each step of the programme lifecycle (R26 integer fen, R27, R28): committed (awards and
 * approvals), in a disbursement batch, paid, and released (committed but no longer to be paid).
 */
export class MoneyFiguresView {
  @ApiProperty({ example: 500_000_000 }) committedFen: number;
  @ApiProperty({ example: 120_000_000 }) inBatchFen: number;
  @ApiProperty({ example: 300_000_000 }) paidFen: number;
  @ApiProperty({ example: 5_000_000 }) releasedFen: number;
}

/** One programme's money from one fund. */
export class ProgrammeFundingView extends MoneyFiguresView {
  @ApiProperty({ enum: PROGRAMMES, enumName: 'ProgrammeName' }) programme: ProgrammeName;
  @ApiProperty({ enum: FUND_CODES, enumName: 'FundCode' }) fund: FundCodeValue;
}

/** A child area (by the recipients' streets) with its money. */
export class FundingAreaView extends MoneyFiguresView {
  @ApiProperty({ example: '450103' }) code: string;
  @ApiProperty({ example: '青秀区' }) name: string;
  @ApiProperty({ enum: DIVISION_LEVELS, enumName: 'DivisionLevel' }) level: DivisionLevel;
}

/** Committed money's shares against the policies: each names its rule and floor. */
export class FundingSharesView {
  @ApiProperty({
    type: PolicyShareView,
    description: 'To rural organizations; R14 reserve, 30 % by default',
  })
  rural: PolicyShareView;
  @ApiProperty({
    type: PolicyShareView,
    description: 'To public-welfare organizations (R12; no number)',
  })
  publicWelfare: PolicyShareView;
  @ApiProperty({
    type: PolicyShareView,
    description: 'Eldercare of the lottery fund’s social-welfare use; R21 floor 55 %',
  })
  eldercare: PolicyShareView;
  @ApiProperty({
    type: PolicyShareView,
    description: 'To organizations led by Party members (R10)',
  })
  partyLed: PolicyShareView;
}

/** How far committed money has gone (R28): in a batch, paid, released, each a share of committed. */
export class DisbursementProgressView extends MoneyFiguresView {
  @ApiProperty({ type: DashboardShareView }) inBatch: DashboardShareView;
  @ApiProperty({ type: DashboardShareView }) paid: DashboardShareView;
  @ApiProperty({ type: DashboardShareView }) released: DashboardShareView;
}

/**
 * Funding by programme and area (issue #18), for a fiscal year, fund and programme. The shape is
 * fixed here for the UI to build against; finance answers it from its own tallies (not built yet:
 * no route serves it).
 */
export class FundingDashboardView {
  @ApiProperty({ type: [Number], example: [2025, 2026], description: 'Fiscal years with money' })
  years: number[];
  @ApiProperty({ type: Number, nullable: true, example: 2026 }) year: number | null;
  @ApiProperty({ enum: FUND_CODES, type: String, nullable: true })
  fund: FundCodeValue | null;
  @ApiProperty({ enum: PROGRAMMES, type: String, nullable: true })
  programme: ProgrammeName | null;
  @ApiProperty({ type: DashboardAreaView }) area: DashboardAreaView;
  @ApiProperty({ type: MoneyFiguresView }) totals: MoneyFiguresView;
  @ApiProperty({ type: [ProgrammeFundingView] }) byProgramme: ProgrammeFundingView[];
  @ApiProperty({ type: [FundingAreaView] }) children: FundingAreaView[];
  @ApiProperty({ type: FundingSharesView }) shares: FundingSharesView;
  @ApiProperty({ type: DisbursementProgressView }) progress: DisbursementProgressView;
}
