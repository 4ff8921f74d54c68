import {
  AccessTokenView,
  CurrentUserView,
  LoginDto,
  type RpcActor,
  ErrorView,
} from '@civic/contracts';
import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCookieAuth,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { cookieTarget, RateLimited, usernameTarget } from '../http/rate-limits';
import { AnyRole, Public } from './access.decorator';
import { AuthService } from './auth.service';
import { CurrentActor } from './current-actor.decorator';
import { CSRF_HEADER, REFRESH_COOKIE, SessionCookies } from './session-cookies';

@ApiTags('auth')
@ApiResponse({ status: '4XX', type: ErrorView, description: 'Refused; nothing changed' })
@Controller('v1/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly cookies: SessionCookies,
  ) {}

  @Post('login')
  @Public()
  @RateLimited(usernameTarget)
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Sign in: 401 on bad credentials or second factor, 423 when locked, 429 when rate-limited',
    description: `Answers the access token; the refresh token is set as the HttpOnly ${REFRESH_COOKIE} cookie.`,
  })
  @ApiOkResponse({ type: AccessTokenView })
  async login(
    @Body() body: LoginDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<AccessTokenView> {
    const { username, password, totp, recoveryCode } = body;
    const session = await this.auth.login(username, password, { totp, recoveryCode });
    if (session.refreshToken) this.cookies.set(response, session.refreshToken);
    return session.view;
  }

  @Post('refresh')
  @Public()
  @RateLimited(cookieTarget(REFRESH_COOKIE))
  @HttpCode(200)
  @ApiOperation({
    summary: 'Trade the refresh cookie for a new access token; the cookie is replaced (rotation)',
    description: `Needs the ${REFRESH_COOKIE} cookie and the ${CSRF_HEADER} header (403 without it).`,
  })
  @ApiCookieAuth()
  @ApiHeader({ name: CSRF_HEADER, required: true, description: 'The civic_csrf cookie, echoed' })
  @ApiOkResponse({ type: AccessTokenView })
  async refresh(
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<AccessTokenView> {
    const session = await this.auth.refresh(this.cookies.refreshTokenOf(request));
    this.cookies.set(response, session.refreshToken!);
    return session.view;
  }

  @Post('logout')
  @AnyRole()
  @ApiBearerAuth()
  @HttpCode(204)
  @ApiOperation({ summary: 'End this session: its access and refresh tokens stop working' })
  async logout(
    @CurrentActor() actor: RpcActor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.auth.logout(actor.sessionId!);
    this.cookies.clear(response);
  }

  @Get('me')
  @AnyRole()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in user: name, roles and organization' })
  @ApiOkResponse({ type: CurrentUserView })
  me(@CurrentActor() actor: RpcActor): Promise<CurrentUserView> {
    return this.auth.me(actor.userId);
  }
}
