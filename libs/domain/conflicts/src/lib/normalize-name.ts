const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
const FULL_WIDTH_OFFSET = 0xfee0;
/** Middle dots between the parts of a name (阿依古丽·买买提), however they were typed. */
const NAME_DOTS = /[.\u00B7\u2022\u2027\u2219\u30FB\uFF65]/g;

/**
 * rule R18: compare the names of people and organizations in one form: full-width letters,
 * digits and punctuation become half-width, every middle-dot variant (and a full stop) becomes
 * `·`, runs of spaces (the ideographic space included) become one, ends are trimmed, and Latin
 * letters are lower case. A conflict check errs towards a match.
 */
export function normalizeName(name: string): string {
  if (typeof name !== 'string') {
    throw new RangeError(`rule R18: name must be a string, got ${String(name)}`);
  }
  return name
    .replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - FULL_WIDTH_OFFSET))
    .replace(NAME_DOTS, '·')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
