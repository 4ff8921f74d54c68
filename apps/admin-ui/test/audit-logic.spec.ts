import dayjs from 'dayjs';
import { diffRows, sameJson, visibleRows } from '../src/audit/audit-diff';
import { beijingDateTime, hasFilters, toAuditFilters } from '../src/audit/audit-filter-values';
import { auditParams, readAuditParams } from '../src/audit/audit-search-params';
import { AUDITED_SERVICES } from '../src/audit/audit-types';
import en from '../src/i18n/en.json';
import zhCN from '../src/i18n/zh-CN.json';

// Pure parts of the audit log screen (R31; R30 for what it shows).

describe('the audit filters (R31)', () => {
  it('trims texts, leaves blanks out, and sends the days as calendar dates', () => {
    expect(
      toAuditFilters({
        entityType: ' organization ',
        entityId: '',
        actor: '   ',
        action: 'personal-data.*',
        days: [dayjs('2026-03-01'), dayjs('2026-03-31')],
      }),
    ).toEqual({
      entityType: 'organization',
      action: 'personal-data.*',
      from: '2026-03-01',
      to: '2026-03-31',
    });
  });

  it('takes an open-ended range, and nothing at all', () => {
    expect(toAuditFilters({ days: [null, dayjs('2026-12-31')] })).toEqual({ to: '2026-12-31' });
    expect(toAuditFilters({ days: null })).toEqual({});
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ actor: 'admin' })).toBe(true);
  });

  it('keeps the service and filters in the address, ignoring what it does not know', () => {
    const params = auditParams('lottery-fund', {
      entityType: 'subsidy-application',
      to: '2026-01-31',
    });
    expect(params.toString()).toBe(
      'service=lottery-fund&entityType=subsidy-application&to=2026-01-31',
    );
    expect(readAuditParams(params)).toEqual({
      service: 'lottery-fund',
      filters: { entityType: 'subsidy-application', to: '2026-01-31' },
    });
    expect(readAuditParams(new URLSearchParams('service=nowhere&page=9&actor=admin'))).toEqual({
      service: 'organizations',
      filters: { actor: 'admin' },
    });
  });

  it('shows times in Beijing time, whatever the browser’s zone', () => {
    expect(beijingDateTime('2026-03-01T16:00:00.000Z')).toBe('2026-03-02 00:00:00');
  });
});

describe("an entry's before and after, side by side (R31)", () => {
  it('lists each field once, in the order written, marking what changed', () => {
    const rows = diffRows(
      {
        tier: 'FILING',
        memberCount: 12,
        leaders: [{ name: '王建国', role: '负责人' }],
        tags: ['a'],
      },
      {
        tier: 'REGISTRATION',
        memberCount: 12,
        leaders: [{ name: '王建国', role: '会长' }],
        tags: ['a'],
        note: 'x',
      },
    );
    expect(rows).toEqual([
      { path: 'tier', before: 'FILING', after: 'REGISTRATION', changed: true },
      { path: 'memberCount', before: 12, after: 12, changed: false },
      { path: 'leaders.0.name', before: '王建国', after: '王建国', changed: false },
      { path: 'leaders.0.role', before: '负责人', after: '会长', changed: true },
      { path: 'tags', before: ['a'], after: ['a'], changed: false },
      { path: 'note', before: undefined, after: 'x', changed: true },
    ]);
    expect(visibleRows(rows, true)).toEqual({ changed: 3, rows: [rows[0], rows[3], rows[5]] });
    expect(visibleRows(rows, false).rows).toHaveLength(6);
  });

  it('shows a creation as every field added, and a removal as every field gone', () => {
    expect(diffRows(null, { id: 'o-1', address: { postcode: '530022' } })).toEqual([
      { path: 'id', before: undefined, after: 'o-1', changed: true },
      { path: 'address.postcode', before: undefined, after: '530022', changed: true },
    ]);
    expect(diffRows({ status: 'PROPOSED' }, null)).toEqual([
      { path: 'status', before: 'PROPOSED', after: undefined, changed: true },
    ]);
  });

  it('keeps null, empty objects and lists of words as values, and nothing for no state', () => {
    expect(diffRows({ decision: null, extra: {} }, { decision: null, extra: { a: 1 } })).toEqual([
      { path: 'decision', before: null, after: null, changed: false },
      { path: 'extra.a', before: undefined, after: 1, changed: true },
    ]);
    expect(diffRows(null, null)).toEqual([]);
    expect(sameJson({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
  });
});

describe('the audit labels', () => {
  it('name every service the selector offers, in both languages', () => {
    for (const service of AUDITED_SERVICES) {
      expect(zhCN.audit.services[service]).toMatch(/\p{Script=Han}/u);
      expect(en.audit.services[service]).toBeTruthy();
    }
  });

  it('name the chain problems the verifier reports', () => {
    expect(Object.keys(zhCN.audit.problems).sort()).toEqual(
      ['broken-link', 'edited', 'missing-before', 'out-of-order'].sort(),
    );
  });
});
