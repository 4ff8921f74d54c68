import type { RpcEnvelope, RpcPattern, RpcRequestOf, RpcResponseOf } from '@civic/contracts';
import { MessagePattern } from '@nestjs/microservices';

type Handler<P extends RpcPattern> = (
  envelope: RpcEnvelope<RpcRequestOf<P>>,
) => Promise<RpcResponseOf<P>>;

/** `@MessagePattern` for a pattern declared in contracts; the method's signature must match it. */
export function RpcHandler<P extends RpcPattern>(pattern: P) {
  return (
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<Handler<P>>,
  ) => {
    MessagePattern(pattern)(target, key, descriptor);
  };
}
