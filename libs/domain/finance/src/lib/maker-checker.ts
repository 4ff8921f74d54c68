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

/**
 * What is being checked: a disbursement batch, the receipt of money clawed back, or a failed
 * payment re-issued to corrected bank details.
 */
export type CheckedRecord = 'BATCH' | 'CLAWBACK_RECEIPT' | 'PAYMENT_REISSUE';

const TEXTS: Record<CheckedRecord, Record<'SAME_PERSON' | 'NOT_A_CHECKER', [string, string]>> = {
  BATCH: {
    SAME_PERSON: [
      'rule R28: the maker of a disbursement batch cannot also check it',
      '拨付批次的经办人不能复核自己制作的批次',
    ],
    NOT_A_CHECKER: [
      `rule R28: only a user with the ${Role.FINANCE_CHECKER} role can check a disbursement batch`,
      '只有具备财务复核角色的用户才能复核拨付批次',
    ],
  },
  CLAWBACK_RECEIPT: {
    SAME_PERSON: [
      'rule R28: the person who recorded a clawback receipt cannot also confirm it',
      '退回款的登记人不能复核自己登记的退回款',
    ],
    NOT_A_CHECKER: [
      `rule R28: only a user with the ${Role.FINANCE_CHECKER} role can confirm a clawback receipt`,
      '只有具备财务复核角色的用户才能复核退回款',
    ],
  },
  PAYMENT_REISSUE: {
    SAME_PERSON: [
      'rule R28: the person who proposed re-issuing a payment cannot also approve it',
      '重新拨付的提出人不能复核自己提出的重新拨付',
    ],
    NOT_A_CHECKER: [
      `rule R28: only a user with the ${Role.FINANCE_CHECKER} role can approve re-issuing a payment`,
      '只有具备财务复核角色的用户才能复核重新拨付',
    ],
  },
};

/**
 * rule R28: four eyes: a batch (or a clawback receipt) is decided by a finance checker who is not
 * the person who made it.
 */
export function checkBatchDecision(
  input: BatchDecisionInput,
  record: CheckedRecord = 'BATCH',
): BatchDecisionCheck {
  const { makerId, checkerId, checkerRoles } = input;
  for (const [field, id] of [
    ['makerId', makerId],
    ['checkerId', checkerId],
  ] as const) {
    if (typeof id !== 'string' || id === '') {
      throw new RangeError(`rule R28: ${field} must be a non-empty string`);
    }
  }
  const refuse = (reason: 'SAME_PERSON' | 'NOT_A_CHECKER') => {
    const [message, messageZh] = TEXTS[record][reason];
    return { ok: false as const, reason, message, messageZh };
  };
  if (makerId === checkerId) return refuse('SAME_PERSON');
  if (!checkerRoles.includes(Role.FINANCE_CHECKER)) return refuse('NOT_A_CHECKER');
  return { ok: true };
}
