import type { RpcActor } from '@civic/contracts';
import { type CheckedRecord, checkBatchDecision } from '@civic/domain/finance';
import { ServiceError } from '@civic/platform/rpc';

/**
 * rule R28: the actor may decide what `makerId` made only as a finance checker who is not its
 * maker; otherwise a 403 `RULE_R28_SAME_PERSON` or `RULE_R28_NOT_A_CHECKER`, in both languages.
 */
export function assertFourEyes(makerId: string, actor: RpcActor, record: CheckedRecord): void {
  const check = checkBatchDecision(
    { makerId, checkerId: actor.userId, checkerRoles: actor.roles },
    record,
  );
  if (!check.ok) {
    throw new ServiceError(
      403,
      `RULE_R28_${check.reason}`,
      check.message,
      undefined,
      check.messageZh,
    );
  }
}
