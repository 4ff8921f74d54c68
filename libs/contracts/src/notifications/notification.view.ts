import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { MAX_PAGE, MAX_PAGE_SIZE } from '../common/page.query';
import {
  DECISION_OUTCOMES,
  DECISION_SUBJECTS,
  type DecisionOutcome,
  type DecisionSubject,
} from '../messages/decisions/decision-made.v1';
import { PROGRAMMES, type ProgrammeName } from '../messages/finance/programmes';

/** A page of one's notifications unless it asks for another size. */
export const NOTIFICATION_PAGE_SIZE = 20;
export const NOTIFICATION_ORDERS = ['unread-first', 'newest-first'] as const;
export type NotificationOrder = (typeof NOTIFICATION_ORDERS)[number];

/** One's own notifications, a page at a time (issue #18). */
export class NotificationsQuery {
  @ApiPropertyOptional({ default: 1, minimum: 1, maximum: MAX_PAGE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page?: number;

  @ApiPropertyOptional({ default: NOTIFICATION_PAGE_SIZE, minimum: 1, maximum: MAX_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize?: number;

  @ApiPropertyOptional({
    enum: NOTIFICATION_ORDERS,
    default: 'unread-first',
    description: 'Unread ones first (each part newest first), or all newest first',
  })
  @IsOptional()
  @IsIn(NOTIFICATION_ORDERS)
  order?: NotificationOrder;
}

/** A short text in both languages. */
export class NotificationTextView {
  @ApiProperty({ example: '社区长者助餐服务' }) zh: string;
  @ApiProperty({ example: '社区长者助餐服务' }) en: string;
}

/** A decision about the user's organization, told in the app (issue #18). */
export class NotificationView {
  @ApiProperty({ format: 'uuid' }) id: string;

  @ApiProperty({ enum: PROGRAMMES, enumName: 'ProgrammeName' }) programme: ProgrammeName;

  @ApiProperty({ enum: DECISION_OUTCOMES, enumName: 'DecisionOutcome' })
  outcome: DecisionOutcome;

  @ApiProperty({ enum: DECISION_SUBJECTS, enumName: 'DecisionSubject' })
  subjectType: DecisionSubject;

  @ApiProperty({ format: 'uuid' }) subjectId: string;

  @ApiProperty({ type: NotificationTextView, description: 'What it is about' })
  title: NotificationTextView;

  @ApiPropertyOptional({ description: 'Integer fen (R26): awarded, approved or paid' })
  amountFen?: number;

  @ApiPropertyOptional({ type: NotificationTextView, description: 'Why, when the decision says' })
  reason?: NotificationTextView;

  @ApiProperty({ format: 'date-time' }) decidedAt: string;

  @ApiProperty({
    description: 'Where the record is read in the admin UI',
    example: '/lottery/applications',
  })
  link: string;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'When the user read it; absent: unread',
  })
  readAt?: string;

  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class NotificationPageView {
  @ApiProperty({ type: [NotificationView] }) items: NotificationView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty({ description: 'How many of all the user’s notifications are unread' })
  unread: number;
}

/** How many notifications were marked read. */
export class NotificationsReadView {
  @ApiProperty({ description: 'Notifications newly marked read' }) marked: number;
  @ApiProperty({ description: 'Unread left' }) unread: number;
}
