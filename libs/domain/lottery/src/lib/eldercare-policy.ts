import { toExactDecimal } from '@civic/domain/money';

/**
 * The least share of the fund's approved subsidies that must go to eldercare (扶老), in percent
 * with at most 2 decimals; national 55 % (国办发〔2019〕5号), configurable per province and
 * year. rule R21
 */
export interface EldercarePolicy {
  version: string;
  floorPercent: number;
}

/** 55 % [national R21]. */
export const DEFAULT_ELDERCARE_POLICY: Readonly<EldercarePolicy> = Object.freeze({
  version: '2026.1',
  floorPercent: 55,
});

// rule R21: reject a floor an administrator could not have meant.
export function assertEldercarePolicy(policy: EldercarePolicy): void {
  if (typeof policy?.version !== 'string' || policy.version.trim() === '') {
    throw new RangeError('rule R21: eldercare policy version must be a non-empty string');
  }
  floorInBasisPoints(policy.floorPercent);
}

// rule R21: the floor as whole basis points (55 % is 5500), exactly; fails on anything else.
export function floorInBasisPoints(floorPercent: number): number {
  const fail = () => {
    throw new RangeError(
      `rule R21: floorPercent must be a number from 0 to 100 with at most 2 decimals, got ${String(floorPercent)}`,
    );
  };
  if (typeof floorPercent !== 'number' || !Number.isFinite(floorPercent)) fail();
  const { units, scale } = toExactDecimal(floorPercent, 'floorPercent');
  if (scale > 2) fail();
  const basisPoints = units * 10n ** BigInt(2 - scale);
  if (basisPoints < 0n || basisPoints > 10_000n) fail();
  return Number(basisPoints);
}
