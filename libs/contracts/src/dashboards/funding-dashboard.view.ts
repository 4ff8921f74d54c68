import { DIVISION_LEVELS, type DivisionLevel } from '@civic/domain/dashboards';
import { ApiProperty } from '@nestjs/swagger';
import { FUND_CODES, type FundCodeValue } from '../messages/finance/commitment-requested.v1';
import { PROGRAMMES, type ProgrammeName } from '../messages/finance/programmes';
import { DashboardAreaView, DashboardShareView, PolicyShareView } from './dashboard-area.view';

/**
 * Money at each step of the programme lifecycle (R26 integer fen, R27, R28), as finance's funding
 * tally holds it: committed (accepted commitments, closed ones included), and of it what is asked
 * and awaiting a batch, in a batch (awaiting its checker or at the bank), paid, failed (awaiting a
 * re-issue), released (no longer to be paid), and what clawbacks claim and recovered (R19).
 * Committed = not yet asked + awaiting a batch + in a batch + paid + failed + released.
 */
export class MoneyFiguresView {
  @ApiProperty({ example: 12, description: 'Commitments accepted' }) commitments: number;
  @ApiProperty({ example: 500_000_000 }) committedFen: number;
  @ApiProperty({ example: 20_000_000, description: 'Payments asked, awaiting a batch' })
  awaitingBatchFen: number;
  @ApiProperty({
    example: 120_000_000,
    description: 'In a batch: awaiting its checker or at the bank',
  })
  inBatchFen: number;
  @ApiProperty({ example: 300_000_000 }) paidFen: number;
  @ApiProperty({ example: 1_000_000, description: 'Failed for good, not re-issued yet' })
  failedFen: number;
  @ApiProperty({ example: 5_000_000 }) releasedFen: number;
  @ApiProperty({ example: 0, description: 'Claimed back by clawbacks (R19)' })
  clawedBackFen: number;
  @ApiProperty({ example: 0, description: 'Recovered under clawbacks (R19)' })
  recoveredFen: number;
}

/** One programme's money from one fund. */
export class ProgrammeFundingView extends MoneyFiguresView {
  @ApiProperty({ enum: PROGRAMMES, enumName: 'ProgrammeName' }) programme: ProgrammeName;
  @ApiProperty({ enum: FUND_CODES, enumName: 'FundCode' }) fund: FundCodeValue;
}

/** A child area or a county (by the recipients' streets) with its money. */
export class FundingAreaView extends MoneyFiguresView {
  @ApiProperty({ example: '450103' }) code: string;
  @ApiProperty({ example: '青秀区' }) name: string;
  @ApiProperty({ enum: DIVISION_LEVELS, enumName: 'DivisionLevel' }) level: DivisionLevel;
}

/**
 * Shares of money against the policies, each naming its rule and floor: of committed money net of
 * releases (or of paid money), to recipients whose facts finance knows (v2 requests).
 */
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
    description: 'To organizations that take on government functions (R12; no number)',
  })
  governmentFunctions: PolicyShareView;
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

/** Where the shares' targets come from. */
export const FUNDING_TARGET_SOURCES = ['SEED', 'STORE'] as const;
export type FundingTargetSource = (typeof FUNDING_TARGET_SOURCES)[number];

/**
 * Funding by programme and area (issue #18), for a fiscal year, fund and programme, answered by
 * finance from its funding tally (never its payments' rows). Areas are the recipients' streets as
 * the programmes named them when they asked; money asked without a recipient (v1 requests, payees
 * outside the registry) counts in the province's totals as `areaUnknown`, in no child area.
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
  @ApiProperty({ type: [FundingAreaView], description: 'The areas one level down' })
  children: FundingAreaView[];
  @ApiProperty({
    type: [FundingAreaView],
    description: 'The counties of a province or city (funding by county); empty below',
  })
  counties: FundingAreaView[];
  @ApiProperty({
    type: MoneyFiguresView,
    nullable: true,
    description: "The province's money whose recipient's area finance does not know; else null",
  })
  areaUnknown: MoneyFiguresView | null;
  @ApiProperty({ type: FundingSharesView, description: 'Of committed money net of releases' })
  shares: FundingSharesView;
  @ApiProperty({ type: FundingSharesView, description: 'Of paid money' })
  paidShares: FundingSharesView;
  @ApiProperty({ type: DisbursementProgressView }) progress: DisbursementProgressView;
  @ApiProperty({
    enum: FUNDING_TARGET_SOURCES,
    enumName: 'FundingTargetSource',
    description:
      "STORE: the RESERVE and ELDERCARE_FLOOR versions in force today for the area, from finance's copies of the policy store; SEED: no approved version has reached finance yet, so the targets are the platform's first versions (R14 30 %, R21 55 %)",
  })
  targetsFrom: FundingTargetSource;
}
