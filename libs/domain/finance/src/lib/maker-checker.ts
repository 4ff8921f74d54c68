import { Role } from '@civic/domain/access';

export interface BatchDecisionInput {
  /** The finance maker who prepared the batch. */
  makerId: string;
  /** The user approving or rejecting it. */
  checkerId: string;
  checkerRoles: readonly string[];
}

export type BatchDecisionCheck =
  | { ok: true }
  | { ok: false; reason: 'SAME_PERSON' | 'NOT_A_CHECKER'; message: string; messageZh: string };

// rule R28: four eyes: a batch is decided by a finance checker who is not the person who made it.
export function checkBatchDecision(input: BatchDecisionInput): BatchDecisionCheck {
  const { makerId, checkerId, checkerRoles } = input;
  for (const [field, id] of [
    ['makerId', makerId],
    ['checkerId', checkerId],
  ] as const) {
    if (typeof id !== 'string' || id === '') {
      throw new RangeError(`rule R28: ${field} must be a non-empty string`);
    }
  }
  if (makerId === checkerId) {
    return {
      ok: false,
      reason: 'SAME_PERSON',
      message: 'rule R28: the maker of a disbursement batch cannot also check it',
      messageZh: '拨付批次的经办人不能复核自己制作的批次',
    };
  }
  if (!checkerRoles.includes(Role.FINANCE_CHECKER)) {
    return {
      ok: false,
      reason: 'NOT_A_CHECKER',
      message: `rule R28: only a user with the ${Role.FINANCE_CHECKER} role can check a disbursement batch`,
      messageZh: '只有具备财务复核角色的用户才能复核拨付批次',
    };
  }
  return { ok: true };
}
