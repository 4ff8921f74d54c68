import {
  baseBody,
  bindUser,
  cohortBody,
  foundingGroupBody,
  http,
  organizationBody,
  startPlatform,
  waitFor,
} from '@civic/testing';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { auditOf, MAY_NOT_UNMASK, MAY_UNMASK, unmaskAs, userIdOf } from './unmask-kit';

jest.setTimeout(180_000);

const PHONE = '13900775678';
const ACCOUNT = '6222020102003455678';
const BANK = '广西农村信用社';
const HOLDER = '新竹社区夕阳红志愿服务队';

/**
 * Incubation keeps two numbers sealed and shows them masked (R30): an admission application's
 * contact phone, and the payee account of an incubatee's start-up subsidy (R15). Officers and
 * finance staff (R28) may see them in full, each showing written to incubation's audit chain (R31)
 * with the masked form only; everyone else is refused with nothing recorded.
 */
describe('incubation: unmasking an applicant’s phone and a subsidy’s account number (R30, R31)', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: Client;
  /** The applicant's organization's admission, and so its incubatee (same id), with a subsidy. */
  let admissionId: string;
  /** A founding group's admission and incubatee: no organization, no subsidy. */
  let groupId: string;
  const tokens: Record<string, string> = {};
  const audit = () => auditOf(db, 'incubation');
  const phoneOf = (user: string, id = admissionId) =>
    unmaskAs(platform.api, tokens[user], `/v1/incubation/admissions/${id}/contact/unmask`);
  const accountOf = (user: string, id = admissionId) =>
    unmaskAs(platform.api, tokens[user], `/v1/incubation/incubatees/${id}/subsidy/account/unmask`);

  beforeAll(async () => {
    platform = await startPlatform({ withIncubation: true });
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
    // Administrators run any base (as its staff would): cohort, admissions, subsidy.
    const staff = platform.as(tokens.admin);
    const base = await platform.as(tokens.officer)('POST', '/v1/incubation/bases', baseBody());
    expect(base.status).toBe(201);
    const cohort = await staff('POST', '/v1/incubation/cohorts', cohortBody(base.body.id));
    expect(cohort.status).toBe(201);
    const cohortId = cohort.body.id as string;
    const own = await waitFor(
      "the applicant's organization at incubation",
      () =>
        platform.as(tokens.applicant)('POST', '/v1/incubation/admissions', {
          ...foundingGroupBody(cohortId),
          kind: 'ORGANIZATION',
          contactPhone: '139 0077 5678',
        }),
      (res) => res.status !== 409,
    );
    expect(own.status).toBe(201);
    admissionId = own.body.id;
    const group = await staff('POST', '/v1/incubation/admissions', foundingGroupBody(cohortId));
    expect(group.status).toBe(201);
    groupId = group.body.id;
    expect((await staff('POST', `/v1/incubation/cohorts/${cohortId}/close`)).status).toBe(200);
    for (const id of [admissionId, groupId]) {
      const assessed = await staff('POST', `/v1/incubation/admissions/${id}/assessment`, {
        merit: 80,
      });
      expect(assessed.status).toBe(200);
    }
    expect((await staff('POST', `/v1/incubation/cohorts/${cohortId}/decide`)).status).toBe(200);
    const subsidy = await staff(
      'POST',
      `/v1/incubation/incubatees/${admissionId}/startup-subsidy`,
      {
        bankAccount: {
          accountName: HOLDER,
          accountNumber: ACCOUNT,
          bankName: BANK,
          bankCode: '402',
        },
      },
    );
    expect(subsidy.status).toBe(200);
  });

  afterAll(async () => {
    await db?.end();
    await platform?.stop();
  });

  it.each(MAY_UNMASK)(
    "shows the %s an admission application's phone in full, audited with the masked form only",
    async (user, role) => {
      const before = await audit().unmaskings();
      const res = await phoneOf(user);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ contactPhone: PHONE, auditSeq: expect.stringMatching(/^\d+$/) });
      expect(await audit().unmaskings()).toBe(before + 1);
      const entry = await audit().entry(res.body.auditSeq);
      expect(entry).toMatchObject({
        actor_id: userIdOf(tokens[user]),
        actor_roles: [role],
        action: 'personal-data.unmasked',
        entity_type: 'admission-application',
        entity_id: admissionId,
        after: { fields: ['contactPhone'], masked: { contactPhone: '139****5678' } },
      });
      expect(entry.text).not.toContain(PHONE);
      expect(entry.text).not.toContain('0077');
    },
  );

  it.each(MAY_UNMASK)(
    "shows the %s a start-up subsidy's payee account in full, audited on the incubatee with the masked form only",
    async (user, role) => {
      const before = await audit().unmaskings();
      const res = await accountOf(user);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
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
        entity_type: 'incubatee',
        entity_id: admissionId,
        after: {
          fields: ['startupSubsidy.bankAccount.accountNumber'],
          masked: { 'startupSubsidy.bankAccount.accountNumber': expect.stringMatching(/5678$/) },
        },
      });
      expect(entry.text).not.toContain(ACCOUNT);
      expect(entry.text).not.toContain('3455678');
    },
  );

  it.each(MAY_NOT_UNMASK)(
    'refuses the %s both unmaskings with 403 for its own record and any other alike, and records nothing (R30)',
    async (user) => {
      const before = await audit().unmaskings();
      const answers = [
        await phoneOf(user),
        await phoneOf(user, randomUUID()),
        await accountOf(user),
        await accountOf(user, randomUUID()),
      ];
      expect(answers.map((a) => a.status)).toEqual([403, 403, 403, 403]);
      expect(answers[0].body).toEqual(answers[1].body);
      expect(answers[2].body).toEqual(answers[3].body);
      expect(JSON.stringify(answers)).not.toContain(PHONE);
      expect(await audit().unmaskings()).toBe(before);
    },
  );

  it('answers an unknown admission or incubatee, and an incubatee without a subsidy, with 404 alike and records nothing', async () => {
    const before = await audit().unmaskings();
    expect((await phoneOf('officer', randomUUID())).status).toBe(404);
    const unknownId = randomUUID();
    const unknown = await accountOf('officer', unknownId);
    const noSubsidy = await accountOf('officer', groupId);
    expect([unknown.status, noSubsidy.status]).toEqual([404, 404]);
    expect(JSON.stringify(noSubsidy.body).replaceAll(groupId, ':id')).toBe(
      JSON.stringify(unknown.body).replaceAll(unknownId, ':id'),
    );
    expect(await audit().unmaskings()).toBe(before);
  });

  it('shows the phone and the account masked in the views after an unmasking', async () => {
    expect((await phoneOf('officer')).status).toBe(200);
    expect((await accountOf('officer')).status).toBe(200);
    const officer = platform.as(tokens.officer);
    const admission = await officer('GET', `/v1/incubation/admissions/${admissionId}`);
    const record = await officer('GET', `/v1/incubation/incubatees/${admissionId}`);
    expect(admission.body.contactPhone).toBe('139****5678');
    expect(record.body.subsidy.bankAccount).toEqual({
      accountName: HOLDER,
      accountNumber: expect.stringMatching(/^\*+5678$/),
      bankName: BANK,
      bankCode: '402',
    });
    for (const body of [admission.body, record.body]) {
      expect(JSON.stringify(body)).not.toContain(PHONE);
      expect(JSON.stringify(body)).not.toContain(ACCOUNT);
    }
  });
});
