/** The outcome of a check on one value: valid, or a reason code with an English message. */
export type FieldCheck<R extends string> =
  { valid: true } | { valid: false; reason: R; message: string };

// rule R28, rule R4: build a failed check; messages never repeat the value (it may be personal).
export function refused<R extends string>(
  reason: R,
  message: string,
): { valid: false; reason: R; message: string } {
  return { valid: false, reason, message };
}

// rule R28, rule R4: spaces a person types between groups of digits (ASCII or full-width, U+3000)
// are dropped before a number is checked and stored; nothing else is changed.
export function stripDigitGroupSpaces(text: string): string {
  return text.replace(/[ \u3000]/g, '');
}
