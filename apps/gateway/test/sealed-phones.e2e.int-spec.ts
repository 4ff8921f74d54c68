import {
  baseBody,
  bindUser,
  callBody,
  http,
  organizationBody,
  proposalBody,
  startPlatform,
  waitFor,
} from '@civic/testing';
import { Client } from 'pg';

jest.setTimeout(180_000);

const PHONE = '13800771234';

/**
 * Incubation bases' and venture proposals' contact phones are stored sealed and shown masked
 * (R30), like the lottery fund's. A venture draft's own organization sees its phone in full while
 * it can still edit it (its edit form sends the number back); once submitted, masked to all.
 */
describe('contact phones sealed at rest in incubation and venture (R30)', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: Client;
  let officer: string;
  let applicant: string;

  beforeAll(async () => {
    platform = await startPlatform({
      withIncubation: true,
      withVenture: true,
      gatewayEnv: { RATE_LIMIT_PER_TARGET: '1000' },
    });
    db = new Client({ connectionString: platform.databaseUrl });
    await db.connect();
    const admin = await platform.login('admin');
    const org = await http('POST', `${platform.api}/v1/organizations`, organizationBody(), {
      token: admin,
    });
    expect(org.status).toBe(201);
    await bindUser(platform.as(admin), 'applicant', org.body.id);
    [officer, applicant] = await Promise.all([
      platform.login('officer'),
      platform.login('applicant'),
    ]);
    await waitFor(
      'the organization at the venture service',
      async () =>
        Number(
          (await db.query(`SELECT count(*) FROM venture.organization_snapshot`)).rows[0].count,
        ),
      (n) => n === 1,
    );
  });

  afterAll(async () => {
    await db?.end();
    await platform?.stop();
  });

  const stored = async (table: string, id: string) =>
    (
      await db.query(
        `SELECT contact_phone, contact_phone_masked, to_jsonb(t)::text AS text FROM ${table} t WHERE id = $1`,
        [id],
      )
    ).rows[0];

  it("stores an incubation base's phone sealed and shows it masked", async () => {
    const base = await http(
      'POST',
      `${platform.api}/v1/incubation/bases`,
      baseBody({ contactPhone: '0771-5550000' }),
      { token: officer },
    );
    expect(base.status).toBe(201);
    expect(base.body.contactPhone).toBe('0771-***0000');
    const row = await stored('incubation.incubation_base', base.body.id);
    expect(row.contact_phone).toMatch(/^v1\.k1\./);
    expect(row.contact_phone_masked).toBe('0771-***0000');
    expect(row.text).not.toContain('5550000');
    const list = await http('GET', `${platform.api}/v1/incubation/bases`, undefined, {
      token: officer,
    });
    expect(list.status).toBe(200);
    expect(JSON.stringify(list.body)).toContain('0771-***0000');
    expect(JSON.stringify(list.body)).not.toContain('5550000');
  });

  it("stores a venture proposal's phone sealed; its draft shows it in full to its own organization only", async () => {
    const call = await http('POST', `${platform.api}/v1/venture/calls`, callBody(), {
      token: officer,
    });
    expect(call.status).toBe(201);
    const draft = await http(
      'POST',
      `${platform.api}/v1/venture/proposals`,
      proposalBody(call.body.id, { contactPhone: '138 0077 1234' }),
      { token: applicant },
    );
    expect(draft.status).toBe(201);
    expect(draft.body.contactPhone).toBe(PHONE);
    const row = await stored('venture.proposal', draft.body.id);
    expect(row.contact_phone).toMatch(/^v1\.k1\./);
    expect(row.contact_phone_masked).toBe('138****1234');
    expect(row.text).not.toContain(PHONE);

    const get = (token: string) =>
      http('GET', `${platform.api}/v1/venture/proposals/${draft.body.id}`, undefined, { token });
    expect((await get(applicant)).body.contactPhone).toBe(PHONE);
    expect((await get(officer)).body.contactPhone).toBe('138****1234');
    const officersList = await http('GET', `${platform.api}/v1/venture/proposals`, undefined, {
      token: officer,
    });
    expect(JSON.stringify(officersList.body)).not.toContain(PHONE);

    const submitted = await http(
      'POST',
      `${platform.api}/v1/venture/proposals/${draft.body.id}/submit`,
      undefined,
      { token: applicant },
    );
    expect(submitted.status).toBe(200);
    expect(submitted.body.contactPhone).toBe('138****1234');
    expect((await get(applicant)).body.contactPhone).toBe('138****1234');
  });
});
