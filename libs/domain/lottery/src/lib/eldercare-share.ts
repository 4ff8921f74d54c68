import { assertNonNegativeFen, Fen, formatYuan } from '@civic/domain/money';
import {
  assertEldercarePolicy,
  DEFAULT_ELDERCARE_POLICY,
  EldercarePolicy,
  floorInBasisPoints,
} from './eldercare-policy';
import {
  isLotteryPurpose,
  LOTTERY_PURPOSE_LABELS_EN,
  LOTTERY_PURPOSE_LABELS_ZH,
  LotteryPurpose,
} from './lottery-purpose';

/** Fen approved in one year, by purpose; a missing purpose is 0. rule R21 */
export type ApprovedByPurpose = Readonly<Partial<Record<LotteryPurpose, Fen>>>;

/**
 * The eldercare share of a year's approved subsidies, exactly `eldercareFen / totalFen`.
 * `basisPoints` and `percent` round it down (to 0.01 %), so the display never shows a year as
 * meeting a floor it misses. With nothing approved the share is undefined: both are null.
 * rule R21
 */
export interface EldercareShare {
  eldercareFen: Fen;
  totalFen: Fen;
  basisPoints: number | null;
  /** "55.00": percent with 2 decimals, for display only. */
  percent: string | null;
}

/** A share of a year with something approved. rule R21 */
export type DefinedEldercareShare = EldercareShare & { basisPoints: number; percent: string };

export type EldercareFloorCheck =
  | { ok: true; shareAfter: DefinedEldercareShare }
  | {
      ok: false;
      reason: 'BELOW_ELDERCARE_FLOOR';
      shareAfter: DefinedEldercareShare;
      floorPercent: number;
      policyVersion: string;
      /** The most a non-eldercare approval could be and keep the year at the floor (0 if none). */
      headroomFen: Fen;
      message: string;
      messageZh: string;
    };

// rule R21: the share of the social-welfare use of the fund (all four purposes) that is eldercare.
export function eldercareShare(approvedFenByPurpose: ApprovedByPurpose): EldercareShare {
  const { eldercare, total } = totals(approvedFenByPurpose);
  if (total === 0n) return { eldercareFen: 0, totalFen: 0, basisPoints: null, percent: null };
  const basisPoints = Number((eldercare * 10_000n) / total);
  return {
    eldercareFen: Number(eldercare),
    totalFen: Number(total),
    basisPoints,
    percent: `${Math.trunc(basisPoints / 100)}.${String(basisPoints % 100).padStart(2, '0')}`,
  };
}

// rule R21: whether a year meets the floor, exactly; null when nothing is approved yet.
export function meetsEldercareFloor(
  approvedFenByPurpose: ApprovedByPurpose,
  policy: EldercarePolicy = DEFAULT_ELDERCARE_POLICY,
): boolean | null {
  assertEldercarePolicy(policy);
  const { eldercare, total } = totals(approvedFenByPurpose);
  return total === 0n ? null : atFloor(eldercare, total, floorInBasisPoints(policy.floorPercent));
}

/**
 * rule R21: warn before an approval that would leave the year's eldercare share below the floor.
 * The share after is that of everything approved plus this approval, so it always exists: a
 * first approval of the year gives 100 % if it is eldercare (fine) and 0 % if not (a warning,
 * unless the floor is 0). An eldercare approval never warns, even while the year is still below
 * the floor, since it only raises the share; a non-eldercare approval warns whenever the year
 * would end below the floor. It is a warning: the officer may still approve, and the report shows
 * the share.
 */
export function checkEldercareFloor(
  currentApprovedByPurpose: ApprovedByPurpose,
  proposed: { purpose: LotteryPurpose; amountFen: Fen },
  policy: EldercarePolicy = DEFAULT_ELDERCARE_POLICY,
): EldercareFloorCheck {
  assertEldercarePolicy(policy);
  const { purpose, amountFen } = proposed ?? {};
  if (!isLotteryPurpose(purpose)) {
    throw new RangeError(
      `rule R20: proposed.purpose must be a lottery purpose, got ${String(purpose)}`,
    );
  }
  if (typeof amountFen !== 'number' || !Number.isSafeInteger(amountFen) || amountFen <= 0) {
    throw new RangeError(
      `rule R26: proposed.amountFen must be a positive whole number of fen, got ${String(amountFen)}`,
    );
  }
  const before = totals(currentApprovedByPurpose);
  const after = {
    ...currentApprovedByPurpose,
    [purpose]: Number(BigInt(currentApprovedByPurpose?.[purpose] ?? 0) + BigInt(amountFen)),
  };
  const shareAfter = eldercareShare(after) as DefinedEldercareShare;
  const floorBp = floorInBasisPoints(policy.floorPercent);
  const eldercareAfter = BigInt(shareAfter.eldercareFen);
  if (purpose === 'ELDERLY' || atFloor(eldercareAfter, BigInt(shareAfter.totalFen), floorBp)) {
    return { ok: true, shareAfter };
  }
  const { floorPercent } = policy;
  const yuan = formatYuan(amountFen);
  return {
    ok: false,
    reason: 'BELOW_ELDERCARE_FLOOR',
    shareAfter,
    floorPercent,
    policyVersion: policy.version,
    headroomFen: headroom(before.eldercare, before.total, floorBp),
    message: `rule R21: approving ${yuan} yuan for ${LOTTERY_PURPOSE_LABELS_EN[purpose]} would leave this year's eldercare share at ${shareAfter.percent} %, below the ${floorPercent} % floor`,
    messageZh: `规则 R21：批准该笔${LOTTERY_PURPOSE_LABELS_ZH[purpose]}资助 ${yuan} 元后，本年度扶老（养老）资金占比为 ${shareAfter.percent}%，低于 ${floorPercent}% 的下限`,
  };
}

/** eldercare / total ≥ floorBp / 10000, in integers. */
function atFloor(eldercare: bigint, total: bigint, floorBp: number): boolean {
  return eldercare * 10_000n >= BigInt(floorBp) * total;
}

/** Largest x with eldercare / (total + x) ≥ floor: floor(eldercare · 10000 / floorBp) − total. */
function headroom(eldercare: bigint, total: bigint, floorBp: number): Fen {
  if (floorBp === 0) return Number.MAX_SAFE_INTEGER;
  const room = (eldercare * 10_000n) / BigInt(floorBp) - total;
  if (room <= 0n) return 0;
  return room > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(room);
}

function totals(approved: ApprovedByPurpose): { eldercare: bigint; total: bigint } {
  if (typeof approved !== 'object' || approved === null) {
    throw new RangeError('rule R21: approved amounts must be an object keyed by lottery purpose');
  }
  let total = 0n;
  for (const [purpose, fen] of Object.entries(approved)) {
    if (!isLotteryPurpose(purpose)) {
      throw new RangeError(`rule R20: ${purpose} is not a lottery purpose`);
    }
    if (fen === undefined) continue;
    assertNonNegativeFen(fen, `approved.${purpose}`);
    total += BigInt(fen);
  }
  if (total > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError('rule R26: the approved total is outside the safe integer range');
  }
  return { eldercare: BigInt(approved.ELDERLY ?? 0), total };
}
