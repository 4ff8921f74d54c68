const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
/** As checkNegativeList compares terms: full-width as half-width, lower case, no white space. */
const normalized = (term: string) => term.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');

const KEY = /^[A-Z][A-Z0-9_]{0,39}$/;

/**
 * rule R24, rule R25 (Order 102 art. 10): the problems of negative-list data (a version of the
 * policy store's kind `NEGATIVE_LIST`, issue #17), so an administrator's new version cannot
 * quietly stop the check: at least one clause; each with a key of capitals, digits and
 * underscores that no other clause has, an article, an English and a Chinese name, and at least
 * one term; each term a word that is not blank and not repeated in its clause (as the check
 * compares them: full-width letters as half-width, case and white space ignored). Each problem is
 * `<dotted field>: <what is wrong>`; an empty list means the list is usable.
 */
export function negativeListProblems(policy: unknown): string[] {
  if (!isRecord(policy)) return ['policy: must be an object'];
  const problems: string[] = [];
  if (!text(policy.version)) problems.push('version: must be a non-blank text');
  const clauses = policy.clauses;
  if (!Array.isArray(clauses) || clauses.length === 0) {
    return [...problems, 'clauses: must have at least one clause'];
  }
  const keys = new Set<string>();
  clauses.forEach((clause: unknown, i) => {
    const at = `clauses.${i}`;
    if (!isRecord(clause)) {
      problems.push(`${at}: must be an object`);
      return;
    }
    if (typeof clause.key !== 'string' || !KEY.test(clause.key)) {
      problems.push(`${at}.key: must be 1 to 40 capitals, digits or underscores, from a capital`);
    } else if (keys.has(clause.key)) {
      problems.push(`${at}.key: must not repeat ${clause.key}`);
    } else {
      keys.add(clause.key);
    }
    for (const field of ['article', 'name', 'nameZh']) {
      if (!text(clause[field])) problems.push(`${at}.${field}: must be a non-blank text`);
    }
    const terms = clause.terms;
    if (!Array.isArray(terms) || terms.length === 0) {
      problems.push(`${at}.terms: must have at least one term`);
      return;
    }
    const seen = new Set<string>();
    terms.forEach((term: unknown, j) => {
      if (typeof term !== 'string' || normalized(term) === '') {
        problems.push(`${at}.terms.${j}: must be a non-blank text`);
      } else if (seen.has(normalized(term))) {
        problems.push(`${at}.terms.${j}: must not repeat ${term.trim()}`);
      } else {
        seen.add(normalized(term));
      }
    });
  });
  return problems;
}
