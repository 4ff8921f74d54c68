/**
 * Searching a list on screen: what the reader typed, trimmed and lower-cased, cut into words;
 * a row matches when every word is found in one of its texts (so "南宁 养老" finds a Nanning
 * eldercare project). No words: every row.
 */
export function searchWords(typed: string | undefined): string[] {
  return (typed ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean);
}

export function matchesSearch(
  texts: readonly (string | number | null | undefined)[],
  words: readonly string[],
): boolean {
  const haystack = texts
    .filter((text) => text !== null && text !== undefined)
    .join('\n')
    .toLowerCase();
  return words.every((word) => haystack.includes(word));
}
