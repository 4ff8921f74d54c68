import {
  bindUser,
  http,
  organizationBody,
  startPlatform,
  subsidyApplicationBody,
  subsidyProgrammeBody,
  waitFor,
} from '@civic/testing';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';

jest.setTimeout(180_000);

const PHONE = '13800771234';
const ACCOUNT = '6222020102003456789';

/** The user id a token was issued to (its `sub`), as the audit trail records the actor. */
const userIdOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).sub as string;

/**
 * An application's phone and payee account number are stored sealed and shown masked (R30); the
 * officers who call applicants and the finance staff who pay them (R28) may see them in full, and
 * each showing is written to the lottery fund's audit chain (R31) with who, which application and
 * which fields, never the numbers. Everyone else is refused with nothing recorded.
 */
describe("unmasking an application's phone and account number (R30, R31)", () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: Client;
  let applicationId: string;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    platform = await startPlatform({
      withLotteryFund: true,
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
    for (const user of ['applicant', 'officer', 'maker', 'checker', 'reviewer', 'street']) {
      tokens[user] = await platform.login(user);
    }
    tokens.admin = admin;
    const programme = await http(
      'POST',
      `${platform.api}/v1/lottery/programmes`,
      subsidyProgrammeBody({ name: '2026 年居家养老服务资助（号码）' }),
      { token: tokens.officer },
    );
    expect(programme.status).toBe(201);
    await waitFor(
      'the organization at the lottery fund',
      async () =>
        Number(
          (await db.query(`SELECT count(*) FROM lottery_fund.organization_snapshot`)).rows[0].count,
        ),
      (n) => n === 1,
    );
    const applied = await http(
      'POST',
      `${platform.api}/v1/lottery/applications`,
      subsidyApplicationBody(programme.body.id, {
        contactPhone: '138 0077 1234',
        bankAccount: {
          accountName: '青秀区长者关爱协会',
          accountNumber: ACCOUNT,
          bankCode: '313',
          bankName: '广西北部湾银行南宁分行',
        },
      }),
      { token: tokens.applicant },
    );
    expect(applied.status).toBe(201);
    applicationId = applied.body.id;
  });

  afterAll(async () => {
    await db?.end();
    await platform?.stop();
  });

  const unmask = (user: string, id = applicationId) =>
    http('POST', `${platform.api}/v1/lottery/applications/${id}/contact/unmask`, undefined, {
      token: tokens[user],
    });
  const unmaskings = async () =>
    Number(
      (
        await db.query(
          `SELECT count(*) FROM lottery_fund.audit_entry WHERE action = 'personal-data.unmasked'`,
        )
      ).rows[0].count,
    );

  it.each([
    ['officer', 'programme_officer'],
    ['maker', 'finance_maker'],
    ['checker', 'finance_checker'],
  ])(
    'shows the %s the numbers in full and records who, which application and which fields',
    async (user, role) => {
      const before = await unmaskings();
      const res = await unmask(user);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        contactPhone: PHONE,
        accountNumber: ACCOUNT,
        accountName: '青秀区长者关爱协会',
        bankName: '广西北部湾银行南宁分行',
        auditSeq: expect.stringMatching(/^\d+$/),
      });
      expect(await unmaskings()).toBe(before + 1);
      const { rows } = await db.query(
        `SELECT actor_id, actor_roles, action, entity_type, entity_id, after, after::text AS text
           FROM lottery_fund.audit_entry WHERE seq = $1`,
        [res.body.auditSeq],
      );
      expect(rows[0]).toMatchObject({
        actor_id: userIdOf(tokens[user]),
        actor_roles: [role],
        action: 'personal-data.unmasked',
        entity_type: 'subsidy-application',
        entity_id: applicationId,
        after: {
          fields: ['contactPhone', 'bankAccount.accountNumber'],
          masked: { contactPhone: '138****1234', 'bankAccount.accountNumber': expect.any(String) },
        },
      });
      // R30: the audit entry never holds a clear number.
      expect(rows[0].text).not.toContain(PHONE);
      expect(rows[0].text).not.toContain(ACCOUNT);
      expect(rows[0].text).not.toContain('0077');
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

  it('answers an unknown application with 404 and records nothing', async () => {
    const before = await unmaskings();
    const res = await unmask('officer', randomUUID());
    expect(res.status).toBe(404);
    expect(await unmaskings()).toBe(before);
  });

  it('still shows the phone masked in the list and the view after an unmasking', async () => {
    expect((await unmask('officer')).status).toBe(200);
    const view = await http(
      'GET',
      `${platform.api}/v1/lottery/applications/${applicationId}`,
      undefined,
      { token: tokens.officer },
    );
    expect(view.status).toBe(200);
    expect(view.body.contactPhone).toBe('138****1234');
    const list = await http('GET', `${platform.api}/v1/lottery/applications`, undefined, {
      token: tokens.applicant,
    });
    expect(list.status).toBe(200);
    expect(list.body.items.map((a: { contactPhone: string }) => a.contactPhone)).toEqual([
      '138****1234',
    ]);
    for (const body of [view.body, list.body]) {
      expect(JSON.stringify(body)).not.toContain(PHONE);
      expect(JSON.stringify(body)).not.toContain(ACCOUNT);
    }
  });
});
