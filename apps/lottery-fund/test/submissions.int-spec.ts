import { randomUUID } from 'node:crypto';
import {
  type ApplicationView,
  type OrganizationSnapshotV1,
  PayloadValidationError,
  type RpcActor,
} from '@civic/contracts';
import { Role } from '@civic/domain/access';
import { formSchema, SAMPLE_FORM } from '@civic/domain/forms';
import { DEFAULT_BANNED_USE_POLICY } from '@civic/domain/lottery';
import { AuditTrail, verifyAuditChain } from '@civic/platform/audit';
import { createScratchDatabase, dataSourceOptions, migrateSchema } from '@civic/platform/database';
import type { HandlerContext } from '@civic/platform/messaging';
import { PersonalDataCipher } from '@civic/platform/pii';
import { ServiceError } from '@civic/platform/rpc';
import { keepPolicyCopy } from '@civic/platform/policy-copies';
import { keepOrganizationSnapshot } from '@civic/platform/snapshots';
import { subsidyApplicationBody, TEST_PII_KEY, testServerUrl } from '@civic/testing';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { ApplicationsRepository } from '../src/applications/applications.repository';
import { ApplicationsService } from '../src/applications/applications.service';
import { type SubmissionBatching, SubmissionWriter } from '../src/applications/submission-writer';
import { LOTTERY_FUND_DATABASE } from '../src/database';

jest.setTimeout(60_000);

const SCHEMA = LOTTERY_FUND_DATABASE.schema;
const cipher = new PersonalDataCipher(TEST_PII_KEY, 'k1');

/**
 * Submissions stored many to a transaction (group commit) on the real Postgres: every answered
 * application is stored with its audit entry and the chain verifies (R31); a submission the
 * database refuses fails alone; refusals store nothing.
 */
