import {
  CurrentUserView,
  LoginDto,
  RefreshDto,
  type RpcActor,
  TokenPairView,
  ErrorView,
} from '@civic/contracts';
import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags, ApiResponse } from '@nestjs/swagger';
import { AnyRole, Public } from './access.decorator';
import { AuthService } from './auth.service';
import { CurrentActor } from './current-actor.decorator';
import { LoginThrottlerGuard } from './login-throttler.guard';

@ApiTags('auth')
@ApiResponse({ status: '4XX', type: ErrorView, description: 'Refused; nothing changed' })
@Controller('v1/auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @Public()
  @UseGuards(LoginThrottlerGuard)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign in: 401 on bad credentials, 423 when locked, 429 when rate-limited',
  })
  @ApiOkResponse({ type: TokenPairView })
  login(@Body() body: LoginDto): Promise<TokenPairView> {
    return this.auth.login(body.username, body.password);
  }

  @Post('refresh')
  @Public()
  @UseGuards(LoginThrottlerGuard)
  @HttpCode(200)
  @ApiOperation({ summary: 'Trade a refresh token for a new pair; the old one stops working' })
  @ApiOkResponse({ type: TokenPairView })
  refresh(@Body() body: RefreshDto): Promise<TokenPairView> {
    return this.auth.refresh(body.refreshToken);
  }

  @Post('logout')
  @AnyRole()
  @ApiBearerAuth()
  @HttpCode(204)
  @ApiOperation({ summary: 'End this session: its access and refresh tokens stop working' })
  async logout(@CurrentActor() actor: RpcActor): Promise<void> {
    await this.auth.logout(actor.sessionId!);
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
