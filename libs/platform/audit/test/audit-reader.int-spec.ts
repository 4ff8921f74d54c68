import { PayloadValidationError, type RpcActor } from '@civic/contracts';
import { beijingDayOf, dateStringOfDay } from '@civic/domain/calendar';
import { ServiceError } from '@civic/platform/rpc';
import { auditEntryHash, type AuditHashFields, AuditReader, GENESIS_HASH, SEALED } from '../src';
import { openAuditProbe, PROBE_SCHEMA, recordMany } from './audit-fixture';

jest.setTimeout(60_000);

const ADMIN: RpcActor = { userId: 'admin-1', roles: ['administrator'] };
const OFFICER: RpcActor = { userId: 'officer-1', roles: ['programme_officer'] };
const TABLE = `${PROBE_SCHEMA}.audit_entry`;
const TOKEN = `v1.test-key.${'Q'.repeat(60)}`;

/**
 * The chain the searches run on, each entry chosen for a filter: two organization decisions on
 * either side of midnight in Beijing (15:59:59.999 and 16:00 UTC on 1 March), then ten decisions
 * on subsidy applications on 5 March, by two actors and three actions.
 */
function plannedEntries(): Omit<AuditHashFields, 'seq' | 'prevHash'>[] {
  const subsidy = (i: number) => ({
    occurredAt: new Date(Date.UTC(2026, 2, 5, i)),
    actorId: i % 2 ? 'user-b' : 'user-c',
    actorRoles: ['programme_officer'],
    action: ['personal-data.unmasked', 'personal-data.looked-up', 'subsidy.approved'][i % 3],
    entityType: 'subsidy-application',
    entityId: `app-${i % 4}`,
    before: { status: 'SUBMITTED' },
    after: { status: 'APPROVED', contactPhone: TOKEN },
    requestId: null,
  });
  return [
    {
      occurredAt: new Date('2026-03-01T15:59:59.999Z'),
      actorId: 'user-a',
      actorRoles: ['street_officer'],
      action: 'organization.registered',
      entityType: 'organization',
      entityId: 'org-1',
      before: null,
      // what a careless writer could have let through whole (R30): the reader masks it
      after: {
        name: '新竹街道邻里互助会',
        leaders: [{ name: '王建国', residentId: '450103198805120021' }],
        contactPhone: '13800771234',
      },
      requestId: 'req-1',
    },
    {
      occurredAt: new Date('2026-03-01T16:00:00.000Z'),
      actorId: 'user-b',
      actorRoles: ['programme_officer'],
      action: 'tier.decided',
      entityType: 'organization',
      entityId: 'org-1',
      before: { tier: 'FILING' },
      after: { tier: 'REGISTRATION' },
      requestId: null,
    },
    ...Array.from({ length: 10 }, (_, i) => subsidy(i)),
  ];
}

/** Writes the planned chain with its hashes, as AuditTrail would have (but at chosen times). */
async function writePlannedChain(pool: { query: (text: string, values: unknown[]) => unknown }) {
  let prevHash = GENESIS_HASH;
  const rows = plannedEntries().map((entry, i) => {
    const fields = { ...entry, seq: i + 1, prevHash };
    prevHash = auditEntryHash(fields);
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
      hash: prevHash,
    };
  });
  await pool.query(
    `INSERT INTO ${TABLE} SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(
       seq bigint, occurred_at timestamptz, actor_id text, actor_roles text[], action text,
       entity_type text, entity_id text, before jsonb, after jsonb, request_id text,
       prev_hash char(64), hash char(64))`,
    [JSON.stringify(rows)],
  );
}

