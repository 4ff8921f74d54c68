import { assertNonNegativeFen } from '@civic/domain/money';
import { PurchasePolicy } from './purchase-policy';

export interface ReservedShare {
  /** Reserved budget as a percent of the year's purchase budget, rounded down to 2 decimals. */
  sharePercent: number;
  /** The policy's target (`tilt.reservedShareTargetPercent`). */
  targetPercent: number;
  meetsTarget: boolean;
  policyVersion: string;
}

/**
 * rule R12: how much of a year's government purchase budget went to projects whose announcement
 * reserved them for community social organizations, against the policy's target share (财综
 * 〔2016〕54号: a share of purchase spending goes to social organizations). Exact in fen (R26):
 * the target is met when reservedFen × 100 ≥ totalFen × target. Nothing is reserved afterwards:
 * a project is reserved only in its announcement.
 */
export function reservedShare(
  policy: PurchasePolicy,
  input: { totalFen: number; reservedFen: number },
): ReservedShare {
  const { totalFen, reservedFen } = input;
  assertNonNegativeFen(totalFen, 'rule R12: totalFen');
  assertNonNegativeFen(reservedFen, 'rule R12: reservedFen');
  if (reservedFen > totalFen) {
    throw new RangeError(`rule R12: reservedFen ${reservedFen} exceeds totalFen ${totalFen}`);
  }
  const target = policy.tilt.reservedShareTargetPercent;
  const total = BigInt(totalFen);
  const reserved = BigInt(reservedFen);
  const hundredths = total === 0n ? 0n : (reserved * 10000n) / total;
  return {
    sharePercent: Number(hundredths) / 100,
    targetPercent: target,
    meetsTarget: reserved * 100n >= total * BigInt(target),
    policyVersion: policy.version,
  };
}
