import { validatePlain, PayloadValidationError } from '../common/validation';
import { AuditFilterQuery, AuditSearchQuery } from './audit-search.query';
import { auditSearchPattern, auditVerifyPattern, isAuditedService } from './audit-services';

/** The fields and rules a refused query names. */
function refusal(plain: Record<string, unknown>, cls = AuditSearchQuery) {
  try {
    validatePlain(cls, plain);
  } catch (error) {
    if (error instanceof PayloadValidationError) {
      return error.violations.map((v) => `${v.field}:${v.rule}`);
    }
    throw error;
  }
  return [];
}

describe('AuditSearchQuery (R31): what the audit screen may ask', () => {
  it('takes every filter, a page and a keyset cursor, numbers from query text', () => {
    const query = validatePlain(AuditSearchQuery, {
      entityType: 'subsidy-application',
      entityId: '3f2c9a7e-5b1d-4c8e-9a6f-0d1e2f3a4b5c',
      actor: 'admin',
      action: 'personal-data.*',
      from: '2026-01-01',
      to: '2026-01-01',
      page: '3',
      pageSize: '50',
      beforeSeq: '1200',
    });
    expect(query).toMatchObject({ page: 3, pageSize: 50, beforeSeq: 1200, to: '2026-01-01' });
  });

  it('takes nothing at all: every entry, the first page', () => {
    expect(refusal({})).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a page past the bound', { page: 100_001 }, 'page:max'],
    ['page 0', { page: 0 }, 'page:min'],
    ['a page of 201', { pageSize: 201 }, 'pageSize:max'],
    ['a fractional page size', { pageSize: 2.5 }, 'pageSize:isInt'],
    ['a cursor of 0', { beforeSeq: 0 }, 'beforeSeq:min'],
    ['a day that does not exist', { from: '2026-02-29' }, 'from:matches'],
    ['a time where a day goes', { to: '2026-01-01T00:00:00Z' }, 'to:matches'],
    [
      'a range that ends before it starts',
      { from: '2026-03-02', to: '2026-03-01' },
      'to:notBeforeFrom',
    ],
    ['an entity type in capitals', { entityType: 'Organization' }, 'entityType:matches'],
    ['an entity type of 65 characters', { entityType: 'a'.repeat(65) }, 'entityType:isLength'],
    ['an empty subject id', { entityId: '' }, 'entityId:isLength'],
    ['an actor of 129 characters', { actor: 'u'.repeat(129) }, 'actor:isLength'],
    ['an action with SQL in it', { action: "x' OR 1=1 --" }, 'action:matches'],
    ['a wildcard inside an action', { action: 'tier.*.decided' }, 'action:matches'],
    ['a field it does not know', { sort: 'seq' }, 'sort:whitelistValidation'],
  ])('refuses %s, naming the field and the rule', (_case, plain, expected) => {
    expect(refusal(plain)).toContain(expected);
  });

  it('the export takes the filters but no page', () => {
    expect(refusal({ action: 'tier.decided', from: '2026-01-01' }, AuditFilterQuery)).toEqual([]);
    expect(refusal({ page: 2 }, AuditFilterQuery)).toEqual(['page:whitelistValidation']);
  });
});

describe('the audited services and their patterns (R31)', () => {
  it('names each service’s own patterns', () => {
    expect(auditSearchPattern('lottery-fund')).toBe('lottery-fund.audit.search');
    expect(auditVerifyPattern('finance')).toBe('finance.audit.verify');
  });

  it('knows the gateway and the six services, nothing else', () => {
    expect(isAuditedService('gateway')).toBe(true);
    expect(isAuditedService('procurement')).toBe(true);
    expect(isAuditedService('public')).toBe(false);
    expect(isAuditedService('__proto__')).toBe(false);
  });
});
