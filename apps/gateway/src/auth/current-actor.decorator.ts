import type { RpcActor } from '@civic/contracts';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';

/** The actor the auth guard put on the request; passed on to services with every call. */
export const CurrentActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RpcActor =>
    context.switchToHttp().getRequest<{ actor: RpcActor }>().actor,
);
