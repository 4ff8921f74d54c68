import { randomUUID } from 'node:crypto';
import { createScratchDatabase, dataSourceOptions, migrateSchema } from '@civic/platform/database';
import { PersonalDataCipher } from '@civic/platform/pii';
import { TEST_PII_KEY, testServerUrl } from '@civic/testing';
import { DataSource } from 'typeorm';
import { INCUBATION_DATABASE } from '../src/database';
import { MIGRATIONS } from '../src/migrations';
import { SealAccounts1796670000001 } from '../src/migrations/1796670000001-SealAccounts';

jest.setTimeout(60_000);

const SUBSIDY_ACCOUNT = '6222020102009876543';
const CUSTODIAN_ACCOUNT = '6228480000000000123';

/**
 * R30: a start-up subsidy's payee account number and a snapshot's custodian account number (R3)
 * stored before they were sealed are sealed by the migration, with their masked forms, on the
 * real Postgres; the clear numbers are gone from both tables.
 */
describe('incubation migration SealAccounts (R30)', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  const sources: DataSource[] = [];
  const saved = process.env.PII_KEY;
  const cipher = new PersonalDataCipher(TEST_PII_KEY, 'k1');

  const open = async (migrations: typeof MIGRATIONS) => {
    const options = { ...dataSourceOptions(INCUBATION_DATABASE, scratch.url), migrations };
    const source = await new DataSource(options).initialize();
    sources.push(source);
    return source;
  };

  beforeAll(async () => {
    scratch = await createScratchDatabase(testServerUrl(), 'incubation_seal_accounts');
  });

  afterAll(async () => {
    process.env.PII_KEY = saved;
    for (const source of sources) await source.destroy();
    await scratch?.drop();
  });

  it('seals the subsidy and custodian accounts stored before and keeps their masked forms', async () => {
    const before = await open(MIGRATIONS.filter((m) => m !== SealAccounts1796670000001));
    await migrateSchema(before);
    const subsidyId = randomUUID();
    const organizationId = randomUUID();
    const account = {
      accountName: '青山社区儿童托管互助会',
      bankName: '广西北部湾银行南宁分行',
      bankCode: '313',
    };
    await before.query(
      `INSERT INTO incubation.startup_subsidy
         (id, incubatee_id, organization_id, organization_name, amount_fen, bank_account, status,
          commitment_state, payment_state)
       VALUES ($1, $2, $3, '青山社区儿童托管互助会', 2000000, $4, 'REQUESTED', 'REQUESTED', 'REQUESTED')`,
      [
        subsidyId,
        randomUUID(),
        organizationId,
        JSON.stringify({ ...account, accountNumber: SUBSIDY_ACCOUNT }),
      ],
    );
    const custodian = {
      name: '青秀区社会组织服务中心',
      accountName: '青秀区社会组织服务中心（代管户）',
      bankName: '广西北部湾银行南宁分行',
    };
    await before.query(
      `INSERT INTO incubation.organization_snapshot (organization_id, version, data) VALUES ($1, 1, $2)`,
      [
        organizationId,
        JSON.stringify({
          organizationId,
          name: '青山社区儿童托管互助会',
          financialCustodian: { ...custodian, accountNumber: CUSTODIAN_ACCOUNT },
        }),
      ],
    );

    process.env.PII_KEY = TEST_PII_KEY;
    const after = await open(MIGRATIONS);
    expect(await migrateSchema(after)).toEqual(['SealAccounts1796670000001']);
    const [subsidy] = await after.query(
      `SELECT bank_account, bank_account::text AS whole FROM incubation.startup_subsidy WHERE id = $1`,
      [subsidyId],
    );
    expect(subsidy.whole).not.toContain(SUBSIDY_ACCOUNT);
    expect(subsidy.bank_account).toMatchObject({
      ...account,
      accountNumberMasked: '***************6543',
    });
    expect(cipher.decrypt(subsidy.bank_account.accountNumberSealed)).toBe(SUBSIDY_ACCOUNT);
    const [snapshot] = await after.query(
      `SELECT data, data::text AS whole FROM incubation.organization_snapshot WHERE organization_id = $1`,
      [organizationId],
    );
    expect(snapshot.whole).not.toContain(CUSTODIAN_ACCOUNT);
    expect(snapshot.data.name).toBe('青山社区儿童托管互助会');
    expect(snapshot.data.financialCustodian).toMatchObject({
      ...custodian,
      accountNumberMasked: '***************0123',
    });
    expect(cipher.decrypt(snapshot.data.financialCustodian.accountNumberSealed)).toBe(
      CUSTODIAN_ACCOUNT,
    );
  });
});
