import { assertNonNegativeFen } from '@civic/domain/money';
import { AwardCandidate, AwardInput } from './award-types';
import { isNonBlank, isPositiveFen, isRecord } from './values';

// rule R19 (with R13, R14): reject award input that cannot be decided, naming the field.
export function assertAwardInput(input: AwardInput): void {
  if (!isRecord(input)) throw new RangeError('rule R19: the award input must be an object');
  const { budgetFen, reservePercent, candidates } = input;
  assertNonNegativeFen(budgetFen, 'rule R19: budgetFen');
  if (typeof reservePercent !== 'number' || !(reservePercent >= 0 && reservePercent <= 100)) {
    throw new RangeError(
      `rule R14: reservePercent must be between 0 and 100, got ${String(reservePercent)}`,
    );
  }
  if (!Array.isArray(candidates)) throw new RangeError('rule R19: candidates must be an array');
  const ids = new Set<string>();
  let held = 0n;
  for (const candidate of candidates) {
    assertCandidate(candidate);
    if (ids.has(candidate.id)) {
      throw new RangeError(`rule R19: candidate id ${candidate.id} appears more than once`);
    }
    ids.add(candidate.id);
    if (candidate.held !== undefined) held += BigInt(candidate.requestedFen);
  }
  if (held > BigInt(budgetFen)) {
    throw new RangeError(
      `rule R19: held awards total ${held} fen, more than the budget of ${budgetFen} fen`,
    );
  }
}

function assertCandidate(c: AwardCandidate): void {
  if (!isRecord(c) || !isNonBlank(c.id)) {
    throw new RangeError(`rule R19: candidate id must be a non-empty string, got ${String(c?.id)}`);
  }
  const field = (name: string) => `${name} of candidate ${c.id}`;
  if (typeof c.merit !== 'number' || !(c.merit >= 0 && c.merit <= 100)) {
    throw new RangeError(
      `rule R17: ${field('merit')} must be from 0 to 100, got ${String(c.merit)}`,
    );
  }
  if (typeof c.bonus !== 'number' || !(c.bonus >= 0) || !Number.isFinite(c.bonus)) {
    throw new RangeError(
      `rule R13: ${field('bonus')} must be a non-negative number, got ${String(c.bonus)}`,
    );
  }
  if (typeof c.rural !== 'boolean') {
    throw new RangeError(`rule R14: ${field('rural')} must be a boolean, got ${String(c.rural)}`);
  }
  if (!isPositiveFen(c.requestedFen)) {
    throw new RangeError(
      `rule R26: ${field('requestedFen')} must be a positive whole number of fen, got ${String(c.requestedFen)}`,
    );
  }
  if (c.held !== undefined && c.held !== 'RURAL_RESERVE' && c.held !== 'GENERAL') {
    throw new RangeError(`rule R19: ${field('held')} must be RURAL_RESERVE or GENERAL`);
  }
  if (c.held === 'RURAL_RESERVE' && !c.rural) {
    throw new RangeError(
      `rule R14: candidate ${c.id} is urban and cannot hold a rural reserve award`,
    );
  }
}
