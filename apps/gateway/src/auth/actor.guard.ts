import type { RpcActor } from '@civic/contracts';
import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';

/**
 * The authentication seam. Until users and tokens exist (issue #3), every request acts as the
 * development administrator. Issue #3 replaces this guard with JWT authentication and role checks;
 * controllers and services already take the actor from here and pass it on.
 */
export const DEVELOPMENT_ACTOR: RpcActor = { userId: 'development', roles: ['administrator'] };

@Injectable()
export class ActorGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<{ actor?: RpcActor }>();
    request.actor = DEVELOPMENT_ACTOR;
    return true;
  }
}
