import { http, organizationBody, startPlatform, waitFor } from '@civic/testing';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';

jest.setTimeout(180_000);

const PHONE = '13800771234';
const ACCOUNT = '6228480000000000123';
const CUSTODIAN = {
  name: '青秀区社会组织服务中心',
  accountName: '青秀区社会组织服务中心（代管户）',
  bankCode: '313',
  bankName: '广西北部湾银行南宁分行',
  accountNumber: ACCOUNT,
};

/** The user id a token was issued to (its `sub`), as the audit trail records the actor. */
const userIdOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).sub as string;

/**
 * An organization's postal contact phone (R4) and its custodian's account number (R3) are stored
 * sealed in the registry and shown masked (R30); programme services keep the custodian account
 * of their snapshot sealed too. Officers who call organizations and finance staff who pay
 * custodians (R28) may see the numbers in full, each showing written to the registry's audit
 * chain (R31) with the masked forms only; everyone else is refused with nothing recorded.
 */
describe("an organization's contact phone and custodian account (R3, R4, R30, R31)", () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: Client;
  let orgId: string;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    platform = await startPlatform({
      withLotteryFund: true,
      gatewayEnv: { RATE_LIMIT_PER_TARGET: '1000' },
    });
    db = new Client({ connectionString: platform.databaseUrl });
    await db.connect();
    for (const user of [
      'admin',
      'applicant',
      'officer',
      'maker',
      'checker',
      'reviewer',
      'street',
    ]) {
      tokens[user] = await platform.login(user);
    }
    const org = await http(
      'POST',
      `${platform.api}/v1/organizations`,
      organizationBody({ financialCustodian: CUSTODIAN }),
      { token: tokens.officer },
    );
    expect(org.status).toBe(201);
    orgId = org.body.id;
  });

  afterAll(async () => {
    await db?.end();
    await platform?.stop();
  });

  const unmask = (user: string, id = orgId) =>
    http('POST', `${platform.api}/v1/organizations/${id}/contact/unmask`, undefined, {
      token: tokens[user],
    });
  const unmaskings = async () =>
    Number(
      (
        await db.query(
          `SELECT count(*) FROM organizations.audit_entry
            WHERE action = 'personal-data.unmasked' AND after ? 'fields'`,
        )
      ).rows[0].count,
    );

  it('stores neither number in the clear, and shows both masked in the view and the list', async () => {
    const { rows } = await db.query(
      `SELECT postal_contact_phone_masked, financial_custodian->>'accountNumberMasked' AS account,
              row_to_json(o)::text AS whole
         FROM organizations.organization o WHERE id = $1`,
      [orgId],
    );
    expect(rows[0].whole).not.toContain(PHONE);
    expect(rows[0].whole).not.toContain(ACCOUNT);
    expect(rows[0]).toMatchObject({
      postal_contact_phone_masked: '138****1234',
      account: '***************0123',
    });
    const view = await http('GET', `${platform.api}/v1/organizations/${orgId}`, undefined, {
      token: tokens.officer,
    });
    expect(view.status).toBe(200);
    expect(view.body.postalAddress.contactPhone).toBe('138****1234');
    expect(view.body.financialCustodian).toEqual({
      ...CUSTODIAN,
      accountNumber: '***************0123',
    });
    const list = await http('GET', `${platform.api}/v1/organizations`, undefined, {
      token: tokens.officer,
    });
    expect(list.status).toBe(200);
    for (const body of [view.body, list.body]) {
      expect(JSON.stringify(body)).not.toContain(PHONE);
      expect(JSON.stringify(body)).not.toContain(ACCOUNT);
    }
  });

  it("keeps the programme service's snapshot of the custodian account sealed too", async () => {
    const custodian = await waitFor(
      'the organization at the lottery fund',
      async () =>
        (
          await db.query(
            `SELECT data->'financialCustodian' AS custodian, data::text AS whole
               FROM lottery_fund.organization_snapshot WHERE organization_id = $1`,
            [orgId],
          )
        ).rows[0],
      (row) => row !== undefined,
    );
    expect(custodian.whole).not.toContain(ACCOUNT);
    expect(custodian.custodian).toMatchObject({
      name: CUSTODIAN.name,
      accountNumberMasked: '***************0123',
      accountNumberSealed: expect.stringMatching(/^v1\./),
    });
  });

  it.each([
    ['officer', 'programme_officer'],
    ['maker', 'finance_maker'],
    ['checker', 'finance_checker'],
  ])(
    'shows the %s both numbers in full and records who, which organization and which fields',
    async (user, role) => {
      const before = await unmaskings();
      const res = await unmask(user);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        contactPhone: PHONE,
        custodianAccountNumber: ACCOUNT,
        auditSeq: expect.stringMatching(/^\d+$/),
      });
      expect(await unmaskings()).toBe(before + 1);
      const { rows } = await db.query(
        `SELECT actor_id, actor_roles, entity_type, entity_id, after, after::text AS text
           FROM organizations.audit_entry WHERE seq = $1`,
        [res.body.auditSeq],
      );
      expect(rows[0]).toMatchObject({
        actor_id: userIdOf(tokens[user]),
        actor_roles: [role],
        entity_type: 'organization',
        entity_id: orgId,
        after: {
          fields: ['postalAddress.contactPhone', 'financialCustodian.accountNumber'],
          masked: {
            'postalAddress.contactPhone': '138****1234',
            'financialCustodian.accountNumber': '***************0123',
          },
        },
      });
      expect(rows[0].text).not.toContain(PHONE);
      expect(rows[0].text).not.toContain(ACCOUNT);
    },
  );

  it.each(['applicant', 'reviewer', 'street', 'admin'])(
    'refuses the %s with 403 and records nothing',
    async (user) => {
      const before = await unmaskings();
      const res = await unmask(user);
      expect(res.status).toBe(403);
      expect(JSON.stringify(res.body)).not.toContain(PHONE);
      expect(JSON.stringify(res.body)).not.toContain(ACCOUNT);
      expect(await unmaskings()).toBe(before);
    },
  );

  it('answers an unknown organization with 404 and records nothing', async () => {
    const before = await unmaskings();
    const res = await unmask('officer', randomUUID());
    expect(res.status).toBe(404);
    expect(await unmaskings()).toBe(before);
  });

  it('keeps both numbers through a change that does not send them, and seals new ones sent', async () => {
    const kept = await http(
      'PATCH',
      `${platform.api}/v1/organizations/${orgId}`,
      { memberCount: 14 },
      { token: tokens.officer },
    );
    expect(kept.status).toBe(200);
    expect(kept.body.postalAddress.contactPhone).toBe('138****1234');
    expect((await unmask('officer')).body).toMatchObject({
      contactPhone: PHONE,
      custodianAccountNumber: ACCOUNT,
    });

    const changed = await http(
      'PATCH',
      `${platform.api}/v1/organizations/${orgId}`,
      { postalAddress: { ...organizationBody().postalAddress, contactPhone: '0771-5550000' } },
      { token: tokens.officer },
    );
    expect(changed.status).toBe(200);
    expect(changed.body.postalAddress.contactPhone).toBe('0771-***0000');
    const { rows } = await db.query(
      `SELECT row_to_json(o)::text AS whole FROM organizations.organization o WHERE id = $1`,
      [orgId],
    );
    expect(rows[0].whole).not.toContain('5550000');
    expect((await unmask('officer')).body.contactPhone).toBe('0771-5550000');
  });
});
