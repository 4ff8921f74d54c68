import { articleZh } from './article-zh';
/**
 * The negative list of Order 102 art. 10 (R25): what may never go into the catalogue of services
 * the government purchases (R24). The clauses and their terms are policy data, a version of the
 * policy store's kind `NEGATIVE_LIST` (issue #17) that the procurement service reads from its
 * copy; nothing here names a term (the first version is DEFAULT_NEGATIVE_LIST_POLICY).
 */

/** One clause of the negative list, with the terms that show an item falls under it. */
export interface NegativeListClause {
  /** A stable key, e.g. `GOODS`. */
  key: string;
  /** Where the law says it, e.g. `Order 102 art. 10(3)`. */
  article: string;
  name: string;
  nameZh: string;
  /** Words that, found in an item's category, name or description, put it under the clause. */
  terms: readonly string[];
}

/** The negative list in force: its version is stamped on every item checked against it. */
export interface NegativeListPolicy {
  version: string;
  clauses: readonly NegativeListClause[];
}

/** What the check reads of a catalogue item: its category levels (1–3), name and description. */
export interface CatalogueEntry {
  categories: readonly string[];
  name: string;
  description: string;
}

export interface NegativeListRefusal {
  ok: false;
  clause: NegativeListClause;
  /** The field where the term was found: `categories.<i>`, `name` or `description`. */
  field: string;
  term: string;
  message: string;
  messageZh: string;
}

export type NegativeListCheck = { ok: true; policyVersion: string } | NegativeListRefusal;

/** Full-width letters and digits as half-width, letters in lower case, no white space. */
function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

/**
 * rule R24, rule R25 (Order 102 art. 10): the first clause of the negative list whose term appears in the
 * item's categories, name or description, in that order; or ok with the policy version checked.
 */
export function checkNegativeList(
  entry: CatalogueEntry,
  policy: NegativeListPolicy,
): NegativeListCheck {
  const fields: [string, string][] = [
    ...entry.categories.map((c, i): [string, string] => [`categories.${i}`, c]),
    ['name', entry.name],
    ['description', entry.description],
  ];
  for (const [field, text] of fields) {
    const haystack = normalize(text);
    for (const clause of policy.clauses) {
      const term = clause.terms.find((t) => normalize(t) !== '' && haystack.includes(normalize(t)));
      if (term === undefined) continue;
      return {
        ok: false,
        clause,
        field,
        term,
        message: `falls under the negative list, ${clause.article} (${clause.name}): "${term}"; it cannot be bought as a service (policy ${policy.version})`,
        messageZh: `属于负面清单（${articleZh(clause.article)}，${clause.nameZh}）：“${term}”，不得作为政府购买服务内容（政策版本 ${policy.version}）`,
      };
    }
  }
  return { ok: true, policyVersion: policy.version };
}