/** AuditReader on a real schema (R31): the search behind the audit screen, and the verifier. */
describe('AuditReader', () => {
  let probe: Awaited<ReturnType<typeof openAuditProbe>>;
  let reader: AuditReader;
  const seqs = async (query: Record<string, unknown>) =>
    (await reader.search(query, ADMIN)).items.map((e) => e.seq);

  beforeAll(async () => {
    probe = await openAuditProbe('audit_reader');
    reader = new AuditReader(probe.dataSource);
  });
  afterAll(() => probe.close());

  describe('search', () => {
    beforeAll(async () => {
      await probe.pool.query(`TRUNCATE ${TABLE}`);
      await writePlannedChain(probe.pool);
    });

    it('gives a page newest first, with the total and where the next page starts', async () => {
      const first = await reader.search({ pageSize: 5 }, ADMIN);
      expect(first.items.map((e) => e.seq)).toEqual([12, 11, 10, 9, 8]);
      expect(first).toMatchObject({ total: 12, page: 1, pageSize: 5, nextBeforeSeq: 8 });
      const last = await reader.search({ pageSize: 5, page: 3 }, ADMIN);
      expect(last.items.map((e) => e.seq)).toEqual([2, 1]);
      expect(last.total).toBe(12);
      expect(last.nextBeforeSeq).toBeUndefined();
      expect((await reader.search({ page: 4, pageSize: 5 }, ADMIN)).items).toEqual([]);
    });

    it('reads on by seq (keyset) to the end, every entry once', async () => {
      const seen: number[] = [];
      let beforeSeq: number | undefined;
      do {
        const page = await reader.search({ pageSize: 5, beforeSeq }, ADMIN);
        seen.push(...page.items.map((e) => e.seq));
        beforeSeq = page.nextBeforeSeq;
      } while (beforeSeq !== undefined);
      expect(seen).toEqual([12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    });

    it('finds a subject by its type and id', async () => {
      expect(await seqs({ entityType: 'organization', entityId: 'org-1' })).toEqual([2, 1]);
      expect(await seqs({ entityType: 'subsidy-application', entityId: 'app-1' })).toEqual([
        12, 8, 4,
      ]);
      expect(await seqs({ entityType: 'organization', entityId: 'app-1' })).toEqual([]);
    });

    it('finds what an actor did, and an action exactly or by its beginning', async () => {
      expect(await seqs({ actor: 'user-a' })).toEqual([1]);
      expect(await seqs({ actor: 'user-b', action: 'tier.decided' })).toEqual([2]);
      expect(await seqs({ action: 'subsidy.approved' })).toEqual([11, 8, 5]);
      expect(await seqs({ action: 'personal-data.*' })).toEqual([12, 10, 9, 7, 6, 4, 3]);
      expect(await seqs({ action: 'personal-data' })).toEqual([]);
    });

    it('reads days in Beijing time, both ends inclusive: 23:59:59.999 and 00:00 fall on two days', async () => {
      expect(await seqs({ from: '2026-03-01', to: '2026-03-01' })).toEqual([1]);
      expect(await seqs({ from: '2026-03-02', to: '2026-03-02' })).toEqual([2]);
      expect(await seqs({ to: '2026-03-04' })).toEqual([2, 1]);
      expect((await reader.search({ from: '2026-03-05' }, ADMIN)).total).toBe(10);
      // the first and last days a date can name: Postgres takes them both
      expect((await reader.search({ from: '0001-01-01', to: '9999-12-31' }, ADMIN)).total).toBe(12);
    });

    it('gives each entry whole: before and after, actor, roles, request id, hash', async () => {
      const [entry] = (
        await reader.search({ entityType: 'organization', action: 'tier.decided' }, ADMIN)
      ).items;
      const { rows } = await probe.pool.query(`SELECT hash FROM ${TABLE} WHERE seq = 2`);
      expect(entry).toEqual({
        seq: 2,
        occurredAt: '2026-03-01T16:00:00.000Z',
        actorId: 'user-b',
        actorRoles: ['programme_officer'],
        action: 'tier.decided',
        entityType: 'organization',
        entityId: 'org-1',
        before: { tier: 'FILING' },
        after: { tier: 'REGISTRATION' },
        hash: rows[0].hash,
      });
    });

    it('never lets personal data out whole (R30): numbers masked, tokens sealed', async () => {
      const [first] = (await reader.search({ actor: 'user-a' }, ADMIN)).items;
      expect(first.after).toEqual({
        name: '新竹街道邻里互助会',
        leaders: [{ name: '王建国', residentId: '450103********0021' }],
        contactPhone: '138****1234',
      });
      expect(first.requestId).toBe('req-1');
      const [subsidy] = (await reader.search({ action: 'subsidy.approved' }, ADMIN)).items;
      expect(subsidy.after).toEqual({ status: 'APPROVED', contactPhone: SEALED });
      const page = JSON.stringify(await reader.search({ pageSize: 200 }, ADMIN));
      expect(page).not.toContain('450103198805120021');
      expect(page).not.toContain('13800771234');
      expect(page).not.toContain(TOKEN);
    });

    it('refuses a caller without audit.read (403), and a bad query naming the field', async () => {
      await expect(reader.search({}, OFFICER)).rejects.toMatchObject({ status: 403 });
      await expect(reader.search({}, undefined)).rejects.toBeInstanceOf(ServiceError);
      await expect(reader.verify(OFFICER, 'probe')).rejects.toMatchObject({ status: 403 });
      const bad = reader.search({ pageSize: 1000, from: '2026-13-01' }, ADMIN);
      await expect(bad).rejects.toBeInstanceOf(PayloadValidationError);
      await expect(bad).rejects.toMatchObject({
        violations: expect.arrayContaining([
          expect.objectContaining({ field: 'pageSize', rule: 'max' }),
          expect.objectContaining({ field: 'from', rule: 'matches' }),
        ]),
      });
    });
  });

  describe('verify', () => {
    beforeEach(() => probe.pool.query(`TRUNCATE ${TABLE}`));

    it('says an intact chain, written by AuditTrail, is verified up to its last entry', async () => {
      expect(await reader.verify(ADMIN, 'probe')).toMatchObject({
        service: 'probe',
        ok: true,
        checked: 0,
        verifiedUpTo: 0,
      });
      const written = await recordMany(probe.dataSource, 1, 7);
      const verified = await reader.verify(ADMIN, 'probe');
      expect(verified).toMatchObject({ ok: true, checked: 7, verifiedUpTo: 7 });
      expect(verified.firstBrokenSeq).toBeUndefined();
      // …and finds those entries by their Beijing day
      const day = dateStringOfDay(beijingDayOf(written[0].occurredAt));
      expect((await reader.search({ from: day, to: day }, ADMIN)).total).toBe(7);
    });

    it('names the first broken entry of a tampered chain, and the entries before it as intact', async () => {
      await recordMany(probe.dataSource, 1, 9);
      await probe.pool.query(`UPDATE ${TABLE} SET action = 'tier.overridden' WHERE seq = 6`);
      await probe.pool.query(`DELETE FROM ${TABLE} WHERE seq = 8`);
      expect(await reader.verify(ADMIN, 'probe')).toMatchObject({
        ok: false,
        checked: 6,
        verifiedUpTo: 5,
        firstBrokenSeq: 6,
        problem: 'edited',
        detail: 'entry 6 was edited: its content no longer matches its hash',
      });
    });

    it('answers administrators who ask at once from one run', async () => {
      await recordMany(probe.dataSource, 1, 3);
      const [a, b] = await Promise.all([
        reader.verify(ADMIN, 'probe'),
        reader.verify(ADMIN, 'probe'),
      ]);
      expect(a).toBe(b);
      expect(a).toMatchObject({ ok: true, verifiedUpTo: 3 });
    });
  });
});
