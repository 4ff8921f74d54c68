import {
  bindUser,
  callBody,
  DEMO_PASSWORD,
  http,
  organizationBody,
  proposalBody,
  scratchSql,
  subsidyApplicationBody,
  subsidyProgrammeBody,
  waitFor,
} from '@civic/testing';
import type { Page } from 'playwright-core';
import { screenshot } from './harness/browser';
import { startTestbed, type Testbed } from './harness/testbed';
import { logIn, switchLanguage } from './harness/ui';

jest.setTimeout(300_000);

const PHONE = { width: 390, height: 844 };
const YEAR = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
const SECOND = 'outcome-second';
const CUSTODIAN = {
  name: '青秀区社会组织服务中心',
  accountName: '青秀区社会组织服务中心（代管户）',
  bankCode: '313',
  bankName: '广西北部湾银行南宁分行',
  accountNumber: '6228480000000001234',
};
const EXPERTS = ['outcome-expert-1', 'outcome-expert-2'];

/**
 * Issue #18 in the browser: each applicant sees its lottery application's and its proposal's rank
 * of two, merit, bonus reasons and why it is funded or not, in Chinese and English, desktop and
 * phone (R13, R14); the officer reads an application in a drawer before scoring it and shows its
 * numbers in full (显示完整号码, R30, audited R31), as on an organization's page; the reviewer is
 * not offered 修改评分 once awards began (R19); a tranche waiting its turn says so as information;
 * fields of expertise and payment purposes read as labels; the lottery form starts from the
 * organization's profile.
 */
