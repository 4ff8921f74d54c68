/**
 * The runs of 8 or more of a number's digits that `text` holds (none, for a number only sealed
 * and masked): the whole number, spaced or not, or a part long enough to matter (R30).
 */
export function digitsOf(text: string, accountNumber: string): string[] {
  const digits = accountNumber.replace(/\D/g, '');
  const compact = text.replace(/[\s-]/g, '');
  const found: string[] = [];
  for (let i = 0; i + 8 <= digits.length; i++) {
    const part = digits.slice(i, i + 8);
    if (compact.includes(part)) found.push(part);
  }
  return found;
}
