import {
  ErrorView,
  NotificationPageView,
  NotificationPreferencesView,
  NotificationsQuery,
  NotificationsReadView,
  NotificationView,
  type RpcActor,
  UpdateNotificationPreferencesDto,
} from '@civic/contracts';
import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AnyRole } from '../auth/access.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { uuidParam } from '../http/uuid-param.pipe';
import { NotificationPreferencesService } from './notification-preferences.service';
import { NotificationsService } from './notifications.service';

/**
 * The signed-in user's own notifications of decisions about their organization, and how they
 * want to be told (issue #18). Anyone signed in: each sees and changes only their own.
 */
@ApiTags('me')
@ApiResponse({ status: '4XX', type: ErrorView, description: 'Refused; nothing changed' })
@ApiBearerAuth()
@Controller('v1/me')
export class NotificationsController {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly preferences: NotificationPreferencesService,
  ) {}

  @Get('notifications')
  @AnyRole()
  @ApiOperation({
    summary: 'My notifications, a page at a time (unread first by default), with the unread count',
  })
  @ApiOkResponse({ type: NotificationPageView })
  list(
    @Query() query: NotificationsQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<NotificationPageView> {
    return this.notifications.list(actor.userId, query);
  }

  @Post('notifications/read-all')
  @AnyRole()
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark all my notifications read' })
  @ApiOkResponse({ type: NotificationsReadView })
  readAll(@CurrentActor() actor: RpcActor): Promise<NotificationsReadView> {
    return this.notifications.readAll(actor.userId);
  }

  @Post('notifications/:id/read')
  @AnyRole()
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark one of my notifications read (another’s is not found)' })
  @ApiOkResponse({ type: NotificationView })
  read(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: RpcActor,
  ): Promise<NotificationView> {
    return this.notifications.read(actor.userId, id);
  }

  @Get('notification-preferences')
  @AnyRole()
  @ApiOperation({
    summary: 'How I am told: in the app always, by e-mail and SMS when chosen; my contacts',
  })
  @ApiOkResponse({ type: NotificationPreferencesView })
  getPreferences(@CurrentActor() actor: RpcActor): Promise<NotificationPreferencesView> {
    return this.preferences.get(actor.userId);
  }

  @Put('notification-preferences')
  @AnyRole()
  @ApiOperation({
    summary: 'Choose e-mail and SMS, the language, and the e-mail address and mobile they go to',
  })
  @ApiOkResponse({ type: NotificationPreferencesView })
  putPreferences(
    @Body() body: UpdateNotificationPreferencesDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<NotificationPreferencesView> {
    return this.preferences.update(actor.userId, body);
  }
}
