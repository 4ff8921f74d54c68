import { beijingMidnight, dayOfDateString } from '@civic/domain/calendar';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/**
 * The services that gather the work waiting for someone (issue #18): each answers
 * `<service>.work-queue` with the items waiting for the actor who asks.
 */
export const WORK_SERVICES = [
  'finance',
  'lottery-fund',
  'venture',
  'incubation',
  'procurement',
  'organizations',
] as const;
export type WorkService = (typeof WORK_SERVICES)[number];

/**
 * Every kind of work a home page shows, a stable code named for the service that owns it; the UI
 * labels each in Chinese and English. Never renamed: a new meaning is a new code.
 */
export const WORK_KINDS = [
  // rule R28: four eyes on batches, re-issues and clawback receipts.
  'finance.batches-to-check',
  'finance.payments-to-batch',
  'finance.payments-to-reissue',
  'finance.reissues-to-check',
  'finance.clawbacks-open',
  'finance.receipts-to-check',
  // rules R20, R23: assessing and deciding applications, objections, the annual report.
  'lottery-fund.applications-to-assess',
  'lottery-fund.applications-to-decide',
  'lottery-fund.objections-to-answer',
  'lottery-fund.annual-report-due',
  // rules R17–R19: drafts, the draw, reviews, signing and milestones.
  'venture.drafts-to-submit',
  'venture.proposals-to-check',
  'venture.reviews-due',
  'venture.awards-to-sign',
  'venture.milestones-to-evaluate',
  'venture.reports-to-file',
  // rule R16: answers within 5 working days, space handed back within 15.
  'incubation.admissions-to-answer',
  'incubation.spaces-due-back',
  'incubation.space-to-hand-back',
  // rules R24, R25: the directory, bidding, the panel, objections, contracts and performance.
  'procurement.directory-to-decide',
  'procurement.bidding-to-close',
  'procurement.panels-to-draw',
  'procurement.bids-to-score',
  'procurement.objections-to-answer',
  'procurement.contracts-to-sign',
  'procurement.evaluations-due',
  'procurement.reports-due',
  // issue #17 with rule R28: a policy version another administrator proposed.
  'organizations.policies-to-approve',
] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

/** Work of one kind waiting for the actor, with where to do it (issue #18). */
export class WorkItemView {
  @ApiProperty({ enum: WORK_KINDS, enumName: 'WorkKind', example: 'finance.batches-to-check' })
  kind: WorkKind;

  @ApiProperty({ description: 'How many are waiting', minimum: 1, example: 3 })
  count: number;

  @ApiPropertyOptional({ format: 'date-time', description: 'When the oldest one arrived' })
  oldestAt?: string;

  @ApiPropertyOptional({
    format: 'date-time',
    description:
      'When the earliest of them is due (a day’s deadline: its last instant, Beijing time)',
  })
  deadline?: string;

  @ApiProperty({
    description: 'Where the work is done: the admin UI’s list, filtered to it',
    example: '/finance/batches?status=SUBMITTED',
  })
  link: string;

  @ApiPropertyOptional({
    description: 'The programme, call, cohort or project the items belong to by name, or the year',
    example: '2026 年公益创投',
  })
  programme?: string;
}

/** One service's work for the actor, or word that it did not answer in time. */
export class ServiceWorkView {
  @ApiProperty({ enum: WORK_SERVICES, enumName: 'WorkService' }) service: WorkService;

  @ApiProperty({ description: 'The service did not answer: its work is not known right now' })
  unavailable: boolean;

  @ApiProperty({ type: [WorkItemView] }) items: WorkItemView[];
}

/** What waits for the signed-in user, from each service their roles concern (issue #18). */
export class MyWorkView {
  @ApiProperty({ type: [ServiceWorkView] }) services: ServiceWorkView[];
}

/** What a service gathers for one kind: the count, the oldest, the earliest deadline. */
export interface WorkTally {
  count: number;
  oldestAt?: Date | string | null;
  deadline?: Date | string | null;
  programme?: string | null;
}

/** An item from a tally; none when nothing waits (a home page shows only work). */
export function workItem(kind: WorkKind, link: string, tally: WorkTally): WorkItemView[] {
  const count = Number(tally.count);
  if (!Number.isFinite(count) || count <= 0) return [];
  const iso = (value?: Date | string | null) =>
    value === null || value === undefined ? undefined : new Date(value).toISOString();
  const oldestAt = iso(tally.oldestAt);
  const deadline = iso(tally.deadline);
  return [
    {
      kind,
      count,
      ...(oldestAt ? { oldestAt } : {}),
      ...(deadline ? { deadline } : {}),
      link,
      ...(tally.programme ? { programme: tally.programme } : {}),
    },
  ];
}

/**
 * A deadline that is a China calendar day (`YYYY-MM-DD`: R16's answer day, R23's 30 June) as the
 * instant it ends: the last millisecond of that day, UTC+8. Work done on the day is not late.
 */
export function endOfBeijingDay(date: string): Date {
  return new Date(beijingMidnight(dayOfDateString(date, 'deadline') + 1).getTime() - 1);
}
