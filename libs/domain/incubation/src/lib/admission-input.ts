import { AdmissionCandidate, AdmissionInput } from './admission-types';

const SOURCES: readonly unknown[] = ['RURAL_RESERVE', 'GENERAL'];

// rule R16 (with R13, R14): reject admission input that cannot be decided, naming the field.
export function assertAdmissionInput(input: AdmissionInput): void {
  const { capacity, reservePercent, candidates } = input ?? ({} as AdmissionInput);
  if (typeof capacity !== 'number' || !Number.isSafeInteger(capacity) || capacity < 0) {
    throw new RangeError(
      `rule R16: capacity must be a whole number of seats, got ${String(capacity)}`,
    );
  }
  if (typeof reservePercent !== 'number' || !(reservePercent >= 0 && reservePercent <= 100)) {
    throw new RangeError(
      `rule R14: reservePercent must be between 0 and 100, got ${String(reservePercent)}`,
    );
  }
  if (!Array.isArray(candidates)) throw new RangeError('rule R16: candidates must be an array');
  const ids = new Set<string>();
  for (const candidate of candidates) {
    assertCandidate(candidate);
    if (ids.has(candidate.id)) {
      throw new RangeError(`rule R16: candidate id ${candidate.id} appears more than once`);
    }
    ids.add(candidate.id);
  }
  const held = candidates.filter((c) => c.held === true).length;
  if (held > capacity) {
    throw new RangeError(
      `rule R16: ${held} candidates hold seats, more than the capacity ${capacity}`,
    );
  }
}

function assertCandidate(c: AdmissionCandidate): void {
  if (typeof c?.id !== 'string' || c.id === '') {
    throw new RangeError(`rule R16: candidate id must be a non-empty string, got ${String(c?.id)}`);
  }
  const field = (name: string) => `${name} of candidate ${c.id}`;
  for (const name of ['eligible', 'rural'] as const) {
    if (typeof c[name] !== 'boolean') {
      throw new RangeError(`rule R16: ${field(name)} must be a boolean, got ${String(c[name])}`);
    }
  }
  if (c.held !== undefined && typeof c.held !== 'boolean') {
    throw new RangeError(`rule R16: ${field('held')} must be a boolean, got ${String(c.held)}`);
  }
  if (c.heldSource !== undefined && (c.held !== true || !SOURCES.includes(c.heldSource))) {
    throw new RangeError(
      `rule R16: ${field('heldSource')} must be RURAL_RESERVE or GENERAL, and only for a held seat`,
    );
  }
  if (c.heldSource === 'RURAL_RESERVE' && !c.rural) {
    throw new RangeError(
      `rule R14: candidate ${c.id} is urban and cannot hold a rural reserve seat`,
    );
  }
  if (c.merit === null) {
    if (c.eligible) {
      throw new RangeError(
        `rule R16: candidate ${c.id} is eligible but not assessed; assess every eligible applicant first`,
      );
    }
  } else if (typeof c.merit !== 'number' || !(c.merit >= 0 && c.merit <= 100)) {
    throw new RangeError(
      `rule R16: ${field('merit')} must be from 0 to 100, got ${String(c.merit)}`,
    );
  }
  if (typeof c.bonus !== 'number' || !(c.bonus >= 0) || !Number.isFinite(c.bonus)) {
    throw new RangeError(
      `rule R13: ${field('bonus')} must be a non-negative number, got ${String(c.bonus)}`,
    );
  }
}
