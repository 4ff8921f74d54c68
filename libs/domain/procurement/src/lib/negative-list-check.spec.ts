import { negativeListProblems } from './negative-list-check';
import { DEFAULT_NEGATIVE_LIST_POLICY } from './procurement-policy-seeds';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('rule R24, rule R25: negative-list data an administrator may store (Order 102 art. 10)', () => {
  it('finds nothing wrong with the shipped list', () => {
    expect(negativeListProblems(DEFAULT_NEGATIVE_LIST_POLICY)).toEqual([]);
  });

  it('refuses a list without clauses, and what is not a list at all', () => {
    expect(negativeListProblems({ version: '2027.1', clauses: [] })).toEqual([
      'clauses: must have at least one clause',
    ]);
    expect(negativeListProblems(null)).toEqual(['policy: must be an object']);
  });

  it('names a clause without terms, a blank term and a term repeated (full width, case, spaces)', () => {
    const policy = clone(DEFAULT_NEGATIVE_LIST_POLICY) as unknown as {
      clauses: { terms: string[] }[];
    };
    policy.clauses[0].terms = [];
    policy.clauses[1].terms = ['货物', ' '];
    policy.clauses[2].terms = ['ＰＰＰ', 'ppp '];
    expect(negativeListProblems(policy)).toEqual([
      'clauses.0.terms: must have at least one term',
      'clauses.1.terms.1: must be a non-blank text',
      'clauses.2.terms.1: must not repeat ppp',
    ]);
  });

  it('names a repeated or malformed key and a missing name', () => {
    const policy = clone(DEFAULT_NEGATIVE_LIST_POLICY) as unknown as {
      clauses: Record<string, unknown>[];
    };
    policy.clauses[1].key = 'GOVERNMENT_DUTY';
    policy.clauses[2].key = 'works';
    policy.clauses[3].nameZh = '';
    expect(negativeListProblems(policy)).toEqual([
      'clauses.1.key: must not repeat GOVERNMENT_DUTY',
      'clauses.2.key: must be 1 to 40 capitals, digits or underscores, from a capital',
      'clauses.3.nameZh: must be a non-blank text',
    ]);
  });
});
