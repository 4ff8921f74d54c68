import { BANNED_USES, BannedUse } from './budget-category';
import { isDeeplyFrozenData } from './frozen-data';

/** Where allowed phrases were blanked out; never part of a keyword (the policy forbids it). */
const MASK = '|';

// rule R22: compare descriptions and keywords in one form: NFKC (full-width letters and
// brackets become ASCII), lower case, and runs of spaces, hyphens and underscores as one space.
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-_\u2010-\u2015]+/g, ' ')
    .trim();
}

export interface KeywordMatch {
  bannedUse: BannedUse;
  /** The keyword as the policy spells it. */
  keyword: string;
}

/**
 * rule R22: the banned class a description names, if any. Allowed phrases are blanked out first.
 * A keyword that starts or ends with a Latin letter or digit must stand as a whole word there
 * ("invest" is not found in "investigate"); Chinese keywords match anywhere. When several match,
 * the longest keyword wins (绩效工资 is a bonus, not plain 工资), then the earliest in the text,
 * then the class listed first.
 */
export function findBannedKeyword(
  description: string,
  keywords: Readonly<Record<BannedUse, readonly string[]>>,
  allowedPhrases: readonly string[],
): KeywordMatch | null {
  const text = maskPhrases(normalizeText(description), maskedPhrases(allowedPhrases));
  let best: (KeywordMatch & { length: number; at: number }) | null = null;
  for (const { bannedUse, keyword, word } of normalizedKeywords(keywords)) {
    const at = indexOfWord(text, word);
    if (at < 0) continue;
    if (
      best === null ||
      word.length > best.length ||
      (word.length === best.length && at < best.at)
    ) {
      best = { bannedUse, keyword, length: word.length, at };
    }
  }
  return best === null ? null : { bannedUse: best.bannedUse, keyword: best.keyword };
}

interface NormalizedKeyword {
  bannedUse: BannedUse;
  keyword: string;
  word: string;
}

// rule R22: the normalized forms of a policy's keywords and allowed phrases, kept for lists that
// cannot change (deeply frozen, as the default policy's are) and computed afresh for any other.
const keywordCache = new WeakMap<object, NormalizedKeyword[]>();
const phraseCache = new WeakMap<object, string[]>();

function normalizedKeywords(
  keywords: Readonly<Record<BannedUse, readonly string[]>>,
): NormalizedKeyword[] {
  const cached = keywordCache.get(keywords);
  if (cached) return cached;
  const list = BANNED_USES.flatMap((bannedUse) =>
    keywords[bannedUse].map((keyword) => ({ bannedUse, keyword, word: normalizeText(keyword) })),
  );
  if (isDeeplyFrozenData(keywords)) keywordCache.set(keywords, list);
  return list;
}

/** The allowed phrases normalized, longest first. */
function maskedPhrases(allowedPhrases: readonly string[]): string[] {
  const cached = phraseCache.get(allowedPhrases);
  if (cached) return cached;
  const sorted = allowedPhrases.map(normalizeText).sort((a, b) => b.length - a.length);
  if (isDeeplyFrozenData(allowedPhrases)) phraseCache.set(allowedPhrases, sorted);
  return sorted;
}

function maskPhrases(text: string, sorted: readonly string[]): string {
  return sorted.reduce(
    (masked, phrase) => (masked.includes(phrase) ? masked.split(phrase).join(MASK) : masked),
    text,
  );
}

const WORD_CHAR = /[a-z0-9]/;

function indexOfWord(text: string, word: string): number {
  let at = text.indexOf(word);
  if (at < 0) return -1; // the common case: most keywords are in no description
  const boundedStart = WORD_CHAR.test(word[0]);
  const boundedEnd = WORD_CHAR.test(word[word.length - 1]);
  for (; at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1] ?? '';
    const after = text[at + word.length] ?? '';
    if (boundedStart && WORD_CHAR.test(before)) continue;
    if (boundedEnd && WORD_CHAR.test(after)) continue;
    return at;
  }
  return -1;
}