describe('lottery-fund submissions, group committed', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let dataSource: DataSource;
  let pool: Pool;
  let programmeId: string;
  const organizations: string[] = [];

  beforeAll(async () => {
    scratch = await createScratchDatabase(testServerUrl(), 'lottery_submissions');
    dataSource = await new DataSource(
      dataSourceOptions(LOTTERY_FUND_DATABASE, scratch.url, { poolSize: 12 }),
    ).initialize();
    await migrateSchema(dataSource);
    pool = new Pool({ connectionString: scratch.url, max: 2 });
    programmeId = randomUUID();
    await pool.query(
      `INSERT INTO ${SCHEMA}.subsidy_programme
         (id, fiscal_year, purpose, name, budget_fen, rural_reserve_percent, created_by)
       VALUES ($1, 2026, 'ELDERLY', '2026 年社区居家养老服务补助', 100000000, 30, 'officer')`,
      [programmeId],
    );
    for (let i = 0; i < 10; i++) {
      const id = randomUUID();
      organizations.push(id);
      await dataSource.transaction((manager) =>
        keepOrganizationSnapshot(snapshot(id, i), { manager } as HandlerContext, cipher),
      );
    }
  });

  afterAll(async () => {
    await pool.end();
    await dataSource.destroy();
    await scratch.drop();
  });

  beforeEach(() => pool.query(`TRUNCATE ${SCHEMA}.subsidy_application, ${SCHEMA}.audit_entry`));

  const service = (batching: SubmissionBatching = { maxBatch: 50, maxParallel: 2 }) =>
    new ApplicationsService(
      new SubmissionWriter(
        dataSource,
        new AuditTrail(),
        new ApplicationsRepository(),
        cipher,
        batching,
      ),
      dataSource,
    );
  const applicant = (i: number): RpcActor => ({
    userId: `applicant-${i}`,
    roles: [Role.APPLICANT],
    organizationId: organizations[i % organizations.length],
  });
  const body = (tag: string, overrides: Record<string, unknown> = {}) =>
    subsidyApplicationBody(programmeId, { projectName: `银龄互助 #${tag}`, ...overrides });
  const stored = async () =>
    (
      await pool.query<{ id: string; project_name: string }>(
        `SELECT id, project_name FROM ${SCHEMA}.subsidy_application ORDER BY project_name`,
      )
    ).rows;
  const auditEntries = async () =>
    (
      await pool.query<{ entity_id: string; after: Record<string, unknown>; occurred_at: Date }>(
        `SELECT entity_id, "after", occurred_at FROM ${SCHEMA}.audit_entry ORDER BY seq`,
      )
    ).rows;

  it('stores 150 concurrent submissions in a few transactions, each answered with its own application and audited', async () => {
    const transactions = jest.spyOn(dataSource, 'transaction');
    const submissions = service();
    const answers = await Promise.all(
      Array.from({ length: 150 }, (_, i) => submissions.submit(body(`c${i}`), applicant(i))),
    );
    // every caller got its own application …
    expect(answers.map((a) => a.projectName)).toEqual(
      Array.from({ length: 150 }, (_, i) => `银龄互助 #c${i}`),
    );
    expect(new Set(answers.map((a) => a.id)).size).toBe(150);
    answers.forEach((answer, i) =>
      expect(answer).toMatchObject({
        status: 'SUBMITTED',
        organizationId: organizations[i % organizations.length],
        programmeName: '2026 年社区居家养老服务补助',
        requestedFen: 5_000_000,
        beneficiaryTotal: 135,
      }),
    );
    // … stored, once each …
    const rows = await stored();
    expect(rows.map((r) => r.id).sort()).toEqual(answers.map((a) => a.id).sort());
    // … with one audit entry each, on a chain that verifies
    const entries = await auditEntries();
    expect(entries.map((e) => e.entity_id).sort()).toEqual(answers.map((a) => a.id).sort());
    expect(await verifyAuditChain(pool, SCHEMA)).toEqual({
      schema: SCHEMA,
      checked: 150,
      ok: true,
    });
    // group commit: far fewer transactions than submissions
    expect(transactions.mock.calls.length).toBeLessThanOrEqual(10);
    transactions.mockRestore();
  });

  it('audits each application as it was stored, submission time included', async () => {
    const answer = await service().submit(body('a'), applicant(3));
    const [entry] = await auditEntries();
    const { rows } = await pool.query(
      `SELECT to_jsonb(a) AS row FROM ${SCHEMA}.subsidy_application a WHERE id = $1`,
      [answer.id],
    );
    const row = rows[0].row;
    expect(entry.entity_id).toBe(answer.id);
    expect(entry.after).toMatchObject({
      id: answer.id,
      programmeId,
      organizationId: row.organization_id,
      organizationName: row.organization_name,
      streetCode: row.street_code,
      projectName: '银龄互助 #a',
      beneficiaries: row.beneficiaries,
      budgetLines: row.budget_lines,
      bankAccount: row.bank_account,
      requestedFen: 5_000_000,
      status: 'SUBMITTED',
      priorityBonus: row.priority_bonus,
      priority: row.priority,
      submittedBy: 'applicant-3',
      submittedAt: answer.submittedAt,
    });
    expect(new Date(row.submitted_at).getTime()).toBe(new Date(answer.submittedAt).getTime());
  });

  it('stores the phone and the account number sealed, and answers the phone masked (R30)', async () => {
    const { bankAccount, contactPhone } = subsidyApplicationBody(programmeId);
    const answer = await service().submit(body('sealed'), applicant(4));
    expect(answer.contactPhone).toBe('0771-***1234');
    const { rows } = await pool.query(
      `SELECT to_jsonb(a)::text AS text, a.contact_phone, a.bank_account
         FROM ${SCHEMA}.subsidy_application a WHERE id = $1`,
      [answer.id],
    );
    const [{ text, contact_phone, bank_account }] = rows;
    for (const clear of [
      bankAccount.accountNumber,
      bankAccount.accountNumber.slice(0, 12),
      '5551234',
    ]) {
      expect(text).not.toContain(clear);
    }
    const [entry] = await auditEntries();
    expect(JSON.stringify(entry.after)).not.toContain(bankAccount.accountNumber);
    expect(bank_account).toMatchObject({
      accountName: bankAccount.accountName,
      bankCode: bankAccount.bankCode,
      accountNumberMasked: `${'*'.repeat(15)}${bankAccount.accountNumber.slice(-4)}`,
    });
    expect(cipher.decrypt(bank_account.accountNumberSealed)).toBe(bankAccount.accountNumber);
    expect(cipher.decrypt(contact_phone)).toBe(contactPhone);
  });

  it('fails only the submission the database refuses: the rest of its batch is stored and answered', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const submissions = service({ maxBatch: 50, maxParallel: 1 });
    // Postgres stores no NUL character in text: this one passes every check but not the INSERT
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        submissions.submit(
          i === 7 ? body('bad', { projectName: '银龄互助 #b\u0000ad' }) : body(`b${i}`),
          applicant(i),
        ),
      ),
    );
    warn.mockRestore();
    expect(outcomes.map((o) => o.status)).toEqual(
      Array.from({ length: 20 }, (_, i) => (i === 7 ? 'rejected' : 'fulfilled')),
    );
    const answered = outcomes
      .filter((o): o is PromiseFulfilledResult<ApplicationView> => o.status === 'fulfilled')
      .map((o) => o.value.id);
    expect((await stored()).map((r) => r.id).sort()).toEqual(answered.sort());
    expect((await auditEntries()).map((e) => e.entity_id).sort()).toEqual(answered.sort());
    expect(await verifyAuditChain(pool, SCHEMA)).toMatchObject({ ok: true, checked: 19 });
  });

  it('answers refusals on what the database holds one by one, storing nothing for them', async () => {
    const submissions = service();
    const stranger: RpcActor = { ...applicant(0), organizationId: randomUUID() };
    const outcomes = await Promise.allSettled([
      submissions.submit(body('ok1'), applicant(1)),
      submissions.submit(body('gone', { programmeId: randomUUID() }), applicant(2)),
      submissions.submit(body('stranger'), stranger),
      submissions.submit(body('ok2'), applicant(4)),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual([
      'fulfilled',
      'rejected',
      'rejected',
      'fulfilled',
    ]);
    const [, gone, unknown] = outcomes as PromiseRejectedResult[];
    expect(gone.reason).toBeInstanceOf(ServiceError);
    expect(gone.reason).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect(unknown.reason).toMatchObject({ status: 409, code: 'ORGANIZATION_NOT_KNOWN_YET' });
    expect((await stored()).map((r) => r.project_name)).toEqual(['银龄互助 #ok1', '银龄互助 #ok2']);
    expect(await verifyAuditChain(pool, SCHEMA)).toMatchObject({ ok: true, checked: 2 });
  });

  it('refuses bad content before any write, naming the field and rule, alongside good submissions', async () => {
    const submissions = service();
    const base = body('x');
    const outcomes = await Promise.allSettled([
      submissions.submit({ ...base, requestedFen: 1.5 }, applicant(0)),
      submissions.submit(
        {
          ...base,
          budgetLines: [
            { category: 'SERVICE_DELIVERY', description: '项目工作人员工资', amountFen: 3_000_000 },
            ...base.budgetLines.slice(1),
          ],
        },
        applicant(1),
      ),
      submissions.submit(body('fine'), applicant(2)),
      submissions.submit(body('theirs', { organizationId: organizations[5] }), applicant(2)),
    ]);
    const [shape, banned, fine, theirs] = outcomes;
    expect(shape).toMatchObject({ status: 'rejected', reason: expect.any(PayloadValidationError) });
    expect((shape as PromiseRejectedResult).reason.violations).toEqual([
      expect.objectContaining({ field: 'requestedFen', rule: 'isInt' }),
    ]);
    expect(banned).toMatchObject({
      status: 'rejected',
      reason: { status: 422, code: 'RULE_R22' },
    });
    expect((banned as PromiseRejectedResult).reason.violations).toEqual([
      expect.objectContaining({ field: 'budgetLines.0.description', rule: 'R22' }),
    ]);
    expect(theirs).toMatchObject({ status: 'rejected', reason: { status: 403 } });
    expect(fine.status).toBe('fulfilled');
    expect((await stored()).map((r) => r.project_name)).toEqual(['银龄互助 #fine']);
    expect(await verifyAuditChain(pool, SCHEMA)).toMatchObject({ ok: true, checked: 1 });
  });

  it("issue #17: checks each submission's answers in full against its programme's form; a wrong one fails alone and stores nothing", async () => {
    const withForm = randomUUID();
    const form = formSchema(SAMPLE_FORM, { owner: 'lottery-programme', id: withForm, version: 1 });
    await pool.query(
      `INSERT INTO ${SCHEMA}.subsidy_programme
         (id, fiscal_year, purpose, name, budget_fen, rural_reserve_percent, created_by, form, form_version)
       VALUES ($1, 2026, 'ELDERLY', '2026 年农村互助养老补助', 100000000, 30, 'officer', $2, 1)`,
      [withForm, JSON.stringify(form)],
    );
    const answers = { volunteers: 12, plan: '每周两次上门探访', venue: 'village' };
    const submissions = service({ maxBatch: 50, maxParallel: 1 });
    const outcomes = await Promise.allSettled([
      submissions.submit(body('f1', { programmeId: withForm, answers }), applicant(1)),
      submissions.submit(
        body('f2', { programmeId: withForm, answers: { ...answers, venue: 'moon' } }),
        applicant(2),
      ),
      submissions.submit(body('f3', { programmeId: withForm }), applicant(3)),
      submissions.submit(body('f4', { answers: { volunteers: 1 } }), applicant(4)),
      submissions.submit(body('f5'), applicant(5)),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual([
      'fulfilled',
      'rejected',
      'rejected',
      'rejected',
      'fulfilled',
    ]);
    const [, moon, unanswered, formless] = outcomes as PromiseRejectedResult[];
    expect(moon.reason).toBeInstanceOf(PayloadValidationError);
    expect(moon.reason.violations).toEqual([
      expect.objectContaining({ field: 'answers.venue', rule: 'enum' }),
    ]);
    // No drafts here: a submission answers every required question.
    expect(unanswered.reason.violations.map((v: { field: string }) => v.field)).toEqual([
      'answers.volunteers',
      'answers.plan',
      'answers.venue',
    ]);
    // A programme without a form asks nothing, so takes no answer.
    expect(formless.reason.violations).toEqual([
      expect.objectContaining({ field: 'answers.volunteers', rule: 'additionalProperties' }),
    ]);
    const rows = await pool.query(
      `SELECT project_name, answers, form_version FROM ${SCHEMA}.subsidy_application
        ORDER BY project_name`,
    );
    expect(rows.rows).toEqual([
      { project_name: '银龄互助 #f1', answers, form_version: 1 },
      { project_name: '银龄互助 #f5', answers: {}, form_version: 0 },
    ]);
    expect(await verifyAuditChain(pool, SCHEMA)).toMatchObject({ ok: true, checked: 2 });
  });

  it('stores the same with batching off, one transaction per submission', async () => {
    const transactions = jest.spyOn(dataSource, 'transaction');
    const submissions = service({ maxBatch: 1, maxParallel: 1 });
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => submissions.submit(body(`o${i}`), applicant(i))),
    );
    expect(transactions.mock.calls.length).toBe(12);
    transactions.mockRestore();
    expect((await stored()).map((r) => r.id).sort()).toEqual(answers.map((a) => a.id).sort());
    expect(await verifyAuditChain(pool, SCHEMA)).toMatchObject({ ok: true, checked: 12 });
  });

  it('rule R22: checks budgets under the banned-use version in force, stamped; an approved copy applies from its day (issue #17)', async () => {
    const submissions = service();
    const tea = (tag: string) =>
      body(tag, {
        budgetLines: [
          { category: 'SERVICE_DELIVERY', description: '活动茶歇点心', amountFen: 3_000_000 },
          ...subsidyApplicationBody(programmeId).budgetLines.slice(1),
        ],
      });
    const before = await submissions.submit(tea('before'), applicant(1));
    const first = DEFAULT_BANNED_USE_POLICY;
    const version = `t-${randomUUID().slice(0, 8)}`;
    await dataSource.transaction((manager) =>
      keepPolicyCopy(
        {
          kind: 'BANNED_USES',
          regionCode: '450000',
          version,
          effectiveFrom: new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10),
          body: {
            ...first,
            version,
            keywords: { ...first.keywords, HOSPITALITY: [...first.keywords.HOSPITALITY, '茶歇'] },
          },
          approvedAt: new Date().toISOString(),
        },
        { manager },
      ),
    );
    const refused = submissions.submit(tea('after'), applicant(2));
    await expect(refused).rejects.toMatchObject({ status: 422, code: 'RULE_R22' });
    const after = await submissions.submit(body('plain'), applicant(3));
    const stamps = await pool.query<{ id: string; budget_policy_version: string }>(
      `SELECT id, budget_policy_version FROM ${SCHEMA}.subsidy_application`,
    );
    const stampOf = (id: string) => stamps.rows.find((r) => r.id === id)?.budget_policy_version;
    expect(stampOf(before.id)).toBe(first.version);
    expect(stampOf(after.id)).toBe(version);
    expect(stamps.rows).toHaveLength(2);
    await dataSource.query(`DELETE FROM ${SCHEMA}.policy_copy WHERE version = $1`, [version]);
  });
});

function snapshot(organizationId: string, i: number): OrganizationSnapshotV1 {
  return {
    organizationId,
    version: 1,
    name: `新竹社区互助服务队 ${i + 1} 号`,
    category: 'PUBLIC_WELFARE',
    areaType: i % 2 === 0 ? 'RURAL' : 'URBAN',
    countyCode: '450102',
    streetCode: '450102001',
    communityCode: '450102001001',
    tier: 'STREET_FILED',
    uscc: null,
    leaders: [],
    financialCustodian: null,
    takesGovernmentFunctions: false,
    founderBackground: null,
    graduatedFromIncubation: false,
    occurredAt: new Date().toISOString(),
  } as OrganizationSnapshotV1;
}
