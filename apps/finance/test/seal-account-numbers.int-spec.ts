import { randomUUID } from 'node:crypto';
import { createScratchDatabase, dataSourceOptions, migrateSchema } from '@civic/platform/database';
import { PersonalDataCipher } from '@civic/platform/pii';
import { TEST_BANK_ACCOUNT, TEST_PII_KEY, testServerUrl } from '@civic/testing';
import { DataSource } from 'typeorm';
import { FINANCE_DATABASE } from '../src/database';
import { MIGRATIONS } from '../src/migrations';
import { SealAccountNumbers1796670000000 } from '../src/migrations/1796670000000-SealAccountNumbers';

jest.setTimeout(60_000);

const CORRECTED = { ...TEST_BANK_ACCOUNT, accountNumber: '6222020102009998877' };

/**
 * R30: payee account numbers stored in payments and re-issue proposals before they were sealed are
 * sealed by the migration, with their masked form beside them, on the real Postgres; the clear
 * number is gone from the rows, and undoing the migration gives it back.
 */
describe('finance migration SealAccountNumbers (R30)', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  const sources: DataSource[] = [];
  const saved = process.env.PII_KEY;
  const cipher = new PersonalDataCipher(TEST_PII_KEY, 'k1');
  const paymentId = randomUUID();
  const reissueId = randomUUID();
  let after: DataSource;

  const open = async (migrations: typeof MIGRATIONS) => {
    const options = { ...dataSourceOptions(FINANCE_DATABASE, scratch.url), migrations };
    const source = await new DataSource(options).initialize();
    sources.push(source);
    return source;
  };

  beforeAll(async () => {
    scratch = await createScratchDatabase(testServerUrl(), 'finance_seal_accounts');
  });

  afterAll(async () => {
    process.env.PII_KEY = saved;
    for (const source of sources) await source.destroy();
    await scratch?.drop();
  });

  it('seals the account numbers stored before, keeping holder, bank and the masked form', async () => {
    const before = await open(MIGRATIONS.filter((m) => m !== SealAccountNumbers1796670000000));
    await migrateSchema(before);
    await before.query(
      `INSERT INTO finance.payment (id, commitment_id, programme, fund, fiscal_year, organization_id,
              organization_name, amount_fen, reference, payee, bank_account, status)
       VALUES ($1, $2, 'venture', 'VENTURE_PHILANTHROPY', 2026, $3, '青秀区邻里互助会', 100000,
              '公益创投项目资助', $4, $5, 'FAILED'),
              ($6, $2, 'venture', 'VENTURE_PHILANTHROPY', 2026, $3, '青秀区邻里互助会', 100000,
              '公益创投项目资助', $4, NULL, 'REFUSED')`,
      [
        paymentId,
        randomUUID(),
        randomUUID(),
        JSON.stringify({ organizationId: randomUUID(), paidTo: { kind: 'ORGANIZATION' } }),
        JSON.stringify(TEST_BANK_ACCOUNT),
        randomUUID(),
      ],
    );
    await before.query(
      `INSERT INTO finance.payment_reissue (id, payment_id, bank_account, reason, status,
              proposed_by, proposed_by_name)
       VALUES ($1, $2, $3, '原收款账户已冻结', 'PROPOSED', 'maker-1', '李经办')`,
      [reissueId, paymentId, JSON.stringify(CORRECTED)],
    );

    process.env.PII_KEY = TEST_PII_KEY;
    after = await open(MIGRATIONS);
    expect(await migrateSchema(after)).toEqual(['SealAccountNumbers1796670000000']);
    const payments = await after.query(
      `SELECT p::text AS row, bank_account, account_number_sealed AS sealed,
              account_number_masked AS masked
         FROM finance.payment p ORDER BY bank_account IS NULL`,
    );
    expect(payments[0].row).not.toContain(TEST_BANK_ACCOUNT.accountNumber);
    expect(payments[0].bank_account).toEqual({
      accountName: TEST_BANK_ACCOUNT.accountName,
      bankName: TEST_BANK_ACCOUNT.bankName,
      bankCode: TEST_BANK_ACCOUNT.bankCode,
    });
    expect(payments[0].sealed).toMatch(/^v1\.k1\./);
    expect(cipher.decrypt(payments[0].sealed)).toBe(TEST_BANK_ACCOUNT.accountNumber);
    expect(payments[0].masked).toBe('****6789');
    // A payment refused for want of an account has none to seal.
    expect(payments[1]).toMatchObject({ bank_account: null, sealed: null, masked: null });
    const [reissue] = await after.query(
      `SELECT r::text AS row, account_number_sealed AS sealed, account_number_masked AS masked
         FROM finance.payment_reissue r`,
    );
    expect(reissue.row).not.toContain(CORRECTED.accountNumber);
    expect(cipher.decrypt(reissue.sealed)).toBe(CORRECTED.accountNumber);
    expect(reissue.masked).toBe('****8877');
  });

  it('gives the clear numbers back when undone', async () => {
    await after.undoLastMigration({ transaction: 'each' });
    const [payment] = await after.query(`SELECT bank_account FROM finance.payment WHERE id = $1`, [
      paymentId,
    ]);
    expect(payment.bank_account).toEqual(TEST_BANK_ACCOUNT);
    const [reissue] = await after.query(`SELECT bank_account FROM finance.payment_reissue`);
    expect(reissue.bank_account).toEqual(CORRECTED);
  });
});
