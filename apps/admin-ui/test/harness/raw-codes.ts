import * as access from '@civic/domain/access';
import * as conflicts from '@civic/domain/conflicts';
import * as dashboards from '@civic/domain/dashboards';
import * as finance from '@civic/domain/finance';
import * as forms from '@civic/domain/forms';
import * as incubation from '@civic/domain/incubation';
import * as lottery from '@civic/domain/lottery';
import * as organizations from '@civic/domain/organizations';
import * as policy from '@civic/domain/policy';
import * as procurement from '@civic/domain/procurement';
import * as programme from '@civic/domain/programme';
import * as venture from '@civic/domain/venture';
import { KNOWN_EXPERTISE } from '../../src/venture/reviewers/expertise-labels';
import zhCN from '../../src/i18n/zh-CN.json';

/**
 * The codes a Chinese page must never show as they are (issue #18: "PAID", "SETTLED",
 * "INCUBATION", "SIGNING 50%" under Chinese headers), gathered from the enums themselves, not
 * guessed: every closed list of string codes that libs/domain exports (a `[...] as const` array
 * or an enum-like object), and every code the UI keeps a label for in its Chinese dictionary
 * (the statuses of the contracts' views, which the UI may not import, are labelled there). A code
 * is UPPER_SNAKE (`AWAITING_BATCH`, `PAID`) or a slug with a hyphen or underscore
 * (`lottery-fund`, `programme_officer`, `social-work`); plain words such as `finance` or
 * `applicant` are left out, since they are also usernames and names. Acronyms a page may rightly
 * show (ID, PDF, Excel, API, SMS) are no enum's value, so they are never looked for.
 */
const DOMAIN_MODULES: Record<string, object> = {
  access,
  conflicts,
  dashboards,
  finance,
  forms,
  incubation,
  lottery,
  organizations,
  policy,
  procurement,
  programme,
  venture,
};

const UPPER_CODE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;
const SLUG_CODE = /^[a-z]+(?:[-_][a-z]+)+$/;
/** Rule ids (R13) are shown on purpose, beside the reasons they give. */
const RULE_ID = /^R\d+$/;
/** The form builder's own keywords in JSON Schema (`x-kind`), never labels of anything. */
const SCHEMA_KEYWORD = /^x-/;

const isCode = (value: unknown): value is string =>
  typeof value === 'string' &&
  value.length >= 3 &&
  (UPPER_CODE.test(value) || SLUG_CODE.test(value)) &&
  !RULE_ID.test(value) &&
  !SCHEMA_KEYWORD.test(value);

/** The string members of a closed list: a `[...] as const` array or an enum-like object. */
function membersOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.every((v) => typeof v === 'string') ? value : [];
  if (value && typeof value === 'object') {
    const members = Object.values(value);
    return members.length > 0 && members.every((v) => typeof v === 'string') ? members : [];
  }
  return [];
}

/** The keys of the dictionary's label maps that are codes (`enums.paymentStatus.SETTLED`). */
function labelledCodes(dictionary: object, into: Set<string>): void {
  for (const [key, value] of Object.entries(dictionary)) {
    if (value && typeof value === 'object') {
      // An error map's keys (RULE_R25_…) are looked up from answers, not shown: skip them.
      if (key !== 'errors') labelledCodes(value, into);
    } else if (isCode(key)) {
      into.add(key);
    }
  }
}

function gatherCodes(): string[] {
  const codes = new Set<string>();
  for (const exports of Object.values(DOMAIN_MODULES)) {
    for (const value of Object.values(exports)) {
      for (const member of membersOf(value)) if (isCode(member)) codes.add(member);
    }
  }
  labelledCodes(zhCN, codes);
  for (const field of KNOWN_EXPERTISE) if (isCode(field)) codes.add(field);
  return [...codes].sort();
}

export const RAW_CODES: readonly string[] = gatherCodes();

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
/** A code on its own: not part of a longer word, code, slug or dotted key. */
const CODE_IN_TEXT = new RegExp(
  `(?<![A-Za-z0-9_.-])(${RAW_CODES.map(escape).join('|')})(?![A-Za-z0-9_-])`,
  'g',
);

/** The raw codes in a page's text, each with a little of the text around it. */
export function rawCodesIn(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(CODE_IN_TEXT)) {
    const at = match.index ?? 0;
    const around = text
      .slice(Math.max(0, at - 20), at + match[0].length + 20)
      .replace(/\s+/g, ' ')
      .trim();
    found.push(`${match[0]} in “${around}”`);
  }
  return found;
}
