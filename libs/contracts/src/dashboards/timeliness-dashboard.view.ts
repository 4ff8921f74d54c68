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

/** Days from application to decision (R16: answered within 5 working days) and to payment (R28). */
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
 * Time from application to decision and to payment per programme (issue #18). The shape is fixed
 * here for the UI to build against; each programme answers from its own day-histogram tally (not
 * built yet: no route serves it).
 */
export class TimelinessDashboardView {
  @ApiProperty({ type: [Number], example: [2026], description: 'Years with applications' })
  years: number[];
  @ApiProperty({ type: Number, nullable: true, example: 2026 }) year: number | null;
  @ApiProperty({ enum: PROGRAMMES, type: String, nullable: true })
  programme: ProgrammeName | null;
  @ApiProperty({ type: DashboardAreaView }) area: DashboardAreaView;
  @ApiProperty({ type: [ProgrammeTimelinessView] }) programmes: ProgrammeTimelinessView[];
  @ApiProperty({ type: [TimelinessAreaView] }) children: TimelinessAreaView[];
}
