import { randomUUID } from 'node:crypto';
import { createScratchDatabase, dataSourceOptions, migrateSchema } from '@civic/platform/database';
import { PersonalDataCipher } from '@civic/platform/pii';
import { TEST_PII_KEY, testServerUrl } from '@civic/testing';
import { DataSource } from 'typeorm';
import { VENTURE_DATABASE } from '../src/database';
import { MIGRATIONS } from '../src/migrations';
import { SealAccounts1796670000002 } from '../src/migrations/1796670000002-SealAccounts';

jest.setTimeout(60_000);

const PROPOSAL_ACCOUNT = '6222020102003456789';
const CUSTODIAN_ACCOUNT = '6228480000000000123';

/**
 * R30: a proposal's payee account number and a snapshot's custodian account number (R3) stored
 * before they were sealed are sealed by the migration, with their masked forms, on the real
 * Postgres; the down migration gives them back.
 */
describe('venture migration SealAccounts (R30)', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  const sources: DataSource[] = [];
  const saved = process.env.PII_KEY;
  const cipher = new PersonalDataCipher(TEST_PII_KEY, 'k1');

  const open = async (migrations: typeof MIGRATIONS) => {
    const options = { ...dataSourceOptions(VENTURE_DATABASE, scratch.url), migrations };
    const source = await new DataSource(options).initialize();
    sources.push(source);
    return source;
  };

  beforeAll(async () => {
    scratch = await createScratchDatabase(testServerUrl(), 'venture_seal_accounts');
  });

  afterAll(async () => {
    process.env.PII_KEY = saved;
    for (const source of sources) await source.destroy();
    await scratch?.drop();
  });

  it('seals the proposal and custodian accounts stored before, and opens them again on the way down', async () => {
    const before = await open(MIGRATIONS.filter((m) => m !== SealAccounts1796670000002));
    await migrateSchema(before);
    const id = randomUUID();
    const organizationId = randomUUID();
    const account = {
      accountName: '新竹社区夕阳红志愿服务队',
      bankName: '广西北部湾银行南宁分行',
      bankCode: '313',
    };
    await before.query(
      `INSERT INTO venture.proposal
         (id, call_id, organization_id, organization_name, organization_area_type, title, summary,
          project_area_type, served_groups, budget_lines, requested_fen, contact_name, contact_phone,
          bank_account, status, priority, priority_bonus, created_by)
       VALUES ($1, $2, $3, '新竹社区夕阳红志愿服务队', 'URBAN', '邻里守望', '结对探访', 'URBAN', '[]', '[]',
          5000000, '李红', 'sealed', $4, 'SUBMITTED', '{}', 0, 'applicant')`,
      [
        id,
        randomUUID(),
        organizationId,
        JSON.stringify({ ...account, accountNumber: PROPOSAL_ACCOUNT }),
      ],
    );
    const custodian = {
      name: '青秀区社会组织服务中心',
      accountName: '青秀区社会组织服务中心（代管户）',
      bankName: '广西北部湾银行南宁分行',
    };
    await before.query(
      `INSERT INTO venture.organization_snapshot (organization_id, version, data) VALUES ($1, 1, $2)`,
      [
        organizationId,
        JSON.stringify({
          organizationId,
          financialCustodian: { ...custodian, accountNumber: CUSTODIAN_ACCOUNT },
        }),
      ],
    );

    process.env.PII_KEY = TEST_PII_KEY;
    const after = await open(MIGRATIONS);
    expect(await migrateSchema(after)).toEqual(['SealAccounts1796670000002']);
    const [proposal] = await after.query(
      `SELECT bank_account, bank_account::text AS whole FROM venture.proposal WHERE id = $1`,
      [id],
    );
    expect(proposal.whole).not.toContain(PROPOSAL_ACCOUNT);
    expect(proposal.bank_account).toMatchObject({
      ...account,
      accountNumberMasked: '***************6789',
    });
    expect(cipher.decrypt(proposal.bank_account.accountNumberSealed)).toBe(PROPOSAL_ACCOUNT);
    const [snapshot] = await after.query(
      `SELECT data::text AS whole FROM venture.organization_snapshot WHERE organization_id = $1`,
      [organizationId],
    );
    expect(snapshot.whole).not.toContain(CUSTODIAN_ACCOUNT);

    await after.undoLastMigration();
    const [undone] = await after.query(
      `SELECT p.bank_account, s.data FROM venture.proposal p, venture.organization_snapshot s
        WHERE p.id = $1 AND s.organization_id = $2`,
      [id, organizationId],
    );
    expect(undone.bank_account).toEqual({ ...account, accountNumber: PROPOSAL_ACCOUNT });
    expect(undone.data.financialCustodian).toEqual({
      ...custodian,
      accountNumber: CUSTODIAN_ACCOUNT,
    });
  });
});
