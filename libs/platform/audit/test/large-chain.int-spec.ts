import { auditEntryHash, type AuditHashFields, GENESIS_HASH, verifyAuditChain } from '../src';
import { openAuditProbe, PROBE_SCHEMA } from './audit-fixture';

jest.setTimeout(300_000);

/** Five of the verifier's 2,000-entry pages: enough to cross page boundaries, quick in CI. */
const ENTRIES = 10_000;
const BATCH = 5_000;

/** The i-th entry of a long chain, as AuditTrail would have written it. */
function entryFields(seq: number, prevHash: string): AuditHashFields {
  return {
    seq,
    occurredAt: new Date(Date.UTC(2025, 0, 1) + seq * 1_000),
    actorId: `user-${seq % 50}`,
    actorRoles: ['STREET_ADMIN'],
    action: seq % 3 ? 'tier.decided' : 'organization.registered',
    entityType: 'organization',
    entityId: `org-${seq % 7_000}`,
    before: seq % 3 ? { tier: 'FILING', memberCount: seq % 90 } : null,
    after: { tier: 'REGISTRATION', memberCount: seq % 90, scores: [seq % 10, 0.5, 1e-7] },
    requestId: `req-${seq}`,
    prevHash,
  };
}

/**
 * The verifier on a long chain (R31): it reads a page at a time, so memory stays one page. (On a
 * 100,000-entry chain it took 2.2–3.3 s on the 2-core dev machine, 2026-11-26.)
 */
describe('verifyAuditChain on 10,000 entries', () => {
  let probe: Awaited<ReturnType<typeof openAuditProbe>>;

  beforeAll(async () => {
    probe = await openAuditProbe('audit_large');
    let prevHash = GENESIS_HASH;
    for (let from = 1; from <= ENTRIES; from += BATCH) {
      const rows = [];
      for (let seq = from; seq < from + BATCH; seq++) {
        const fields = entryFields(seq, prevHash);
        prevHash = auditEntryHash(fields);
        rows.push({ ...snakeCase(fields), hash: prevHash });
      }
      await probe.pool.query(
        `INSERT INTO ${PROBE_SCHEMA}.audit_entry SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(
           seq bigint, occurred_at timestamptz, actor_id text, actor_roles text[], action text,
           entity_type text, entity_id text, before jsonb, after jsonb, request_id text,
           prev_hash char(64), hash char(64))`,
        [JSON.stringify(rows)],
      );
    }
  });
  afterAll(() => probe.close());

  it('verifies the whole chain', async () => {
    expect(await verifyAuditChain(probe.pool, PROBE_SCHEMA)).toEqual({
      schema: PROBE_SCHEMA,
      checked: ENTRIES,
      ok: true,
    });
  });

  it('finds an edit near the end', async () => {
    await probe.pool.query(
      `UPDATE ${PROBE_SCHEMA}.audit_entry SET actor_id = 'someone-else' WHERE seq = $1`,
      [ENTRIES - 1],
    );
    expect(await verifyAuditChain(probe.pool, PROBE_SCHEMA)).toMatchObject({
      checked: ENTRIES - 1,
      ok: false,
      firstBad: { seq: ENTRIES - 1, problem: 'edited' },
    });
  });
});

function snakeCase(fields: AuditHashFields) {
  return {
    seq: fields.seq,
    occurred_at: fields.occurredAt,
    actor_id: fields.actorId,
    actor_roles: fields.actorRoles,
    action: fields.action,
    entity_type: fields.entityType,
    entity_id: fields.entityId,
    before: fields.before,
    after: fields.after,
    request_id: fields.requestId,
    prev_hash: fields.prevHash,
  };
}
