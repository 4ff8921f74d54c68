import { isIntegerIn, isNonBlank } from './values';

/**
 * Versioned conflict-of-interest policy, editable by an administrator (rule R18 [national]:
 * 财库〔2016〕198号 art. 16; provinces and years may differ).
 */
export interface ConflictPolicy {
  version: string;
  /** An organization tie counts until this many calendar years after it ended. */
  lookbackYears: number;
  /** Collateral kinship counts up to this many generations (三代以内 = 3). */
  collateralGenerations: number;
}

/** 3 years and three generations, as art. 16 says. rule R18 */
export const DEFAULT_CONFLICT_POLICY: Readonly<ConflictPolicy> = Object.freeze({
  version: '2016-198',
  lookbackYears: 3,
  collateralGenerations: 3,
});

// rule R18: reject policy data an administrator could not have meant.
export function assertConflictPolicy(policy: ConflictPolicy): void {
  if (!isNonBlank(policy?.version)) {
    throw new RangeError('rule R18: conflict policy version must be a non-empty string');
  }
  if (!isIntegerIn(policy.lookbackYears, 0, 50)) {
    throw new RangeError(
      `rule R18: lookbackYears must be a whole number from 0 to 50, got ${String(policy.lookbackYears)}`,
    );
  }
  if (!isIntegerIn(policy.collateralGenerations, 1, 10)) {
    throw new RangeError(
      `rule R18: collateralGenerations must be a whole number from 1 to 10, got ${String(policy.collateralGenerations)}`,
    );
  }
}
