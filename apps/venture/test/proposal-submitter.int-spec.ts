import { randomUUID } from 'node:crypto';
import type { RpcActor } from '@civic/contracts';
import { Role } from '@civic/domain/access';
import { AuditTrail, verifyAuditChain } from '@civic/platform/audit';
import { createScratchDatabase, dataSourceOptions, migrateSchema } from '@civic/platform/database';
import { sealPayeeAccount, sealPhone } from '@civic/platform/pii';
import { testServerUrl } from '@civic/testing';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { VentureCall } from '../src/calls/call.entity';
import { VENTURE_DATABASE } from '../src/database';
import { Proposal } from '../src/proposals/proposal.entity';
import { ProposalSubmitter } from '../src/proposals/proposal-submitter';
import { ProposalsRepository } from '../src/proposals/proposals.repository';
import { BANK_ACCOUNT, CIPHER, closedCall } from './funding.fixture';

jest.setTimeout(60_000);

const ORG = randomUUID();
const OTHER_ORG = randomUUID();
const applicant = (organizationId = ORG): RpcActor => ({
  userId: `applicant-${organizationId.slice(0, 8)}`,
  roles: [Role.APPLICANT],
  organizationId,
});

/**
 * Group commit of venture submissions (issue #19), on the real Postgres: submissions made in
 * the same tick form one batch (one transaction, one take of the audit chain's lock), and each
 * still gets its own answer: submitted, or refused on its own rule (R17), as it would alone.
 */
describe('ProposalSubmitter (issue #19), on the real Postgres', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let dataSource: DataSource;
  let submitter: ProposalSubmitter;
  let openCallId: string;
  let closedCallId: string;
  let pool: Pool;
  const chain = () => verifyAuditChain(pool, 'venture');

  beforeAll(async () => {
    scratch = await createScratchDatabase(testServerUrl(), 'venture_submitter');
    dataSource = await new DataSource(
      dataSourceOptions(VENTURE_DATABASE, scratch.url, { poolSize: 4 }),
    ).initialize();
    await migrateSchema(dataSource);
    pool = new Pool({ connectionString: scratch.url, max: 1 });
    submitter = new ProposalSubmitter(
      dataSource,
      new AuditTrail(),
      new ProposalsRepository(),
      CIPHER,
      { maxBatch: 50, maxParallel: 1 },
    );
    closedCallId = await closedCall(dataSource);
    openCallId = await closedCall(dataSource);
    await dataSource.manager.update(VentureCall, openCallId, {
      deadline: new Date(Date.now() + 3_600_000),
    });
  });

  afterAll(async () => {
    await pool?.end();
    await dataSource?.destroy();
    await scratch?.drop();
  });

  async function draft(
    options: { callId?: string; organizationId?: string; linesFen?: number } = {},
  ): Promise<string> {
    const id = randomUUID();
    await dataSource.manager.insert(Proposal, {
      id,
      callId: options.callId ?? openCallId,
      organizationId: options.organizationId ?? ORG,
      organizationName: '中山社区邻里互助会',
      organizationAreaType: 'URBAN',
      title: `项目 ${id.slice(0, 4)}`,
      summary: '组织低龄老人结对探访高龄独居老人',
      projectAreaType: 'URBAN',
      servedGroups: ['ELDERLY'],
      budgetLines: [{ description: '探访物资', amountFen: options.linesFen ?? 3_000_000 }],
      requestedFen: 3_000_000,
      contactName: '李红',
      contactPhone: sealPhone(CIPHER, '13800771234').cipher,
      contactPhoneMasked: '138****1234',
      bankAccount: sealPayeeAccount(CIPHER, BANK_ACCOUNT),
      status: 'DRAFT',
      priority: { bonus: 0, policyVersion: 'test', reasons: [] },
      priorityBonus: 0,
      submittedAt: null,
      createdBy: 'applicant',
    });
    return id;
  }

  /** Every submission started in one tick (so they share a batch); each one's answer or refusal. */
  async function submitTogether(requests: { id: string; actor: RpcActor }[]) {
    const settled = await Promise.allSettled(requests.map((r) => submitter.submit(r)));
    return settled.map((s) =>
      s.status === 'fulfilled'
        ? { status: s.value.status }
        : { code: (s.reason as { code?: string }).code ?? String(s.reason) },
    );
  }

  it('rule R17, rule R31: twenty drafts submitted together are all submitted, with one audit entry each, under one take of the lock', async () => {
    const ids = await Promise.all(Array.from({ length: 20 }, () => draft()));
    const answers = await submitTogether(ids.map((id) => ({ id, actor: applicant() })));
    expect(answers).toEqual(ids.map(() => ({ status: 'SUBMITTED' })));
    const rows: { status: string; submitted_at: Date | null }[] = await dataSource.query(
      'SELECT status, submitted_at FROM venture.proposal WHERE id = ANY($1)',
      [ids],
    );
    expect(rows.every((r) => r.status === 'SUBMITTED' && r.submitted_at !== null)).toBe(true);
    const audit: { occurred_at: Date; n: number }[] = await dataSource.query(
      `SELECT occurred_at, count(*)::int AS n FROM venture.audit_entry
        WHERE action = 'proposal.submitted' AND entity_id = ANY($1) GROUP BY occurred_at`,
      [ids],
    );
    // One batch: the entries were appended together and share the time read under the lock.
    expect(audit).toEqual([{ occurred_at: expect.any(Date), n: 20 }]);
    expect(await chain()).toMatchObject({ ok: true });
  });

  it('rule R17: in one batch each refusal is its own, and the rest are submitted', async () => {
    const good = await draft();
    const twice = await draft();
    const another = await draft({ organizationId: OTHER_ORG });
    const unbalanced = await draft({ linesFen: 2_900_000 });
    const late = await draft({ callId: closedCallId });
    const good2 = await draft();
    const answers = await submitTogether([
      { id: good, actor: applicant() },
      { id: twice, actor: applicant() },
      { id: twice, actor: applicant() },
      { id: another, actor: applicant() },
      { id: unbalanced, actor: applicant() },
      { id: late, actor: applicant() },
      { id: randomUUID(), actor: applicant() },
      { id: good2, actor: applicant() },
    ]);
    expect(answers).toEqual([
      { status: 'SUBMITTED' },
      { status: 'SUBMITTED' },
      { code: 'RULE_R17_PROPOSAL_FROZEN' },
      { code: 'NOT_FOUND' },
      { code: 'RULE_R17' },
      { code: 'RULE_R17_DEADLINE_PASSED' },
      { code: 'NOT_FOUND' },
      { status: 'SUBMITTED' },
    ]);
    const statuses: { id: string; status: string }[] = await dataSource.query(
      'SELECT id, status FROM venture.proposal WHERE id = ANY($1)',
      [[another, unbalanced, late]],
    );
    expect(statuses.map((s) => s.status)).toEqual(['DRAFT', 'DRAFT', 'DRAFT']);
    const entries: { entity_id: string }[] = await dataSource.query(
      `SELECT entity_id FROM venture.audit_entry WHERE action = 'proposal.submitted'
        AND entity_id = ANY($1) ORDER BY seq`,
      [[good, twice, another, unbalanced, late, good2]],
    );
    expect(entries.map((e) => e.entity_id)).toEqual([good, twice, good2]);
    expect(await chain()).toMatchObject({ ok: true });
  });
});
