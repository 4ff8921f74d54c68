import { DIVISION_LEVELS, type DivisionLevel } from '@civic/domain/dashboards';
import { ApiProperty } from '@nestjs/swagger';
import { PROGRAMMES, type ProgrammeName } from '../messages/finance/programmes';
import { DashboardAreaView } from './dashboard-area.view';

/** How long something took, in whole days (libs/domain/dashboards durationStats, nearest rank). */
export class DurationStatsView {
  @ApiProperty({ example: 120 }) count: number;
  @ApiProperty({ type: Number, nullable: true, example: 4 }) medianDays: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 9 }) p90Days: number | null;
}

/**
 * Days (Beijing calendar days) from an application's submission to its decision (R16: answered
 * within 5 working days) and to its first settled payment (R28).
 */
export class TimelinessFiguresView {
  @ApiProperty({ type: DurationStatsView }) toDecision: DurationStatsView;
  @ApiProperty({ type: DurationStatsView }) toPayment: DurationStatsView;
}

export class ProgrammeTimelinessView extends TimelinessFiguresView {
  @ApiProperty({ enum: PROGRAMMES, enumName: 'ProgrammeName' }) programme: ProgrammeName;
}

/** A child area (by the applicants' streets) with its times, all programmes in the filter. */
export class TimelinessAreaView extends TimelinessFiguresView {
  @ApiProperty({ example: '450103' }) code: string;
  @ApiProperty({ example: '青秀区' }) name: string;
  @ApiProperty({ enum: DIVISION_LEVELS, enumName: 'DivisionLevel' }) level: DivisionLevel;
}

/**
 * Time from application to decision and to payment per programme (issue #18), a year being the
 * year applications were submitted (Beijing time). Each programme keeps a day histogram in its
 * own schema; the gateway merges them and takes count, median and p90 from the merged buckets.
 * What each programme counts as an application is in docs/dashboards.md.
 */
export class TimelinessDashboardView {
  @ApiProperty({ type: [Number], example: [2026], description: 'Years with applications' })
  years: number[];
  @ApiProperty({ type: Number, nullable: true, example: 2026 }) year: number | null;
  @ApiProperty({ enum: PROGRAMMES, type: String, nullable: true })
  programme: ProgrammeName | null;
  @ApiProperty({ type: DashboardAreaView }) area: DashboardAreaView;
  @ApiProperty({ type: TimelinessFiguresView, description: 'Every programme in the filter' })
  totals: TimelinessFiguresView;
  @ApiProperty({ type: [ProgrammeTimelinessView] }) programmes: ProgrammeTimelinessView[];
  @ApiProperty({ type: [TimelinessAreaView] }) children: TimelinessAreaView[];
  @ApiProperty({
    type: TimelinessFiguresView,
    nullable: true,
    description: "The province's applicants whose area the programme does not know; else null",
  })
  areaUnknown: TimelinessFiguresView | null;
}

/** The two times a timeliness tally keeps. */
export const TIMELINESS_STAGES = ['DECISION', 'PAYMENT'] as const;
export type TimelinessStage = (typeof TIMELINESS_STAGES)[number];

/** One bucket of a programme's day histogram: how many took `days` in one area. */
export interface TimelinessBucket {
  /** A child area's code (or the area's own below a county); all zeros: area unknown. */
  areaCode: string;
  stage: TimelinessStage;
  days: number;
  count: number;
}

/**
 * What a programme answers `<programme>.dashboard.timeliness` with (an internal RPC, never an HTTP
 * body): its histogram buckets by child area, and the years it has applications in.
 */
export interface TimelinessHistograms {
  programme: ProgrammeName;
  years: number[];
  buckets: TimelinessBucket[];
}
