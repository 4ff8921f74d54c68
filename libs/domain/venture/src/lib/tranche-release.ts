import { formatYuan } from '@civic/domain/money';
import { TRANCHE_LABELS_EN, TRANCHE_LABELS_ZH } from './tranche-plan';
import {
  assertTranches,
  isReleased,
  MILESTONE_STATE_LABELS_EN,
  MILESTONE_STATE_LABELS_ZH,
  TrancheState,
} from './tranche-state';
import { VentureRefusal } from './violation';

export type TrancheRefusalReason =
  'MILESTONE_NOT_APPROVED' | 'EARLIER_FAILED' | 'EARLIER_NOT_RELEASED' | 'ALREADY_RELEASED';

export type TrancheReleaseCheck =
  { ok: true } | (VentureRefusal & { reason: TrancheRefusalReason });

/**
 * rule R19: whether tranche `index` (from 0) may be released now. It is released only once
 * (ALREADY_RELEASED), not after any earlier milestone FAILED, since a failed evaluation holds the
 * next tranche (EARLIER_FAILED), only after every earlier tranche was released
 * (EARLIER_NOT_RELEASED), and only when its own milestone is APPROVED (MILESTONE_NOT_APPROVED).
 * The first reason that applies, in that order, is given.
 */
export function trancheRelease(
  tranches: readonly TrancheState[],
  index: number,
): TrancheReleaseCheck {
  assertTranches(tranches);
  if (!Number.isSafeInteger(index) || index < 0 || index >= tranches.length) {
    throw new RangeError(
      `rule R19: index must be a whole number from 0 to ${tranches.length - 1}, got ${String(index)}`,
    );
  }
  const tranche = tranches[index];
  const [name, nameZh] = names(tranche, index);
  const refuse = (reason: TrancheRefusalReason, message: string, messageZh: string) => ({
    ok: false as const,
    reason,
    message: `rule R19: ${message}`,
    messageZh: `规则 R19：${messageZh}`,
  });
  if (isReleased(tranche)) {
    const on = tranche.releasedAt === undefined ? '' : ` on ${tranche.releasedAt}`;
    const onZh = tranche.releasedAt === undefined ? '' : `于 ${tranche.releasedAt} `;
    return refuse(
      'ALREADY_RELEASED',
      `${name} was already released${on}; a tranche is paid once`,
      `${nameZh}已${onZh}拨付，不得重复拨付`,
    );
  }
  const earlier = tranches.slice(0, index);
  const failed = earlier.findIndex((t) => t.milestone === 'FAILED');
  if (failed >= 0) {
    const [was, wasZh] = names(tranches[failed], failed);
    return refuse(
      'EARLIER_FAILED',
      `${name} is held: the evaluation of ${was} failed`,
      `${wasZh}评估未通过，${nameZh}暂停拨付`,
    );
  }
  const unpaid = earlier.findIndex((t) => !isReleased(t));
  if (unpaid >= 0) {
    const [first, firstZh] = names(tranches[unpaid], unpaid);
    return refuse(
      'EARLIER_NOT_RELEASED',
      `${name} waits until ${first} is released`,
      `${firstZh}尚未拨付，${nameZh}不能先行拨付`,
    );
  }
  if (tranche.milestone !== 'APPROVED') {
    const state = tranche.milestone;
    return refuse(
      'MILESTONE_NOT_APPROVED',
      `${name} is released only when its milestone is approved; it is ${MILESTONE_STATE_LABELS_EN[state]}`,
      `${nameZh}须待节点评估通过后拨付，当前状态：${MILESTONE_STATE_LABELS_ZH[state]}`,
    );
  }
  return { ok: true };
}

// rule R19: "tranche 2 (on the mid-term review, 3,000.00 yuan)" and "第 2 期（中期评估拨付，3,000.00 元）":
// labels, not codes (issue #18); a plan's own key stays as it is.
export function names(tranche: TrancheState, index: number): [string, string] {
  const amount = formatYuan(tranche.amountFen);
  const label = TRANCHE_LABELS_ZH[tranche.key] ?? tranche.key;
  const labelEn = TRANCHE_LABELS_EN[tranche.key] ?? tranche.key;
  return [
    `tranche ${index + 1} (${labelEn}, ${amount} yuan)`,
    `第 ${index + 1} 期（${label}，${amount} 元）`,
  ];
}
