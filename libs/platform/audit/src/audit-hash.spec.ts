import {
  auditEntryHash,
  auditEntryHasher,
  type AuditHashFields,
  canonicalJson,
  GENESIS_HASH,
  sha256Hex,
} from './audit-hash';

describe('canonicalJson (R31)', () => {
  it('sorts keys recursively, whatever order they were written in', () => {
    const a = { b: 1, a: { d: [1, { z: true, y: null }], c: 'x' } };
    const b = { a: { c: 'x', d: [1, { y: null, z: true }] }, b: 1 };
    expect(canonicalJson(a)).toBe('{"a":{"c":"x","d":[1,{"y":null,"z":true}]},"b":1}');
    expect(canonicalJson(b)).toBe(canonicalJson(a));
  });

  it('keeps array order', () => {
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
  });

  it('writes Dates as ISO strings and drops undefined properties (null in arrays)', () => {
    const at = new Date('2025-03-01T08:30:00.123Z');
    expect(canonicalJson({ at, gone: undefined, list: [undefined, at] })).toBe(
      '{"at":"2025-03-01T08:30:00.123Z","list":[null,"2025-03-01T08:30:00.123Z"]}',
    );
  });

  it('gives what JSON.parse of the stored JSON gives: the hash survives a jsonb round trip', () => {
    const value = {
      when: new Date('2025-01-02T03:04:05.678Z'),
      amountFen: 123_456_789,
      ratio: 0.30000000000000004,
      tiny: 1e-7,
      huge: 1e21,
      text: 'é "quoted" \\ \u0001 社区',
      nested: { z: [1, { b: 2, a: 1 }], a: null, skip: undefined },
    };
    const stored = JSON.parse(JSON.stringify(value));
    expect(canonicalJson(stored)).toBe(canonicalJson(value));
  });

  it('keeps an own "__proto__" key (as JSON.parse makes one) as data', () => {
    const parsed = JSON.parse('{"__proto__":{"x":1},"a":2}');
    expect(canonicalJson(parsed)).toBe('{"__proto__":{"x":1},"a":2}');
  });

  it.each([[NaN], [Infinity], [10n], [() => 1], [Symbol('s')]])('refuses %p', (value) => {
    expect(() => canonicalJson({ value })).toThrow(TypeError);
  });
});

describe('auditEntryHash (R31)', () => {
  const fields: AuditHashFields = {
    seq: 7,
    occurredAt: new Date('2025-06-01T00:00:00.000Z'),
    actorId: 'user-1',
    actorRoles: ['STREET_ADMIN'],
    action: 'tier.decided',
    entityType: 'organization',
    entityId: 'org-1',
    before: { tier: 'FILING' },
    after: { tier: 'REGISTRATION' },
    requestId: null,
    prevHash: GENESIS_HASH,
  };

  it('is lower-case hex SHA-256 of the canonical JSON, keyed by column name', () => {
    const expected = sha256Hex(
      canonicalJson({
        seq: '7',
        occurred_at: fields.occurredAt,
        actor_id: 'user-1',
        actor_roles: ['STREET_ADMIN'],
        action: 'tier.decided',
        entity_type: 'organization',
        entity_id: 'org-1',
        before: { tier: 'FILING' },
        after: { tier: 'REGISTRATION' },
        request_id: null,
        prev_hash: GENESIS_HASH,
      }),
    );
    expect(auditEntryHash(fields)).toBe(expected);
    expect(expected).toMatch(/^[0-9a-f]{64}$/);
  });

  it('hashes seq the same as a number or as the string Postgres gives for a bigint', () => {
    expect(auditEntryHash({ ...fields, seq: '7' })).toBe(auditEntryHash(fields));
  });

  it('treats a missing before, after or request id as the NULL they are stored as', () => {
    const withNulls = { ...fields, before: null, after: null, requestId: null };
    const withUndefined = { ...fields, before: undefined, after: undefined };
    expect(auditEntryHash(withUndefined)).toBe(auditEntryHash(withNulls));
  });

  it.each<[string, Partial<AuditHashFields>]>([
    ['seq', { seq: 8 }],
    ['occurred_at (one millisecond)', { occurredAt: new Date('2025-06-01T00:00:00.001Z') }],
    ['actor_id', { actorId: 'user-2' }],
    ['actor_roles', { actorRoles: ['STREET_ADMIN', 'AUDITOR'] }],
    ['action', { action: 'tier.overridden' }],
    ['entity_type', { entityType: 'base' }],
    ['entity_id', { entityId: 'org-2' }],
    ['before', { before: { tier: 'REGISTRATION' } }],
    ['after', { after: { tier: 'FILING' } }],
    ['request_id', { requestId: 'r-1' }],
    ['prev_hash', { prevHash: 'f'.repeat(64) }],
  ])('changes when %s changes', (_field, change) => {
    expect(auditEntryHash({ ...fields, ...change })).not.toBe(auditEntryHash(fields));
  });
});

describe('auditEntryHasher (R31): the content hashed first, the place in the chain later', () => {
  const content = {
    actorId: 'user-1',
    actorRoles: ['STREET_ADMIN', 'AUDITOR'],
    action: 'subsidy-application.submitted',
    entityType: 'subsidy-application',
    entityId: 'app-1',
    before: undefined,
    after: { z: [1, { b: 2, a: null }], a: '社区 "quoted"', at: '2025-06-01T00:00:00.000Z' },
    requestId: null,
  };
  const reference = (seq: number, occurredAt: Date, prevHash: string) =>
    sha256Hex(
      canonicalJson({
        seq: String(seq),
        occurred_at: occurredAt,
        actor_id: content.actorId,
        actor_roles: content.actorRoles,
        action: content.action,
        entity_type: content.entityType,
        entity_id: content.entityId,
        before: null,
        after: content.after,
        request_id: null,
        prev_hash: prevHash,
      }),
    );

  it('gives the hash of the whole canonical JSON, for any place', () => {
    const hash = auditEntryHasher(content);
    for (const [seq, ms, prev] of [
      [1, 0, GENESIS_HASH],
      [10, 1_780_000_000_123, 'a'.repeat(64)],
      [9_007_199_254_740_991, 1, 'f'.repeat(64)],
    ] as const) {
      const occurredAt = new Date(ms);
      expect(hash({ seq, occurredAt, prevHash: prev })).toBe(reference(seq, occurredAt, prev));
      expect(hash({ seq, occurredAt, prevHash: prev })).toBe(
        auditEntryHash({ ...content, seq, occurredAt, prevHash: prev }),
      );
    }
  });

  it('is what auditEntryHash computes, for the fixed fields above too', () => {
    const one = { ...content, seq: 3, occurredAt: new Date(5), prevHash: GENESIS_HASH };
    expect(auditEntryHash(one)).toBe(reference(3, new Date(5), GENESIS_HASH));
  });
});
