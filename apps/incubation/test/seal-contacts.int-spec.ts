import { randomUUID } from 'node:crypto';
import { createScratchDatabase, dataSourceOptions, migrateSchema } from '@civic/platform/database';
import { PersonalDataCipher } from '@civic/platform/pii';
import { TEST_PII_KEY, testServerUrl } from '@civic/testing';
import { DataSource } from 'typeorm';
import { INCUBATION_DATABASE } from '../src/database';
import { MIGRATIONS } from '../src/migrations';
import { SealContacts1796660000000 } from '../src/migrations/1796660000000-SealContacts';

jest.setTimeout(60_000);

/**
 * R30: a base's contact phone stored before phones were sealed is sealed by the migration, with
 * its masked form beside it, on the real Postgres; the clear number is gone from the row.
 */
describe('incubation migration SealContacts (R30)', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  const sources: DataSource[] = [];
  const saved = process.env.PII_KEY;

  const open = async (migrations: typeof MIGRATIONS) => {
    const options = { ...dataSourceOptions(INCUBATION_DATABASE, scratch.url), migrations };
    const source = await new DataSource(options).initialize();
    sources.push(source);
    return source;
  };

  beforeAll(async () => {
    scratch = await createScratchDatabase(testServerUrl(), 'incubation_seal_contacts');
  });

  afterAll(async () => {
    process.env.PII_KEY = saved;
    for (const source of sources) await source.destroy();
    await scratch?.drop();
  });

  it('seals the phones stored before and keeps their masked form', async () => {
    const before = await open(MIGRATIONS.filter((m) => m !== SealContacts1796660000000));
    await migrateSchema(before);
    const id = randomUUID();
    await before.query(
      `INSERT INTO incubation.incubation_base (id, name, level, county_code, address, contact_name, contact_phone)
       VALUES ($1, '青秀区社区社会组织孵化基地', 'COUNTY', '450103', '民族大道 100 号', '黄丽', '0771-5550000')`,
      [id],
    );

    process.env.PII_KEY = TEST_PII_KEY;
    const after = await open(MIGRATIONS);
    expect(await migrateSchema(after)).toEqual(['SealContacts1796660000000']);
    const [row] = await after.query(
      `SELECT contact_phone, contact_phone_masked FROM incubation.incubation_base WHERE id = $1`,
      [id],
    );
    expect(row.contact_phone).toMatch(/^v1\.k1\./);
    expect(row.contact_phone).not.toContain('5550000');
    expect(new PersonalDataCipher(TEST_PII_KEY, 'k1').decrypt(row.contact_phone)).toBe(
      '0771-5550000',
    );
    expect(row.contact_phone_masked).toBe('0771-***0000');
  });
});
