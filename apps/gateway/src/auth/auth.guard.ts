import type { RpcActor } from '@civic/contracts';
import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  InternalServerErrorException,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { ACCESS_METADATA, ENROLMENT_METADATA, type RouteAccess } from './access.decorator';
import { type AccessClaims, actorOf } from './access-token';
import { enrolmentRequired } from './auth.errors';
import { SessionRevocations } from './session-revocations';
import { VerifiedTokens } from './verified-tokens';

interface AuthRequest {
  headers: Record<string, string | string[] | undefined>;
  actor?: RpcActor;
}

/**
 * Every request passes here (APP_GUARD). A route without an access declaration is refused: fail
 * closed. Otherwise the bearer token must verify, its session must not be revoked, an
 * enrolment-only session may call only the second-factor enrolment routes, and one of the
 * user's roles must be among the route's. Services check again, with object scope.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly verified = new VerifiedTokens();

  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly revocations: SessionRevocations,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.reflector.getAllAndOverride<RouteAccess | undefined>(ACCESS_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!access) {
      throw new InternalServerErrorException(
        `${context.getClass().name}.${context.getHandler().name} declares no access (@Roles/@Public)`,
      );
    }
    if (access.kind === 'public') return true;
    const request = context.switchToHttp().getRequest<AuthRequest>();
    const claims = await this.authenticate(request);
    const enrolmentRoute = this.reflector.getAllAndOverride<boolean | undefined>(
      ENROLMENT_METADATA,
      [context.getHandler(), context.getClass()],
    );
    // A user whose roles need a second factor and who has none yet may only set one up.
    if (claims.enrol && !enrolmentRoute) throw enrolmentRequired();
    const actor = actorOf(claims);
    request.actor = actor;
    if (!actor.roles.some((role) => (access.roles as readonly string[]).includes(role))) {
      throw new ForbiddenException({
        statusCode: 403,
        code: 'ROLE_NOT_ALLOWED',
        message: `this action needs one of the roles: ${access.roles.join(', ')}`,
      });
    }
    return true;
  }

  private async authenticate(request: AuthRequest): Promise<AccessClaims> {
    const header = request.headers.authorization;
    const token = typeof header === 'string' ? /^Bearer (\S+)$/i.exec(header)?.[1] : undefined;
    if (!token) throw unauthorized('MISSING_TOKEN', 'log in first: no bearer token');
    let claims = this.verified.get(token);
    if (!claims) {
      try {
        claims = await this.jwt.verifyAsync<AccessClaims & { exp?: number }>(token);
      } catch {
        throw unauthorized('BAD_TOKEN', 'access token is invalid or expired');
      }
      this.verified.remember(token, claims);
    }
    if (await this.revocations.isRevoked(claims.sid)) {
      throw unauthorized('SESSION_ENDED', 'this session has ended; log in again');
    }
    return claims;
  }
}

const unauthorized = (code: string, message: string) =>
  new UnauthorizedException({ statusCode: 401, code, message });
