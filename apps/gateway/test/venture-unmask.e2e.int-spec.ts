import {
  bindUser,
  callBody,
  DEMO_PASSWORD,
  http,
  organizationBody,
  proposalBody,
  startPlatform,
  waitFor,
} from '@civic/testing';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { auditOf, MAY_NOT_UNMASK, MAY_UNMASK, unmaskAs, userIdOf } from './unmask-kit';

jest.setTimeout(180_000);

const PHONE = '13900771234';
const ACCOUNT = '6222020102003451234';
const BANK = '广西北部湾银行南宁分行';
const HOLDER = '新竹社区夕阳红志愿服务队';

/**
 * A proposal's phone and payee account number are sealed and shown masked (R30); the officers
 * who call the applicant and the finance staff who pay its tranches (R19, R28) may see them in
 * full, each showing written to venture's audit chain (R31) with the masked forms only. The expert
 * pool names users the gateway holds: an unknown user id is refused (R18, issue #15).
 */
describe("venture: unmasking a proposal's phone and account number (R30, R31)", () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: Client;
  let proposalId: string;
  const tokens: Record<string, string> = {};
  const audit = () => auditOf(db, 'venture');
  const unmask = (user: string, id = proposalId) =>
    unmaskAs(platform.api, tokens[user], `/v1/venture/proposals/${id}/contact/unmask`);

  beforeAll(async () => {
    platform = await startPlatform({ withVenture: true });
    db = new Client({ connectionString: platform.databaseUrl });
    await db.connect();
    tokens.admin = await platform.login('admin');
    const org = await http('POST', `${platform.api}/v1/organizations`, organizationBody(), {
      token: tokens.admin,
    });
    expect(org.status).toBe(201);
    await bindUser(platform.as(tokens.admin), 'applicant', org.body.id);
    for (const [user] of MAY_UNMASK) tokens[user] = await platform.login(user);
    for (const user of MAY_NOT_UNMASK) tokens[user] ??= await platform.login(user);
    const call = await platform.as(tokens.officer)('POST', '/v1/venture/calls', callBody());
    expect(call.status).toBe(201);
    const body = proposalBody(call.body.id, {
      contactPhone: '139 0077 1234',
      bankAccount: { accountName: HOLDER, accountNumber: ACCOUNT, bankName: BANK, bankCode: '313' },
    });
    const drafted = await waitFor(
      "the applicant's organization at venture",
      () => platform.as(tokens.applicant)('POST', '/v1/venture/proposals', body),
      (res) => res.status !== 409,
    );
    expect(drafted.status).toBe(201);
    proposalId = drafted.body.id;
    const submitted = await platform.as(tokens.applicant)(
      'POST',
      `/v1/venture/proposals/${proposalId}/submit`,
    );
    expect(submitted.status).toBe(200);
  });

  afterAll(async () => {
    await db?.end();
    await platform?.stop();
  });

  it.each(MAY_UNMASK)(
    'shows the %s the numbers in full and records who, which proposal and which fields, masked only',
    async (user, role) => {
      const before = await audit().unmaskings();
      const res = await unmask(user);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        contactPhone: PHONE,
        accountNumber: ACCOUNT,
        accountName: HOLDER,
        bankName: BANK,
        auditSeq: expect.stringMatching(/^\d+$/),
      });
      expect(await audit().unmaskings()).toBe(before + 1);
      const entry = await audit().entry(res.body.auditSeq);
      expect(entry).toMatchObject({
        actor_id: userIdOf(tokens[user]),
        actor_roles: [role],
        action: 'personal-data.unmasked',
        entity_type: 'proposal',
        entity_id: proposalId,
        after: {
          fields: ['contactPhone', 'bankAccount.accountNumber'],
          masked: { contactPhone: '139****1234', 'bankAccount.accountNumber': expect.any(String) },
        },
      });
      // R30: the audit entry never holds a clear number.
      for (const clear of [PHONE, ACCOUNT, '0077', '3451234']) {
        expect(entry.text).not.toContain(clear);
      }
    },
  );

  it.each(MAY_NOT_UNMASK)(
    'refuses the %s with 403 for its own proposal and any other alike, and records nothing (R30)',
    async (user) => {
      const before = await audit().unmaskings();
      const own = await unmask(user);
      const unknown = await unmask(user, randomUUID());
      expect([own.status, unknown.status]).toEqual([403, 403]);
      // Decided by the role alone: the answer tells nothing about the record (issue #15).
      expect(own.body).toEqual(unknown.body);
      expect(JSON.stringify(own.body)).not.toContain(PHONE);
      expect(await audit().unmaskings()).toBe(before);
    },
  );

  it('answers an unknown proposal with 404 and records nothing', async () => {
    const before = await audit().unmaskings();
    const res = await unmask('officer', randomUUID());
    expect(res.status).toBe(404);
    expect(await audit().unmaskings()).toBe(before);
  });

  it('still shows the numbers masked in the list and the view after an unmasking', async () => {
    expect((await unmask('officer')).status).toBe(200);
    const officer = platform.as(tokens.officer);
    const view = await officer('GET', `/v1/venture/proposals/${proposalId}`);
    const list = await officer('GET', '/v1/venture/proposals');
    expect(view.status).toBe(200);
    expect(view.body.contactPhone).toBe('139****1234');
    expect(list.body.items.map((p: { id: string }) => p.id)).toEqual([proposalId]);
    for (const body of [view.body, list.body]) {
      expect(JSON.stringify(body)).not.toContain(PHONE);
      expect(JSON.stringify(body)).not.toContain(ACCOUNT);
    }
  });

  it('refuses a reviewer whose userId names no user with 422 naming userId, and adds nobody (R18)', async () => {
    const officer = platform.as(tokens.officer);
    const pool = async () => (await officer('GET', '/v1/venture/reviewers')).body.total;
    const before = await pool();
    const entry = { name: '周敏', fields: ['eldercare'], relations: [] };
    const unknown = await officer('POST', '/v1/venture/reviewers', {
      ...entry,
      userId: randomUUID(),
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.violations).toEqual([
      expect.objectContaining({ field: 'userId', rule: 'userExists' }),
    ]);
    expect(await pool()).toBe(before);
    // A user the gateway holds is added as before.
    const user = await platform.as(tokens.admin)('POST', '/v1/users', {
      username: 'venture-unmask-expert',
      displayName: '周敏',
      password: DEMO_PASSWORD,
      roles: ['reviewer'],
    });
    expect(user.status).toBe(201);
    const added = await officer('POST', '/v1/venture/reviewers', {
      ...entry,
      userId: user.body.id,
    });
    expect(added.status).toBe(201);
    expect(await pool()).toBe(before + 1);
  });
});
