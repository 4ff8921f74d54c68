import { Role } from '@civic/domain/access';
import { Controller, HttpCode, Inject, Post, Res } from '@nestjs/common';
import { QueueDashboardTicketView, type RpcActor } from '@civic/contracts';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../auth/access.decorator';
import { AUTH_SETTINGS, type AuthSettings } from '../auth/auth-settings';
import { CurrentActor } from '../auth/current-actor.decorator';
import { DASHBOARD_COOKIE, DASHBOARD_PATH } from './dashboard-ticket';
import { QueueDashboard } from './queue-dashboard';

/** `POST /api/v1/admin/queue-dashboard/ticket`: lets this administrator's browser open the dashboard. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('v1/admin/queue-dashboard')
export class QueueDashboardController {
  constructor(
    private readonly dashboard: QueueDashboard,
    @Inject(AUTH_SETTINGS) private readonly auth: AuthSettings,
  ) {}

  @Post('ticket')
  @HttpCode(200)
  @Roles(Role.ADMINISTRATOR)
  @ApiOperation({
    summary:
      'A ticket cookie for the queue dashboard at /api/admin/queues (administrators; as long as an access token lives)',
  })
  @ApiOkResponse({ type: QueueDashboardTicketView })
  ticket(
    @CurrentActor() actor: RpcActor,
    @Res({ passthrough: true }) response: Response,
  ): QueueDashboardTicketView {
    // No longer than an access token: a session's revocation mark lasts that long (SessionRevocations).
    const ttl = this.auth.accessTokenTtlSeconds;
    const exp = Math.floor(Date.now() / 1000) + ttl;
    const ticket = this.dashboard.tickets.issue({
      sub: actor.userId,
      sid: actor.sessionId ?? '',
      roles: [...actor.roles],
      exp,
    });
    response.cookie(DASHBOARD_COOKIE, ticket, {
      httpOnly: true,
      secure: true,
      sameSite: 'strict',
      path: DASHBOARD_PATH,
      maxAge: ttl * 1000,
    });
    return { url: `${DASHBOARD_PATH}/`, expiresAt: new Date(exp * 1000).toISOString() };
  }
}
