import { DIVISION_LEVELS, type DivisionLevel } from '@civic/domain/dashboards';
import { ApiProperty } from '@nestjs/swagger';
import { DashboardAreaView, DashboardShareView } from './dashboard-area.view';

/**
 * What became of a cohort's applicants (R16; libs/domain/dashboards COHORT_OUTCOMES): admitted =
 * active + graduated + exited; applied − admitted − waitlisted − rejected await a decision.
 */
export class CohortOutcomesView {
  @ApiProperty() applied: number;
  @ApiProperty() admitted: number;
  @ApiProperty() waitlisted: number;
  @ApiProperty() rejected: number;
  @ApiProperty({ description: 'Admitted and still incubated' }) active: number;
  @ApiProperty({ description: 'Graduated (出壳)' }) graduated: number;
  @ApiProperty() exited: number;
  @ApiProperty({ type: DashboardShareView, description: 'Graduated of admitted' })
  graduation: DashboardShareView;
}

/** One cohort of one base, for the year and area asked. */
export class CohortOutcomeRowView extends CohortOutcomesView {
  @ApiProperty({ format: 'uuid' }) baseId: string;
  @ApiProperty({ example: '青秀区社区社会组织孵化基地' }) baseName: string;
  @ApiProperty({ format: 'uuid' }) cohortId: string;
  @ApiProperty({ example: '2026 年第二期孵化' }) cohortName: string;
  @ApiProperty({ example: 2026, description: 'The year the cohort starts' }) year: number;
}

/** A child area (by the applicants' streets) with its outcomes. */
export class CohortAreaView extends CohortOutcomesView {
  @ApiProperty({ example: '450103' }) code: string;
  @ApiProperty({ example: '青秀区' }) name: string;
  @ApiProperty({ enum: DIVISION_LEVELS, enumName: 'DivisionLevel' }) level: DivisionLevel;
}

/**
 * Incubation cohort outcomes (issue #18; R16), read from the cohort tally: applicants counted
 * where they are (their street), cohorts by the year they start. Base staff see their base only.
 */
export class CohortDashboardView {
  @ApiProperty({ type: [Number], example: [2026], description: 'Years in which cohorts start' })
  years: number[];
  @ApiProperty({ type: Number, nullable: true, example: 2026 }) year: number | null;
  @ApiProperty({ type: DashboardAreaView }) area: DashboardAreaView;
  @ApiProperty({ type: CohortOutcomesView }) totals: CohortOutcomesView;
  @ApiProperty({ type: [CohortAreaView] }) children: CohortAreaView[];
  @ApiProperty({ type: [CohortOutcomeRowView] }) cohorts: CohortOutcomeRowView[];
}
