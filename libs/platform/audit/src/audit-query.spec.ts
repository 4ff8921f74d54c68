import { auditCountSql, auditFilterWhere, auditPageSql } from './audit-query';

/** A bound as the instant it stands for. */
const instant = (seconds: unknown) => new Date(Number(seconds) * 1000).toISOString();

describe('auditFilterWhere (R31): one parameterised condition per filter, AND-ed', () => {
  it('matches everything without filters', () => {
    const values: unknown[] = [];
    expect(auditFilterWhere({}, values)).toBe('TRUE');
    expect(values).toEqual([]);
  });

  it('matches the subject, the actor and an action exactly, every value a parameter', () => {
    const values: unknown[] = [];
    const where = auditFilterWhere(
      { entityType: 'organization', entityId: "o'1", actor: 'user-1', action: 'tier.decided' },
      values,
    );
    expect(where).toBe(
      'e.entity_type = $1 AND e.entity_id = $2 AND e.actor_id = $3 AND e.action = $4',
    );
    expect(values).toEqual(['organization', "o'1", 'user-1', 'tier.decided']);
  });

  it('matches an action ending in * by its beginning, with no LIKE wildcards to escape', () => {
    const values: unknown[] = [];
    expect(auditFilterWhere({ action: 'personal_data.*' }, values)).toBe(
      'starts_with(e.action, $1)',
    );
    expect(values).toEqual(['personal_data.']);
  });

  it('reads days in Beijing time: from 00:00 UTC+8, up to the day after `to`', () => {
    const values: unknown[] = [];
    const where = auditFilterWhere({ from: '2026-03-01', to: '2026-03-31' }, values);
    expect(where).toBe(
      'e.occurred_at >= to_timestamp($1::bigint) AND e.occurred_at < to_timestamp($2::bigint)',
    );
    expect(values.map(instant)).toEqual(['2026-02-28T16:00:00.000Z', '2026-03-31T16:00:00.000Z']);
  });

  it('takes one day when from and to are the same day, and the first and last days there are', () => {
    const values: unknown[] = [];
    auditFilterWhere({ from: '2024-02-29', to: '2024-02-29' }, values);
    expect(values.map(instant)).toEqual(['2024-02-28T16:00:00.000Z', '2024-02-29T16:00:00.000Z']);
    const ends: unknown[] = [];
    auditFilterWhere({ from: '0001-01-01', to: '9999-12-31' }, ends);
    expect(ends).toEqual(['-62135625600', '253402272000']);
  });

  it('refuses a day that does not exist, naming the field and the rule', () => {
    expect(() => auditFilterWhere({ to: '2026-02-29' })).toThrow(
      'rule R31: to must be a date YYYY-MM-DD',
    );
  });
});

describe('auditPageSql and auditCountSql (R31)', () => {
  it('gives a page newest first, from its offset, in the schema given (quoted)', () => {
    const { text, values } = auditPageSql(
      'lottery_fund',
      { entityType: 'subsidy-application' },
      { page: 3, pageSize: 20 },
    );
    expect(text).toContain('FROM "lottery_fund"."audit_entry" e WHERE e.entity_type = $1');
    expect(text).toMatch(/ORDER BY e\.seq DESC LIMIT \$2 OFFSET \$3$/);
    expect(values).toEqual(['subsidy-application', 20, 40]);
  });

  it('reads on below a seq (keyset), the page counting from there', () => {
    const { text, values } = auditPageSql(
      'gateway',
      {},
      { page: 1, pageSize: 200, beforeSeq: 901 },
    );
    expect(text).toContain('WHERE TRUE AND e.seq < $1::bigint');
    expect(values).toEqual(['901', 200, 0]);
  });

  it('counts what the filters match, whatever the page', () => {
    const { text, values } = auditCountSql('finance', { actor: 'system:finance' });
    expect(text).toBe(
      'SELECT count(*)::text AS total FROM "finance"."audit_entry" e WHERE e.actor_id = $1',
    );
    expect(values).toEqual(['system:finance']);
  });
});
