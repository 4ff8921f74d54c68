import { birthDateProblem, BirthDateProblem, chinaDate } from './birth-date';
import { IdentifierCheck, invalid, ResidentIdFailure, VALID } from './identifier-check';

/** Weights 2^(17−i) mod 11 for positions 1–17. rule R30 */
export const RESIDENT_ID_WEIGHTS: readonly number[] = [
  7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2,
];
const CHECK_CHARACTERS = '10X98765432';
export const RESIDENT_ID_LENGTH = 18;
export const RESIDENT_ID_MASK = '********';

// rule R30: trim and upper-case user input (a lower-case check 'x') before validating it.
export function normalizeResidentId(s: string): string {
  return s.trim().toUpperCase();
}

// rule R30: the check character (0–9 or X) for the first 17 digits of a resident ID number.
export function residentIdCheckCharacter(first17: string): string {
  if (typeof first17 !== 'string' || !/^\d{17}$/.test(first17)) {
    // never echo the input: it is sensitive personal information
    throw new RangeError('residentIdCheckCharacter needs exactly 17 digits');
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * RESIDENT_ID_WEIGHTS[i];
  return CHECK_CHARACTERS[sum % 11];
}

/**
 * Validate an 18-character resident ID number (GB 11643-1999). rule R30
 * The birth date must not be later than `asOf` (default: now), compared as dates in China (UTC+8).
 * Messages never contain any part of the number.
 */
export function validateResidentId(
  id: string,
  asOf: Date = new Date(),
): IdentifierCheck<ResidentIdFailure> {
  if (!(asOf instanceof Date) || Number.isNaN(asOf.getTime())) {
    throw new RangeError('asOf must be a valid Date');
  }
  if (typeof id !== 'string' || id.length !== RESIDENT_ID_LENGTH) {
    const got = typeof id === 'string' ? `${id.length}` : typeof id;
    return invalid('LENGTH', `resident ID number must be 18 characters, got ${got}`);
  }
  const badIndex = [...id].findIndex((ch, i) => !(/\d/.test(ch) || (i === 17 && ch === 'X')));
  if (badIndex >= 0) {
    const hint =
      badIndex === 17 && id[17] === 'x' ? ' (the check character X must be upper case)' : '';
    return invalid(
      'CHARSET',
      `resident ID number must be 17 digits followed by a digit or 'X'; position ${badIndex + 1} is not${hint}`,
    );
  }
  const problem = birthDateProblem(id.slice(6, 14), asOf);
  if (problem !== null) {
    return invalid('BIRTH_DATE', birthDateMessage(problem, asOf));
  }
  if (id[17] !== residentIdCheckCharacter(id.slice(0, 17))) {
    return invalid(
      'CHECK_CHARACTER',
      'check character (position 18) does not match the first 17 digits',
    );
  }
  return VALID;
}

// rule R30: show a resident ID number masked: first 6, then ********, then last 4.
export function maskResidentId(id: string): string {
  if (typeof id !== 'string' || id.length !== RESIDENT_ID_LENGTH) {
    throw new RangeError('cannot mask: a resident ID number must be 18 characters');
  }
  return `${id.slice(0, 6)}${RESIDENT_ID_MASK}${id.slice(14)}`;
}

function birthDateMessage(problem: BirthDateProblem, asOf: Date): string {
  const prefix = 'birth date (positions 7-14)';
  switch (problem) {
    case 'NOT_A_DATE':
      return `${prefix} is not a valid calendar date`;
    case 'BEFORE_1900':
      return `${prefix} is before 1900`;
    case 'IN_THE_FUTURE':
      return `${prefix} is later than the reference date ${chinaDate(asOf)}`;
  }
}
