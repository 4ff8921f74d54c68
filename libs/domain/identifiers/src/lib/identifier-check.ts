/** Why an identifier was rejected. rule R29, rule R30 */
export type IdentifierFailure =
  'LENGTH' | 'CHARSET' | 'DIVISION_CODE' | 'BIRTH_DATE' | 'CHECK_CHARACTER' | 'AUTHORITY';

export type UsccFailure = Exclude<IdentifierFailure, 'BIRTH_DATE'>;
export type ResidentIdFailure = Exclude<IdentifierFailure, 'DIVISION_CODE' | 'AUTHORITY'>;

/** The outcome of an identifier check: valid, or a reason code with an English message. */
export type IdentifierCheck<R extends IdentifierFailure = IdentifierFailure> =
  { valid: true } | { valid: false; reason: R; message: string };

export const VALID: { valid: true } = Object.freeze({ valid: true });

// rule R29, rule R30: build a failed check with its reason and message.
export function invalid<R extends IdentifierFailure>(
  reason: R,
  message: string,
): { valid: false; reason: R; message: string } {
  return { valid: false, reason, message };
}
