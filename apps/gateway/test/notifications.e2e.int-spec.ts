import {
  batchAndApprove,
  bindUser,
  http,
  organizationBody,
  startPlatform,
  subsidyApplicationBody,
  subsidyProgrammeBody,
  waitFor,
} from '@civic/testing';
import { Client } from 'pg';
import { startSmtpSink } from './smtp-sink';

jest.setTimeout(180_000);

const UI = 'https://grants.example.gov.cn';

/**
 * Notifications through the gateway (issue #18), with the lottery fund, finance and organizations
 * as real processes and a real SMTP server on loopback: an officer decides an application, and
 * the applicant's user sees it in the app, by e-mail and by (simulated) SMS, as they chose.
 */
describe('notifications of decisions through the gateway (issue #18)', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let db: Client;
  let officer: string;
  let applicant: string;
  let programmeId: string;
  let approvedId: string;

  beforeAll(async () => {
    sink = await startSmtpSink();
    platform = await startPlatform({
      withLotteryFund: true,
      gatewayEnv: { SMTP_URL: sink.url, MAIL_FROM: 'noreply@civic.test', PUBLIC_UI_URL: UI },
    });
    db = new Client({ connectionString: platform.databaseUrl });
    await db.connect();
    const admin = await platform.login('admin');
    const org = await http('POST', `${platform.api}/v1/organizations`, organizationBody(), {
      token: admin,
    });
    expect(org.status).toBe(201);
    await bindUser(platform.as(admin), 'applicant', org.body.id);
    applicant = await platform.login('applicant');
    officer = await platform.login('officer');
    const budget = { fund: 'LOTTERY_WELFARE', fiscalYear: 2026, amountFen: 20_000_000 };
    const maker = platform.as(await platform.login('maker'));
    expect((await maker('POST', '/v1/finance/budgets', budget)).status).toBe(201);
    const programme = await http(
      'POST',
      `${platform.api}/v1/lottery/programmes`,
      subsidyProgrammeBody(),
      { token: officer },
    );
    expect(programme.status).toBe(201);
    programmeId = programme.body.id;
    await waitFor(
      'the organization at the lottery fund',
      async () =>
        (await db.query(`SELECT count(*) FROM lottery_fund.organization_snapshot`)).rows[0].count,
      (count) => Number(count) === 1,
    );
  });

  afterAll(async () => {
    await db?.end();
    await platform?.stop();
    await sink?.stop();
  });

  const me = (token: string) => platform.as(token);
  const preferences = (body: object) =>
    http('PUT', `${platform.api}/v1/me/notification-preferences`, body, {
      token: applicant,
      language: 'zh-CN',
    });

  it('refuses a channel without its contact and a number that is no mobile, naming the field, and stores nothing', async () => {
    const noAddress = await preferences({ email: true, sms: false });
    expect(noAddress.status).toBe(422);
    expect(noAddress.body.violations).toEqual([
      expect.objectContaining({
        field: 'emailAddress',
        rule: 'requiredForChannel',
        message: '开启该通知方式须先填写电子邮箱',
      }),
    ]);
    const landline = await preferences({ email: false, sms: true, mobile: '0771-5551234' });
    expect(landline.status).toBe(400);
    expect(landline.body.violations).toEqual([
      expect.objectContaining({ field: 'mobile', rule: 'isMainlandMobile' }),
    ]);
    const kept = await me(applicant)('GET', '/v1/me/notification-preferences');
    expect(kept.body).toEqual({
      channels: { inApp: true, email: false, sms: false },
      available: { email: true, sms: true },
      language: 'zh-CN',
    });
  });

  it('keeps the chosen channels, the e-mail address, and the mobile number sealed (R30), shown masked', async () => {
    const chosen = await preferences({
      email: true,
      sms: true,
      emailAddress: 'huangli@example.org',
      mobile: '138 0077 1234',
    });
    expect(chosen.status).toBe(200);
    expect(chosen.body).toMatchObject({
      channels: { inApp: true, email: true, sms: true },
      emailAddress: 'huangli@example.org',
      mobileMasked: '138****1234',
    });
    const stored = await db.query(`SELECT c::text AS whole FROM gateway.user_contact c`);
    expect(stored.rows[0].whole).not.toContain('13800771234');
  });

  it("an officer's approval reaches the applicant's user in the app, by e-mail and by SMS", async () => {
    const submitted = await http(
      'POST',
      `${platform.api}/v1/lottery/applications`,
      subsidyApplicationBody(programmeId),
      { token: applicant },
    );
    expect(submitted.status).toBe(201);
    const id = submitted.body.id;
    approvedId = id;
    const officerCall = me(officer);
    expect(
      (await officerCall('POST', `/v1/lottery/applications/${id}/assessment`, { merit: 80 }))
        .status,
    ).toBe(200);
    expect(
      (await officerCall('POST', `/v1/lottery/applications/${id}/approve`, { comment: '同意' }))
        .status,
    ).toBe(200);
    const page = await waitFor(
      'the notification in the app',
      async () => (await me(applicant)('GET', '/v1/me/notifications')).body,
      (body) => body.total === 1,
    );
    expect(page).toMatchObject({ unread: 1, page: 1, pageSize: 20 });
    expect(page.items[0]).toMatchObject({
      programme: 'lottery-fund',
      outcome: 'APPROVED',
      subjectType: 'subsidy-application',
      subjectId: id,
      title: { zh: '“银龄互助”居家养老探访服务' },
      amountFen: 5_000_000,
      link: '/lottery/applications',
    });
    expect(page.items[0].readAt).toBeUndefined();

    const mail = await waitFor(
      'the e-mail',
      async () => sink.received.filter((m) => m.to.includes('huangli@example.org')),
      (mails) => mails.length === 1,
    );
    expect(mail[0].subject).toBe(
      '【社区社会组织培育平台】彩票公益金：申请已获批准（“银龄互助”居家养老探访服务）',
    );
    expect(mail[0].text).toContain(`${UI}/lottery/applications`);
    const texts = await waitFor(
      'the text message',
      async () => (await db.query(`SELECT mobile_masked, text FROM gateway.simulated_sms`)).rows,
      (rows) => rows.length === 1,
    );
    expect(texts[0].mobile_masked).toBe('138****1234');
    expect(texts[0].text).toContain(`${UI}/lottery/applications`);
  });

  it("shows a rejection unread first; the user marks their own read, never another's", async () => {
    const submitted = await http(
      'POST',
      `${platform.api}/v1/lottery/applications`,
      subsidyApplicationBody(programmeId, { projectName: '社区助老食堂' }),
      { token: applicant },
    );
    expect(submitted.status).toBe(201);
    const rejected = await me(officer)(
      'POST',
      `/v1/lottery/applications/${submitted.body.id}/reject`,
      { comment: '本年度预算已用完' },
    );
    expect(rejected.status).toBe(200);
    const both = await waitFor(
      'two notifications',
      async () => (await me(applicant)('GET', '/v1/me/notifications')).body,
      (body) => body.total === 2,
    );
    const approved = both.items.find((n: { outcome: string }) => n.outcome === 'APPROVED');
    // The officer is bound to no organization: nothing for them, and the applicant's is not theirs.
    expect((await me(officer)('GET', '/v1/me/notifications')).body).toMatchObject({
      total: 0,
      unread: 0,
    });
    expect((await me(officer)('POST', `/v1/me/notifications/${approved.id}/read`)).status).toBe(
      404,
    );
    const read = await me(applicant)('POST', `/v1/me/notifications/${approved.id}/read`);
    expect(read.status).toBe(200);
    expect(read.body.readAt).toEqual(expect.any(String));
    const page = (await me(applicant)('GET', '/v1/me/notifications?pageSize=1')).body;
    expect(page).toMatchObject({ total: 2, unread: 1, pageSize: 1 });
    expect(page.items.map((n: { outcome: string }) => n.outcome)).toEqual(['REJECTED']);
    const newest = (await me(applicant)('GET', '/v1/me/notifications?order=newest-first')).body;
    expect(newest.items.map((n: { outcome: string }) => n.outcome)).toEqual([
      'REJECTED',
      'APPROVED',
    ]);
    const all = await me(applicant)('POST', '/v1/me/notifications/read-all');
    expect(all.body).toEqual({ marked: 1, unread: 0 });
  });
  it('tells the applicant when finance has paid the approved subsidy (the programme kit, R28)', async () => {
    const application = async () =>
      (await me(applicant)('GET', `/v1/lottery/applications/${approvedId}`)).body;
    const committed = await waitFor(
      'the commitment accepted and the payment asked',
      application,
      (a) => a.status === 'COMMITTED',
    );
    await batchAndApprove(platform.api, committed.payment.paymentId, {
      maker: await platform.login('maker'),
      checker: await platform.login('checker'),
    });
    const page = await waitFor(
      'the payment told',
      async () => (await me(applicant)('GET', '/v1/me/notifications')).body,
      (body) => body.total === 3,
    );
    expect(page.unread).toBe(1);
    expect(page.items[0]).toMatchObject({
      outcome: 'PAID',
      subjectType: 'payment',
      subjectId: committed.payment.paymentId,
      amountFen: 5_000_000,
      title: { zh: '“银龄互助”居家养老探访服务' },
      link: '/lottery/applications',
    });
    // Approved, rejected, paid: three e-mails, each once.
    const mails = await waitFor(
      'the e-mail of the payment',
      async () => sink.received.filter((m) => m.to.includes('huangli@example.org')),
      (found) => found.length === 3,
    );
    expect(mails.map((m) => m.subject.replace(/（.*/, ''))).toEqual([
      '【社区社会组织培育平台】彩票公益金：申请已获批准',
      '【社区社会组织培育平台】彩票公益金：申请未获批准',
      '【社区社会组织培育平台】彩票公益金：款项已支付',
    ]);
  });
});
