import {
  ConfirmSecondFactorDto,
  ErrorView,
  type RpcActor,
  SecondFactorEnrolledView,
  SecondFactorEnrolmentView,
} from '@civic/contracts';
import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { AnyRole, EnrolmentRoute } from '../access.decorator';
import { AuthService } from '../auth.service';
import { CurrentActor } from '../current-actor.decorator';
import { SessionCookies } from '../session-cookies';
import { SecondFactors } from './second-factors';

/**
 * Setting up the TOTP second factor, for oneself: required of finance makers, checkers and
 * administrators (their first sign-in gives a session that may do only this), open to anyone.
 */
@ApiTags('auth')
@ApiResponse({ status: '4XX', type: ErrorView, description: 'Refused; nothing changed' })
@ApiBearerAuth()
@EnrolmentRoute()
@Controller('v1/auth/second-factor')
export class SecondFactorController {
  constructor(
    private readonly secondFactors: SecondFactors,
    private readonly auth: AuthService,
    private readonly cookies: SessionCookies,
  ) {}

  @Post('enrolment')
  @AnyRole()
  @ApiOperation({
    summary: 'Start setting up a second factor: a new TOTP secret, as text and otpauth:// URI',
  })
  @ApiCreatedResponse({ type: SecondFactorEnrolmentView })
  async start(@CurrentActor() actor: RpcActor): Promise<SecondFactorEnrolmentView> {
    const { username } = await this.auth.me(actor.userId);
    return this.secondFactors.startEnrolment(actor, username);
  }

  @Post('enrolment/confirm')
  @AnyRole()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Confirm with a code of the app: a full session and ten recovery codes, shown once',
  })
  @ApiOkResponse({ type: SecondFactorEnrolledView })
  async confirm(
    @CurrentActor() actor: RpcActor,
    @Body() body: ConfirmSecondFactorDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SecondFactorEnrolledView> {
    const { session, recoveryCodes } = await this.auth.completeEnrolment(actor, body.code);
    this.cookies.set(response, session.refreshToken!);
    return { ...session.view, recoveryCodes };
  }
}
