import { randomUUID } from 'node:crypto';
import { createScratchDatabase, dataSourceOptions, migrateSchema } from '@civic/platform/database';
import { PersonalDataCipher } from '@civic/platform/pii';
import { TEST_PII_KEY, testServerUrl } from '@civic/testing';
import { DataSource } from 'typeorm';
import { ORGANIZATIONS_DATABASE } from '../src/database';
import { MIGRATIONS } from '../src/migrations';
import { SealContacts1796670000000 } from '../src/migrations/1796670000000-SealContacts';

jest.setTimeout(60_000);

const PHONE = '13800771234';
const ACCOUNT_NUMBER = '6228480000000000123';

/**
 * R30: an organization's postal contact phone (R4) and custodian account number (R3) stored
 * before they were sealed are sealed by the migration, with their masked forms, on the real
 * Postgres; the clear numbers are gone from the row, and the down migration gives them back.
 */
describe('organizations migration SealContacts (R30)', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  const sources: DataSource[] = [];
  const saved = process.env.PII_KEY;
  const cipher = new PersonalDataCipher(TEST_PII_KEY, 'k1');

  const open = async (migrations: typeof MIGRATIONS) => {
    const options = { ...dataSourceOptions(ORGANIZATIONS_DATABASE, scratch.url), migrations };
    const source = await new DataSource(options).initialize();
    sources.push(source);
    return source;
  };

  beforeAll(async () => {
    scratch = await createScratchDatabase(testServerUrl(), 'organizations_seal_contacts');
  });

  afterAll(async () => {
    process.env.PII_KEY = saved;
    for (const source of sources) await source.destroy();
    await scratch?.drop();
  });

  it('seals the phone and the custodian account stored before, and keeps their masked forms', async () => {
    const before = await open(MIGRATIONS.filter((m) => m !== SealContacts1796670000000));
    await migrateSchema(before);
    const id = randomUUID();
    const postal = { address: '南宁市青秀区新竹路 8 号', postcode: '530022', contactName: '李红' };
    const custodian = {
      name: '青秀区社会组织服务中心',
      accountName: '青秀区社会组织服务中心（代管户）',
      bankCode: '313',
      bankName: '广西北部湾银行南宁分行',
    };
    await before.query(
      `INSERT INTO organizations.organization
         (id, name, category, area_type, county_code, county_name, street_code, street_name,
          community_code, community_name, postal_address, registered_funds_fen, is_federation,
          member_count, leaders, financial_custodian, tier, tier_decision, registration_threshold, version)
       VALUES ($1, '新竹社区夕阳红志愿服务队', 'SERVICE', 'URBAN', '450103', '青秀区', '450103001', '新竹街道',
          '450103001001', '新竹社区居委会', $2, 300000, false, 12, '[]', $3, 'COMMUNITY_GUIDED', '{}', '{}', 1)`,
      [
        id,
        JSON.stringify({ ...postal, contactPhone: PHONE }),
        JSON.stringify({ ...custodian, accountNumber: ACCOUNT_NUMBER }),
      ],
    );

    process.env.PII_KEY = TEST_PII_KEY;
    const after = await open(MIGRATIONS);
    expect(await migrateSchema(after)).toEqual(['SealContacts1796670000000']);
    const [row] = await after.query(
      `SELECT postal_address, postal_contact_phone_masked, financial_custodian, row_to_json(o)::text AS whole
         FROM organizations.organization o WHERE id = $1`,
      [id],
    );
    expect(row.whole).not.toContain(PHONE);
    expect(row.whole).not.toContain(ACCOUNT_NUMBER);
    expect(row.postal_address).toMatchObject(postal);
    expect(cipher.decrypt(row.postal_address.contactPhone)).toBe(PHONE);
    expect(row.postal_contact_phone_masked).toBe('138****1234');
    expect(row.financial_custodian).toMatchObject({
      ...custodian,
      accountNumberMasked: '***************0123',
    });
    expect(cipher.decrypt(row.financial_custodian.accountNumberSealed)).toBe(ACCOUNT_NUMBER);

    await after.undoLastMigration();
    const [undone] = await after.query(
      `SELECT postal_address, financial_custodian FROM organizations.organization WHERE id = $1`,
      [id],
    );
    expect(undone.postal_address.contactPhone).toBe(PHONE);
    expect(undone.financial_custodian.accountNumber).toBe(ACCOUNT_NUMBER);
  });
});
