import {
  bindUser,
  http,
  organizationBody,
  startPlatform,
  subsidyApplicationBody,
  subsidyProgrammeBody,
  waitFor,
} from '@civic/testing';
import { Client } from 'pg';

jest.setTimeout(180_000);

type Violation = { field: string; rule: string; message: string };

/**
 * Bank accounts and contacts at the input boundary (issue #15): a payee account is a named holder,
 * 8–32 digits and a bank on the CNAPS list (R28); phone numbers are mainland mobile or landline
 * numbers (R4, R23); an objection from the public names its author and a phone or an e-mail to
 * answer (R23). Each refusal is a 400 naming the field and the rule, with nothing stored. Before,
 * an application without `bankAccount` answered 500 and any text was taken as an account number.
 */
describe('bank accounts and contacts are checked at the boundary (R4, R23, R28)', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: Client;
  let applicant: string;
  let officer: string;
  let programmeId: string;

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
    [applicant, officer] = await Promise.all([
      platform.login('applicant'),
      platform.login('officer'),
    ]);
    const programme = await http(
      'POST',
      `${platform.api}/v1/lottery/programmes`,
      subsidyProgrammeBody({ name: '2026 年居家养老服务资助' }),
      { token: officer },
    );
    expect(programme.status).toBe(201);
    programmeId = programme.body.id;
    await waitFor(
      'the organization at the lottery fund',
      async () =>
        Number(
          (await db.query(`SELECT count(*) FROM lottery_fund.organization_snapshot`)).rows[0].count,
        ),
      (n) => n === 1,
    );
  });

  afterAll(async () => {
    await db?.end();
    await platform?.stop();
  });

  const count = async (table: string) =>
    Number((await db.query(`SELECT count(*) FROM lottery_fund.${table}`)).rows[0].count);
  const apply = (overrides: Record<string, unknown>, language?: 'zh-CN') =>
    http(
      'POST',
      `${platform.api}/v1/lottery/applications`,
      subsidyApplicationBody(programmeId, overrides),
      { token: applicant, language },
    );
  const account = (changes: Record<string, unknown>) => ({
    bankAccount: {
      accountName: '青秀区长者关爱协会',
      accountNumber: '6222020102003456789',
      bankCode: '313',
      bankName: '广西北部湾银行南宁分行',
      ...changes,
    },
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['without bankAccount', { bankAccount: undefined }, 'bankAccount', 'isDefined'],
    ['bankAccount as a list', { bankAccount: [] }, 'bankAccount', 'isObject'],
    ['bankAccount as a scalar', { bankAccount: '6222020102003456789' }, 'bankAccount', 'isObject'],
    [
      'letters in the account number',
      account({ accountNumber: '6222ABCD02003456' }),
      'bankAccount.accountNumber',
      'isAccountNumber',
    ],
    [
      'SQL as the account number',
      account({ accountNumber: "1'; DROP TABLE lottery_fund.subsidy_application; --" }),
      'bankAccount.accountNumber',
      'isAccountNumber',
    ],
    [
      'a 7-digit account number',
      account({ accountNumber: '6222020' }),
      'bankAccount.accountNumber',
      'isAccountNumber',
    ],
    [
      'a blank account name',
      account({ accountName: '   ' }),
      'bankAccount.accountName',
      'notBlank',
    ],
    ['an unknown bank', account({ bankCode: '999' }), 'bankAccount.bankCode', 'isKnownBank'],
    ['no bank', account({ bankCode: undefined }), 'bankAccount.bankCode', 'isKnownBank'],
    ['a free-text phone', { contactPhone: '找李老师' }, 'contactPhone', 'isMainlandPhone'],
    ['a short phone', { contactPhone: '0771-55512' }, 'contactPhone', 'isMainlandPhone'],
  ])(
    'refuses an application %s: 400 naming the field and rule, nothing stored',
    async (_c, overrides, field, rule) => {
      const before = await count('subsidy_application');
      const res = await apply(overrides);
      expect(res.status).toBe(400);
      expect(res.body.violations).toEqual(
        expect.arrayContaining([expect.objectContaining({ field, rule })]),
      );
      for (const v of res.body.violations as Violation[]) {
        expect(v.message).not.toContain('6222020102003456789'); // R30: never echoed
      }
      expect(await count('subsidy_application')).toBe(before);
    },
  );

  it('says what is wrong in Chinese when asked', async () => {
    const res = await apply(account({ bankCode: '999', accountNumber: '6222-0201' }), 'zh-CN');
    expect(res.status).toBe(400);
    const messages = Object.fromEntries(
      (res.body.violations as Violation[]).map((v) => [v.field, v.message]),
    );
    expect(messages['bankAccount.bankCode']).toContain('开户银行（行别）必须是列表中的银行');
    expect(messages['bankAccount.accountNumber']).toContain('收款账号必须是 8–32 位数字');
  });

  it('takes an account number typed in groups of four, and a phone typed in groups', async () => {
    const res = await apply({
      ...account({ accountNumber: '6222 0201 0200 3456 789' }),
      contactPhone: '138 0077 1234',
      projectName: '分组输入的账号',
    });
    expect(res.status).toBe(201);
    // R30: answered masked; stored sealed, without a digit run of the number or the phone.
    expect(res.body.contactPhone).toBe('138****1234');
    const { rows } = await db.query(
      `SELECT to_jsonb(a)::text AS text FROM lottery_fund.subsidy_application a WHERE id = $1`,
      [res.body.id],
    );
    for (const clear of ['6222020102003456789', '6222 0201', '13800771234', '0077']) {
      expect(rows[0].text).not.toContain(clear);
    }
    const list = await http(
      'GET',
      `${platform.api}/v1/lottery/applications?programmeId=${programmeId}`,
      undefined,
      { token: officer },
    );
    expect(list.status).toBe(200);
    expect(list.body.items.map((a: { contactPhone: string }) => a.contactPhone)).toContain(
      '138****1234',
    );
    expect(JSON.stringify(list.body)).not.toContain('13800771234');
  });

  it('refuses a free-text phone in an organization’s postal contact (R4)', async () => {
    const admin = await platform.login('admin');
    const body = organizationBody({ name: '电话有误的组织' });
    const res = await http(
      'POST',
      `${platform.api}/v1/organizations`,
      { ...body, postalAddress: { ...body.postalAddress, contactPhone: '12345' } },
      { token: admin },
    );
    expect(res.status).toBe(400);
    expect(res.body.violations).toEqual([
      expect.objectContaining({ field: 'postalAddress.contactPhone', rule: 'isMainlandPhone' }),
    ]);
  });

  describe('objections to a publicity notice (R23)', () => {
    let noticeId: string;

    beforeAll(async () => {
      // A programme of its own, so that the application is the only one to rank (R13).
      const post = (path: string, body: object, token = officer) =>
        http('POST', `${platform.api}/v1${path}`, body, { token });
      const programme = await post(
        '/lottery/programmes',
        subsidyProgrammeBody({ name: '2026 年助老服务资助（异议）' }),
      );
      expect(programme.status).toBe(201);
      const applied = await post(
        '/lottery/applications',
        subsidyApplicationBody(programme.body.id, { projectName: '异议测试项目' }),
        applicant,
      );
      expect(applied.status).toBe(201);
      expect(
        (await post(`/lottery/applications/${applied.body.id}/assessment`, { merit: 80 })).status,
      ).toBe(200);
      const approved = await post(`/lottery/applications/${applied.body.id}/approve`, {
        comment: '同意资助',
      });
      expect(approved.status).toBe(200);
      const notice = await waitFor(
        'the publicity notice',
        async () =>
          (
            (await http('GET', `${platform.api}/v1/public/lottery/notices?fiscalYear=2026`)).body
              .items as { id: string; content: { projectName: string } }[]
          ).find((n) => n.content.projectName === '异议测试项目'),
        (n) => n !== undefined,
      );
      noticeId = notice!.id;
    });

    const object = (body: object) =>
      http('POST', `${platform.api}/v1/public/lottery/notices/${noticeId}/objections`, body);
    const CONTENT = '该组织去年同类项目尚未结项，请核实。';

    it.each<[string, object, string, string]>([
      ['a blank name', { name: '  ', contact: '13800771234' }, 'name', 'notBlank'],
      [
        'a free-text contact',
        { name: '王先生', contact: '请找居委会王主任' },
        'contact',
        'isPhoneOrEmail',
      ],
      ['a half e-mail', { name: '王先生', contact: 'wang@example' }, 'contact', 'isPhoneOrEmail'],
      ['no contact', { name: '王先生' }, 'contact', 'isPhoneOrEmail'],
    ])(
      'refuses %s: 400 naming the field and rule, nothing stored',
      async (_c, body, field, rule) => {
        const before = await count('objection');
        const res = await object({ content: CONTENT, ...body });
        expect(res.status).toBe(400);
        expect(res.body.violations).toEqual(
          expect.arrayContaining([expect.objectContaining({ field, rule })]),
        );
        expect(await count('objection')).toBe(before);
      },
    );

    it.each([
      ['a mobile number', '138 0077 1234'],
      ['a landline', '0771-5551234'],
      ['an e-mail address', 'wang.li@example.com'],
    ])('takes an objection with %s to answer at', async (_c, contact) => {
      const before = await count('objection');
      const res = await object({ name: '王先生', contact, content: CONTENT });
      expect(res.status).toBe(201);
      expect(await count('objection')).toBe(before + 1);
      const { rows } = await db.query(`SELECT contact FROM lottery_fund.objection WHERE id = $1`, [
        res.body.id,
      ]);
      expect(rows[0].contact).toMatch(/^v1\.k1\./); // R30: sealed
      expect(rows[0].contact).not.toContain(contact.replace(/ /g, '').slice(0, 7));
    });
  });
});
