import {
  batchAndApprove,
  bindUser,
  http,
  organizationBody,
  subsidyApplicationBody,
  subsidyProgrammeBody,
  waitFor,
} from '@civic/testing';
import type { Page } from 'playwright-core';
import { screenshot } from './harness/browser';
import { startTestbed, type Testbed } from './harness/testbed';
import { logIn } from './harness/ui';

jest.setTimeout(300_000);

type ApiAs = Awaited<ReturnType<Testbed['apiAs']>>;
interface Application {
  id: string;
  status: string;
  payment?: { paymentId: string };
}

/** The simulated bank declines every transfer to this account (TREASURY_FROZEN_ACCOUNTS). */
const FROZEN = '6222020100000000007';
const AMOUNT = 3_000_000;
const PROGRAMME = '2026 年居家养老补助（付款失败演示）';

/**
 * Money that will not be paid as asked, in the admin UI (R23, R27, R28): two subsidies whose
 * payments the bank declined for good. A finance maker proposes re-issuing one to corrected bank
 * details and a checker approves it, so it is paid; an officer withdraws the other from the
 * review queue, so finance releases its money and its publicity notice is retracted.
 */
describe('admin UI: a failed payment re-issued four eyes, and a subsidy withdrawn', () => {
  let bed: Testbed;
  let officer: ApiAs;
  let maker: ApiAs;
  let reissued: string;
  let withdrawn: string;

  const application = async (id: string) =>
    (await officer('GET', `/v1/lottery/applications/${id}`)).body as Application;
  const until = (id: string, status: string) =>
    waitFor(
      `application ${status}`,
      () => application(id),
      (a) => a.status === status,
    );

  beforeAll(async () => {
    bed = await startTestbed({
      withLotteryFund: true,
      financeEnv: { TREASURY_FROZEN_ACCOUNTS: FROZEN },
    });
    const admin = await bed.apiAs('admin');
    officer = await bed.apiAs('officer');
    maker = await bed.apiAs('maker');
    const org = await admin(
      'POST',
      '/v1/organizations',
      organizationBody({ name: '长者关爱协会' }),
    );
    await bindUser(admin, 'applicant', org.body.id);
    const applicant = await bed.apiAs('applicant');
    expect(
      (
        await maker('POST', '/v1/finance/budgets', {
          fund: 'LOTTERY_WELFARE',
          fiscalYear: 2026,
          amountFen: 50_000_000,
        })
      ).status,
    ).toBe(201);
    const programme = await officer(
      'POST',
      '/v1/lottery/programmes',
      subsidyProgrammeBody({ name: PROGRAMME, budgetFen: 2 * AMOUNT }),
    );
    const apply = (projectName: string) =>
      waitFor(
        'the application taken',
        () =>
          applicant(
            'POST',
            '/v1/lottery/applications',
            subsidyApplicationBody(programme.body.id, {
              projectName,
              budgetLines: [
                { category: 'SERVICE_DELIVERY', description: '上门助老服务', amountFen: AMOUNT },
              ],
              requestedFen: AMOUNT,
              bankAccount: {
                accountName: '长者关爱协会',
                accountNumber: FROZEN,
                bankName: '广西北部湾银行',
                bankCode: '313',
              },
            }),
          ),
        (res) => res.status !== 409,
      ).then((res) => res.body.id as string);
    reissued = await apply('独居老人探访');
    withdrawn = await apply('长者健康讲座');
    const checker = {
      maker: await bed.platform.login('maker'),
      checker: await bed.platform.login('checker'),
    };
    for (const id of [reissued, withdrawn]) {
      await officer('POST', `/v1/lottery/applications/${id}/assessment`, { merit: 80 });
    }
    for (const id of [reissued, withdrawn]) {
      expect(
        (await officer('POST', `/v1/lottery/applications/${id}/approve`, { comment: '同意' }))
          .status,
      ).toBe(200);
      const committed = await until(id, 'COMMITTED');
      await batchAndApprove(bed.platform.api, committed.payment!.paymentId, checker);
      await until(id, 'PAYMENT_FAILED');
    }
  });

  afterAll(async () => {
    await bed?.stop();
  });

  const failedRow = (page: Page) =>
    page.getByTestId('failed-payments-table').locator('tr', { hasText: '独居老人探访' });

  it('lets a maker propose paying a failed payment again to corrected details', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'maker');
    await page.getByTestId('side-menu').getByText('付款失败').click();
    const row = failedRow(page);
    await row.getByText('银行退回：收款账户已冻结或销户').waitFor();
    expect(await page.getByTestId('failed-sum').innerText()).toBe('共 2 笔，合计 60,000.00 元');
    await row.getByTestId('propose-reissue').click();
    await page.locator('#reissue_bankAccount_accountNumber').fill('6222020102009998877');
    await page.locator('#reissue_reason').fill('原账户已冻结，组织提供了新的开户证明');
    await page.getByTestId('reissue-ok').click();
    await row.getByTestId('reissue-status').getByText('待复核').waitFor();
    expect(await row.innerText()).toContain('****8877');
    // Four eyes (R28): its maker has nothing to approve.
    expect(await row.getByTestId('decide-reissue').count()).toBe(0);
    await screenshot(page, 'finance-reissue-proposed');
    expect(errors).toEqual([]);
    await close();
  });

  it('lets a checker approve it: a new payment awaits a batch and the subsidy is committed again', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'checker');
    await page.getByTestId('side-menu').getByText('付款失败').click();
    const row = failedRow(page);
    await row.getByTestId('decide-reissue').click();
    expect(await page.getByTestId('reissue-proposal').innerText()).toContain('****8877');
    await page.locator('#reissue-decision_comment').fill('核对开户证明无误');
    await page.getByTestId('reissue-decision-ok').click();
    await row.getByTestId('reissue-status').getByText('已重新拨付').waitFor();
    const again = await until(reissued, 'COMMITTED');
    const payments = (await maker('GET', '/v1/finance/payments?status=AWAITING_BATCH')).body;
    expect(payments.items.map((p: { id: string }) => p.id)).toContain(again.payment!.paymentId);
    expect(errors).toEqual([]);
    await close();
  });

  it('lets an officer withdraw the other from the review queue: released, notice retracted', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'officer');
    await page.getByTestId('side-menu').getByText('资助审核').click();
    await page.getByTestId('programme-select').click();
    await page
      .locator('.ant-select-dropdown .ant-select-item-option', { hasText: PROGRAMME })
      .click();
    const row = page.getByTestId('review-table').locator('tr', { hasText: '长者健康讲座' });
    await row.getByTestId('withdraw').click();
    await page.locator('#withdrawal_reason').fill('组织银行账户长期冻结，无法拨付');
    await page.getByTestId('withdrawal-ok').click();
    await until(withdrawn, 'WITHDRAWN');
    const published = await http('GET', `${bed.platform.api}/v1/public/lottery/notices`);
    const notices = published.body.items as {
      title: string;
      inForce: boolean;
      correctionReason?: string;
    }[];
    expect(notices.find((n) => n.title.startsWith('【撤销】'))).toMatchObject({
      inForce: true,
      correctionReason: '撤销资助：组织银行账户长期冻结，无法拨付',
    });
    expect(errors).toEqual([]);
    await close();
  });
});