describe('admin UI: applicants see their outcome, and the friction list (issue #18)', () => {
  let bed: Testbed;
  const ids = { orgA: '', orgB: '', programme: '', appA: '', appB: '', call: '', propA: '' };

  beforeAll(async () => {
    bed = await startTestbed({ withLotteryFund: true, withVenture: true });
    const admin = await bed.apiAs('admin');
    const officer = await bed.apiAs('officer');
    const maker = await bed.apiAs('maker');
    const register = async (name: string, extra: object = {}) => {
      const org = await admin('POST', '/v1/organizations', organizationBody({ name, ...extra }));
      expect(org.status).toBe(201);
      return org.body.id as string;
    };
    ids.orgA = await register('新竹社区夕阳红志愿服务队', { financialCustodian: CUSTODIAN });
    ids.orgB = await register('民族苑邻里互助会');
    await bindUser(admin, 'applicant', ids.orgA);
    const second = await admin('POST', '/v1/users', {
      username: SECOND,
      displayName: '第二申请人',
      password: DEMO_PASSWORD,
      roles: ['applicant'],
      organizationId: ids.orgB,
    });
    expect(second.status).toBe(201);
    const experts = [];
    for (const username of EXPERTS) {
      const user = await admin('POST', '/v1/users', {
        username,
        displayName: username === EXPERTS[0] ? '周敏' : '黄立新',
        password: DEMO_PASSWORD,
        roles: ['reviewer'],
      });
      expect(user.status).toBe(201);
      experts.push(user.body);
    }
    for (const fund of ['LOTTERY_WELFARE', 'VENTURE_PHILANTHROPY']) {
      const budget = await maker('POST', '/v1/finance/budgets', {
        fund,
        fiscalYear: YEAR,
        amountFen: 100_000_000,
      });
      expect(budget.status).toBe(201);
    }
    const applicantA = await bed.apiAs('applicant');
    const token = await bed.platform.login(SECOND, DEMO_PASSWORD);
    const applicantB = (method: string, path: string, body?: unknown) =>
      http(method, `${bed.platform.api}${path}`, body, { token, language: 'zh-CN' });

    // Lottery: a programme that funds one of two applications; the officer decides in rank order.
    const programme = await officer(
      'POST',
      '/v1/lottery/programmes',
      subsidyProgrammeBody({ fiscalYear: YEAR, budgetFen: 6_000_000 }),
    );
    expect(programme.status).toBe(201);
    ids.programme = programme.body.id;
    const apply = (as: typeof applicantB) =>
      waitFor(
        'the organization at the lottery fund',
        () => as('POST', '/v1/lottery/applications', subsidyApplicationBody(ids.programme)),
        (res) => res.status !== 409,
      );
    ids.appA = (await apply(applicantA)).body.id;
    ids.appB = (await apply(applicantB)).body.id;
    for (const [id, merit] of [
      [ids.appA, 90],
      [ids.appB, 60],
    ] as const) {
      expect(
        (await officer('POST', `/v1/lottery/applications/${id}/assessment`, { merit })).status,
      ).toBe(200);
    }
    const decide = async (id: string, how: string, comment: string) =>
      expect(
        (await officer('POST', `/v1/lottery/applications/${id}/${how}`, { comment })).status,
      ).toBe(200);
    await decide(ids.appA, 'approve', '排名第一，予以资助');
    await decide(ids.appB, 'reject', '按排名未获安排');

    // Venture: a call that funds one of two proposals; three experts drawn, scoring through the
    // API; the deadline moved into the past stands for time passing.
    const call = await officer(
      'POST',
      '/v1/venture/calls',
      callBody({ budgetFen: 6_000_000, maxFen: 5_000_000 }, 3_600_000),
    );
    expect(call.status).toBe(201);
    ids.call = call.body.id;
    const propose = async (as: typeof applicantB) => {
      const drafted = await waitFor(
        'the organization at venture',
        () => as('POST', '/v1/venture/proposals', proposalBody(ids.call)),
        (res) => res.status !== 409,
      );
      expect(drafted.status).toBe(201);
      expect((await as('POST', `/v1/venture/proposals/${drafted.body.id}/submit`)).status).toBe(
        200,
      );
      return drafted.body.id as string;
    };
    ids.propA = await propose(applicantA);
    const propB = await propose(applicantB);
    const reviewerId = (await (await bed.apiAs('reviewer'))('GET', '/v1/auth/me')).body.id;
    for (const [userId, name] of [
      [reviewerId, '王芳'],
      [experts[0].id, '周敏'],
      [experts[1].id, '黄立新'],
    ]) {
      const added = await officer('POST', '/v1/venture/reviewers', {
        userId,
        name,
        fields: ['eldercare', 'social-work'],
        relations: [],
      });
      expect(added.status).toBe(201);
    }
    await scratchSql(
      bed.platform.databaseUrl,
      `UPDATE venture.venture_call SET deadline = now() - interval '1 minute' WHERE id = $1`,
      [ids.call],
    );
    expect((await officer('POST', `/v1/venture/calls/${ids.call}/draw`)).status).toBe(200);
    for (const username of ['reviewer', ...EXPERTS]) {
      const reviewer = await bed.apiAs(username);
      for (const [id, score] of [
        [ids.propA, 9],
        [propB, 6],
      ] as const) {
        const scored = await reviewer('POST', `/v1/venture/reviews/${id}/scores`, {
          scores: { need: score, design: score, budget: score },
        });
        expect(scored.status).toBe(200);
      }
    }
    const award = await officer('POST', `/v1/venture/proposals/${ids.propA}/award`, {
      comment: '排名第一，予以资助',
    });
    expect(award.status).toBe(200);
  });

  afterAll(async () => {
    await bed?.stop();
  });

  const unmaskings = async (schema: string) =>
    (
      await scratchSql<{ n: number }>(
        bed.platform.databaseUrl,
        `SELECT count(*)::int AS n FROM ${schema}.audit_entry WHERE action = 'personal-data.unmasked'`,
      )
    )[0].n;
  const outcomeIn = (page: Page, list: string) =>
    page.getByTestId(list).getByTestId('applicant-outcome').first();

  it('rules R13, R14: the rejected lottery applicant sees its rank of two, merit, reasons and why, in Chinese and English, desktop and phone', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, SECOND);
    await page.goto('/lottery/applications');
    const outcome = outcomeIn(page, 'my-applications');
    await outcome.waitFor();
    expect(await outcome.getAttribute('data-outcome')).toBe('NOT_FUNDED');
    expect(await outcome.getAttribute('data-reason')).toBe('BELOW_CUTOFF');
    expect(await outcome.getByTestId('outcome-tag').innerText()).toBe('未获资助');
    expect(await outcome.getByTestId('outcome-rank').innerText()).toBe('第 2 名（共 2 份）');
    expect(await outcome.getByTestId('outcome-why').innerText()).toContain(
      '资助安排到第 1 名为止，该申请排在资助线以下（规则 R13）',
    );
    expect(await outcome.getByTestId('outcome-score').innerText()).toContain('排序分');
    expect(await outcome.getByTestId('priority-reason').count()).toBeGreaterThan(0);
    await screenshot(page, 'outcome-lottery-not-funded');
    await switchLanguage(page, 'English');
    await outcome.getByTestId('outcome-rank').getByText('Rank 2 of 2').waitFor();
    expect(await outcome.getByTestId('outcome-why').innerText()).toContain(
      'Ranked below the cut-off (rule R13)',
    );
    await switchLanguage(page, '中文');
    await page.setViewportSize(PHONE);
    const card = page.getByTestId('my-applications-card').first();
    await card.getByTestId('applicant-outcome').waitFor();
    expect(await card.getByTestId('outcome-rank').innerText()).toBe('第 2 名（共 2 份）');
    await screenshot(page, 'phone-outcome-lottery-not-funded');
    expect(errors).toEqual([]);
    await close();
  });

  it('rule R14: the funded lottery applicant is told where its money comes from', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'applicant');
    await page.goto('/lottery/applications');
    const outcome = outcomeIn(page, 'my-applications');
    await outcome.waitFor();
    expect(await outcome.getAttribute('data-outcome')).toBe('FUNDED');
    expect(await outcome.getByTestId('outcome-rank').innerText()).toBe('第 1 名（共 2 份）');
    expect(await outcome.getByTestId('outcome-why').innerText()).toContain('从一般额度安排');
    expect(errors).toEqual([]);
    await close();
  });

  it('rules R13, R19: the unfunded proposal no longer stays 已提交 with no word: its rank and why', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, SECOND);
    await page.goto('/venture/mine');
    const outcome = outcomeIn(page, 'my-proposals');
    await outcome.waitFor();
    expect(await outcome.getAttribute('data-outcome')).toBe('NOT_FUNDED');
    expect(await outcome.getByTestId('outcome-rank').innerText()).toBe('第 2 名（共 2 份）');
    expect(await outcome.getByTestId('outcome-why').innerText()).toContain('排名在资助线以下');
    expect(await outcome.getByTestId('outcome-score').innerText()).toContain('评分 60');
    await screenshot(page, 'outcome-venture-not-funded');
    await page.setViewportSize(PHONE);
    const card = page.getByTestId('my-proposals-card').first();
    await card.getByTestId('applicant-outcome').waitFor();
    await screenshot(page, 'phone-outcome-venture-not-funded');
    expect(errors).toEqual([]);
    await close();
  });

  it('an officer reads a lottery application in a drawer before scoring it, and shows its numbers in full, audited (R30, R31)', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'officer');
    await page.goto(`/lottery/review?programme=${ids.programme}`);
    const row = page.getByTestId('review-table').locator('tr.ant-table-row').first();
    await row.getByTestId('open-application').click();
    const drawer = page.getByTestId('application-drawer');
    await drawer.waitFor();
    expect(await drawer.getByTestId('drawer-budget-lines').locator('tbody tr').count()).toBe(3);
    expect(await drawer.getByTestId('drawer-beneficiaries').innerText()).toContain('老年人 120 人');
    expect(await drawer.getByTestId('priority-reason').count()).toBeGreaterThan(0);
    const masked = await drawer.getByTestId('application-contact').innerText();
    expect(masked).not.toContain('0771-5551234');
    expect(masked).not.toContain('6222020102003456789');
    await screenshot(page, 'lottery-application-drawer');
    const before = await unmaskings('lottery_fund');
    await drawer.getByTestId('application-contact-unmask').click();
    const full = drawer.getByTestId('application-contact-full');
    await full.waitFor();
    expect(await full.innerText()).toContain('6222020102003456789');
    expect(await unmaskings('lottery_fund')).toBe(before + 1);
    expect(errors).toEqual([]);
    await close();
  });

  it("an officer shows an organization's phone and custodian account in full on its page, audited (R3, R30)", async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'officer');
    await page.goto(`/organizations/${ids.orgA}`);
    const masked = page.getByTestId('organization-contact');
    await masked.waitFor();
    expect(await masked.innerText()).not.toContain(CUSTODIAN.accountNumber);
    const before = await unmaskings('organizations');
    await page.getByTestId('organization-contact-unmask').click();
    const full = page.getByTestId('organization-contact-full');
    await full.waitFor();
    expect(await full.innerText()).toContain('13800771234');
    expect(await full.innerText()).toContain(CUSTODIAN.accountNumber);
    expect(await unmaskings('organizations')).toBe(before + 1);
    expect(errors).toEqual([]);
    await close();
  });

  it('rule R19: a reviewer is not offered 修改评分 once the call’s awards began, and is told why', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'reviewer');
    await page.goto('/venture/reviews');
    const buttons = page.getByTestId('review-tasks').getByTestId('score');
    await buttons.first().waitFor();
    expect(await buttons.count()).toBe(2);
    for (const button of await buttons.all()) expect(await button.isDisabled()).toBe(true);
    expect(await page.getByTestId('scores-final').count()).toBe(2);
    expect(errors).toEqual([]);
    await close();
  });

  it('rule R19: a tranche waiting its turn says so as information, with no rule id', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'applicant');
    await page.goto('/venture/mine?tab=awards');
    const held = page.getByTestId('held-because');
    await held.first().waitFor();
    const tones = await held.evaluateAll((els) => els.map((e) => e.getAttribute('data-tone')));
    expect(tones).toEqual(['info', 'info', 'info']);
    const texts = await held.allInnerTexts();
    expect(texts[0]).toContain('签订资助协议后拨付');
    for (const text of texts) expect(text).not.toMatch(/规则|R19|SIGNING|MID_TERM/);
    expect(await page.locator('[data-testid="held-because"].ant-typography-warning').count()).toBe(
      0,
    );
    expect(errors).toEqual([]);
    await close();
  });

  it("labels every code: the experts' fields and the signing tranche's payment purpose", async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'officer');
    await page.goto('/venture/reviewers');
    const fields = page.getByTestId('expertise');
    await fields.first().waitFor();
    const labels = await fields.allInnerTexts();
    expect(labels).toContain('养老服务');
    expect(labels).toContain('社会工作');
    expect(labels.join(' ')).not.toMatch(/eldercare|social-work/);
    // The agreement signed, the signing tranche goes to finance with its purpose in words.
    const officer = await bed.apiAs('officer');
    await waitFor(
      'the award committed at finance',
      () => officer('GET', `/v1/venture/awards?callId=${ids.call}`),
      (res) => res.body.items?.[0]?.status === 'COMMITTED',
    );
    expect((await officer('POST', `/v1/venture/awards/${ids.propA}/sign`)).status).toBe(200);
    const maker = await bed.apiAs('maker');
    const venture = (res: { body: { items?: { programme: string; reference: string }[] } }) =>
      (res.body.items ?? []).filter((p) => p.programme === 'venture');
    const payments = await waitFor(
      'the signing tranche at finance',
      () => maker('GET', '/v1/finance/payments?pageSize=100'),
      (res) => venture(res).length > 0,
    );
    expect(venture(payments).map((p) => p.reference)).toEqual([
      '公益创投资助（签约 50%）：“邻里守望”独居老人互助计划',
    ]);
    expect(errors).toEqual([]);
    await close();
  });

  it("rule R3: the lottery form starts from the organization's contact and custodian account, the masked numbers left to type", async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'applicant');
    await page.goto('/lottery/apply');
    await page.getByTestId('prefilled').waitFor();
    await waitFor(
      'the prefilled contact',
      () => page.locator('#apply_contactName').inputValue(),
      (value) => value === '李红',
    );
    expect(await page.locator('#apply_bankAccount_accountName').inputValue()).toBe(
      CUSTODIAN.accountName,
    );
    expect(await page.locator('#apply_bankAccount_bankName').inputValue()).toBe(CUSTODIAN.bankName);
    expect(await page.locator('#apply_contactPhone').inputValue()).toBe('');
    expect(await page.locator('#apply_bankAccount_accountNumber').inputValue()).toBe('');
    expect(await page.getByTestId('prefilled').innerText()).toContain(CUSTODIAN.name);
    await screenshot(page, 'lottery-apply-prefilled');
    expect(errors).toEqual([]);
    await close();
  });
});
