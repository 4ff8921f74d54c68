import type { Page } from 'playwright-core';
import { beijingToday } from '../src/policies/policy-values';
import { screenshot } from './harness/browser';
import { pickOption } from './harness/select';
import { startTestbed, type Testbed } from './harness/testbed';
import { fieldError, logIn, switchLanguage } from './harness/ui';

jest.setTimeout(300_000);

const PHONE = { width: 390, height: 844 };

/** How far the page is wider than the window: 0 when nothing scrolls sideways. */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth - window.innerWidth;
  });

/** The card of one kind in force, and one of its numbers as shown. */
const kindCard = (page: Page, kind: string) =>
  page.locator(`[data-testid="policy-kind"][data-kind="${kind}"]`);
const shown = (page: Page, kind: string, field: string) =>
  kindCard(page, kind).locator(`[data-testid="policy-field"][data-field="${field}"]`);

/** A version in a list (a table row on a wide screen, a card on a phone). */
const version = (page: Page, name: string) =>
  page.locator(`[data-testid="policy-version"][data-version="${name}"]`);

type Doc = { id: string; version: string; status: string; body: Record<string, unknown> };

/**
 * The policy store in the admin UI (issue #17: policy as data; R13, R14, R21, R28). An
 * administrator proposes a new rural reserve (101 % refused on its field, nothing stored; then
 * 35 % effective today in Beijing) and cannot approve it; a second administrator approves it and
 * the reserve in force is 35 %; the history lists both versions with their proposer and approver,
 * and the comparison shows 30 → 35. A second version for the same day is refused at approval
 * (409) and its proposer withdraws it. An officer reads but neither proposes nor decides; the
 * public rules page, without login, shows the reserve and the priority bonuses. Every page fits a
 * 390 px phone, in Chinese and English.
 */
describe('admin UI: policy parameters, four eyes (issue #17, R13, R14, R21, R28)', () => {
  let bed: Testbed;
  const today = beijingToday();
  let proposedId = '';

  const list = async (kind: string) => {
    const admin = await bed.apiAs('admin');
    return (await admin('GET', `/v1/policies?kind=${kind}&pageSize=200`)).body as {
      items: Doc[];
      total: number;
    };
  };

  beforeAll(async () => {
    bed = await startTestbed();
  });

  afterAll(() => bed?.stop());

  it('an administrator proposes a 35 % rural reserve after 101 % is refused on its field, and cannot approve it (R14, R28)', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'admin');
    await page.getByTestId('side-menu').getByText('政策参数', { exact: true }).click();
    await shown(page, 'RESERVE', 'ruralReservePercent').getByText('30%').waitFor();
    expect(await shown(page, 'PRIORITY', 'bonuses.rural').innerText()).toBe('+15 分');
    expect(await shown(page, 'ELDERCARE_FLOOR', 'floorPercent').innerText()).toBe('55%');
    expect(await kindCard(page, 'RESERVE').innerText()).toContain('版本 2026.1');
    // R6's bonuses, in the version of the priority policy in force.
    expect(await shown(page, 'PRIORITY', 'bonuses.lifeService').innerText()).toBe('+5 分');
    await screenshot(page, 'policies');

    await kindCard(page, 'RESERVE').getByTestId('policy-propose-kind').click();
    const drawer = page.getByTestId('propose-drawer');
    const percent = drawer.locator('#policy_body_ruralReservePercent');
    await percent.waitFor();
    // The form starts from the version in force: its numbers, the version one up, today.
    expect(await percent.inputValue()).toBe('30');
    expect(await drawer.locator('#policy_body_version').inputValue()).toBe('2026.2');
    expect(await drawer.locator('#policy_effectiveFrom').inputValue()).toBe(today);
    await drawer.locator('#policy_reason').fill('省厅调整：提高农村社区社会组织预留比例');
    await percent.fill('101');
    await drawer.getByTestId('propose-ok').click();
    expect(await fieldError(page, 'policy_body_ruralReservePercent', '101')).toContain('R14');
    await drawer.getByTestId('propose-refused').waitFor();
    await screenshot(page, 'policies-propose-refused');
    expect((await list('RESERVE')).total).toBe(1); // the seed only: nothing stored

    await percent.fill('35');
    await drawer.getByTestId('propose-ok').click();
    await drawer.waitFor({ state: 'hidden' });
    const pending = page.getByTestId('policy-pending');
    const card = pending.locator(version(page, '2026.2'));
    await card.waitFor();
    expect(await card.getAttribute('data-status')).toBe('PROPOSED');
    expect(await card.getByTestId('policy-proposer').innerText()).toContain('系统管理员');
    // What it changes against the version in force.
    const diff = card.locator('[data-testid="diff-row"][data-field="ruralReservePercent"]');
    expect(await diff.innerText()).toMatch(/30%[\s\S]*35%/);
    // Its proposer withdraws it, never approves it: the button is not there, and the API refuses.
    expect(await card.getByTestId('policy-approve').count()).toBe(0);
    expect(await card.getByTestId('policy-reject').count()).toBe(0);
    expect(await card.getByTestId('policy-withdraw').count()).toBe(1);
    proposedId = (await list('RESERVE')).items.find((d) => d.version === '2026.2')!.id;
    const admin = await bed.apiAs('admin');
    const own = await admin('POST', `/v1/policies/${proposedId}/approve`, {});
    expect([own.status, own.body.code]).toEqual([403, 'RULE_R28_SAME_PERSON']);
    // Not in force before it is approved.
    expect(await shown(page, 'RESERVE', 'ruralReservePercent').innerText()).toBe('30%');
    await screenshot(page, 'policies-pending');
    expect(errors).toEqual([]);
    await close();
  });

  it('a second administrator approves it: 35 % is in force, the history lists both versions with proposer and approver, and the comparison shows 30 → 35 (R28)', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'admin2');
    await page.goto('/policies');
    const card = page.getByTestId('policy-pending').locator(version(page, '2026.2'));
    await card.getByTestId('policy-approve').click();
    await page.locator('#policyDecision_note').fill('同意，自今日起施行');
    await page.getByTestId('decision-ok').click();
    await page.getByTestId('policy-pending').waitFor({ state: 'detached' });
    await shown(page, 'RESERVE', 'ruralReservePercent').getByText('35%').waitFor();
    const reserve = await kindCard(page, 'RESERVE').innerText();
    expect(reserve).toContain('版本 2026.2');
    expect(reserve).toContain(`自 ${today} 起施行`);

    await kindCard(page, 'RESERVE').getByTestId('policy-history-link').click();
    const history = page.getByTestId('policy-history');
    await history.locator(version(page, '2026.1')).waitFor();
    expect(await history.locator('[data-testid="policy-version"]').count()).toBe(2);
    const approved = history.locator(version(page, '2026.2'));
    expect(await approved.getByTestId('policy-status').innerText()).toBe('已批准');
    expect(await approved.getByTestId('policy-proposer').innerText()).toContain('系统管理员');
    expect(await approved.getByTestId('policy-decider').innerText()).toContain('系统管理员 覃慧');
    expect(await approved.innerText()).toContain('同意，自今日起施行');
    expect(await approved.innerText()).toContain('省厅调整：提高农村社区社会组织预留比例');
    expect(await history.locator(version(page, '2026.1')).innerText()).toContain('初始版本');

    // The seed and the new version compared: the reserve 30 → 35, and the version's name.
    await history.locator(version(page, '2026.2')).getByTestId('policy-compare').click();
    await history.locator(version(page, '2026.1')).getByTestId('policy-compare').click();
    const diff = page.getByTestId('policy-diff');
    const row = diff.locator('[data-testid="diff-row"][data-field="ruralReservePercent"]');
    expect(await row.getByTestId('diff-before').innerText()).toBe('30%');
    expect(await row.getByTestId('diff-after').innerText()).toBe('35%');
    expect(await diff.locator('[data-testid="diff-row"]').count()).toBe(2); // + the version
    expect(await diff.innerText()).toContain('版本 2026.1 → 版本 2026.2');
    await screenshot(page, 'policies-history');
    expect(errors).toEqual([]);
    await close();
  });

  it('refuses approving a second version for the same day, clearly, and its proposer withdraws it (R28)', async () => {
    const admin = await bed.apiAs('admin');
    const proposed = await admin('POST', '/v1/policies', {
      kind: 'RESERVE',
      regionCode: '450000',
      effectiveFrom: today,
      reason: '再次调整农村预留比例',
      body: { version: '2026.3', ruralReservePercent: 36 },
    });
    expect(proposed.status).toBe(201);

    const second = await bed.open();
    await logIn(second.page, 'admin2');
    await second.page.goto('/policies');
    const card = second.page.getByTestId('policy-pending').locator(version(second.page, '2026.3'));
    await card.getByTestId('policy-approve').click();
    await second.page.getByTestId('decision-ok').click();
    const refusal = second.page.getByTestId('refusal');
    await refusal.waitFor();
    expect(await refusal.getAttribute('data-code')).toBe('POLICY_EFFECTIVE_DATE_TAKEN');
    expect(await refusal.innerText()).toContain('该日已有批准的版本');
    await screenshot(second.page, 'policies-approve-refused');
    expect(second.errors).toEqual([]);
    await second.close();

    const first = await bed.open();
    await logIn(first.page, 'admin');
    await first.page.goto('/policies');
    const own = first.page.getByTestId('policy-pending').locator(version(first.page, '2026.3'));
    await own.getByTestId('policy-withdraw').click();
    await first.page.getByTestId('decision-ok').click();
    await first.page.getByTestId('policy-pending').waitFor({ state: 'detached' });
    expect(await shown(first.page, 'RESERVE', 'ruralReservePercent').innerText()).toBe('35%');
    const docs = await list('RESERVE');
    expect(docs.items.map((d) => [d.version, d.status])).toEqual([
      ['2026.3', 'WITHDRAWN'],
      ['2026.2', 'APPROVED'],
      ['2026.1', 'APPROVED'],
    ]);
    expect(first.errors).toEqual([]);
    await first.close();
  });

  it('lets an officer read the policies, a county’s too, but neither propose nor decide', async () => {
    const admin = await bed.apiAs('admin');
    const county = await admin('POST', '/v1/policies', {
      kind: 'ELDERCARE_FLOOR',
      regionCode: '450103',
      effectiveFrom: today,
      reason: '青秀区提高扶老资金底线',
      body: { version: 'qx-2026.1', floorPercent: 60 },
    });
    expect(county.status).toBe(201);
    const { page, errors, close } = await bed.open();
    await logIn(page, 'officer');
    await page.getByTestId('side-menu').getByText('政策参数', { exact: true }).click();
    await shown(page, 'RESERVE', 'ruralReservePercent').getByText('35%').waitFor();
    const waiting = page.getByTestId('policy-pending').locator(version(page, 'qx-2026.1'));
    await waiting.waitFor();
    expect(await page.getByTestId('policy-propose').count()).toBe(0);
    expect(await page.getByTestId('policy-propose-kind').count()).toBe(0);
    expect(await waiting.getByTestId('version-actions').count()).toBe(0);
    // A county follows the province's versions until one of its own is approved.
    await pickOption(page, 'policies-region', '青秀区', true);
    await page.getByTestId('policy-in-force-title').getByText('青秀区').waitFor();
    expect(await kindCard(page, 'RESERVE').innerText()).toContain('适用：广西壮族自治区');
    expect(await shown(page, 'ELDERCARE_FLOOR', 'floorPercent').innerText()).toBe('55%');

    const officer = await bed.apiAs('officer');
    const refused = await officer('POST', '/v1/policies', {
      kind: 'RESERVE',
      regionCode: '450000',
      effectiveFrom: today,
      reason: '无权提出',
      body: { version: '2026.9', ruralReservePercent: 40 },
    });
    expect(refused.status).toBe(403);
    expect(errors).toEqual([]);
    await close();
  });

  it('shows the public rules without login: merit × (1 + bonus/100), the bonuses, the 35 % reserve and the eldercare floor, on a 390 px phone too', async () => {
    const { page, errors, close } = await bed.open();
    await page.goto('/public/lottery');
    await page.getByTestId('public-policies-link').click();
    const reserve = page.getByTestId('public-reserve');
    await reserve.getByText('35%').waitFor();
    expect(page.url()).toMatch(/\/public\/policies$/);
    expect(await reserve.innerText()).toContain('版本 2026.2');
    expect(await reserve.innerText()).toContain('回到总池');
    const priority = page.getByTestId('public-priority');
    expect(await priority.innerText()).toContain('排序分 = 评审得分 ×（1 + 优先加分 ÷ 100）');
    expect(await priority.locator('[data-bonus="rural"]').innerText()).toContain('+15 分');
    expect(await priority.locator('[data-bonus="publicWelfare"]').innerText()).toContain('+10 分');
    expect(await priority.locator('[data-bonus="perPriorityGroup"]').innerText()).toContain(
      '最多加 9 分',
    );
    expect(await page.getByTestId('public-eldercare-percent').innerText()).toContain('55%');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'policies-public');

    await page.setViewportSize(PHONE);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await switchLanguage(page, 'English');
    await reserve.getByText('reserves 35 %', { exact: false }).waitFor();
    expect(await priority.innerText()).toContain('merit × (1 + priority bonus ÷ 100)');
    expect(await priority.locator('[data-bonus="rural"]').innerText()).toContain('+15 points');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'policies-public-phone-en');
    expect(errors).toEqual([]);
    await close();
  });

  it('fits the policy pages, the history, the comparison and the proposal on a 390 px phone, in Chinese and English', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'admin2');
    await page.setViewportSize(PHONE);
    await page.goto('/policies');
    await shown(page, 'RESERVE', 'ruralReservePercent').getByText('35%').waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    // The keyword lists of the banned uses open one at a time (R22).
    const banned = kindCard(page, 'BANNED_USES');
    await banned.locator('[data-field="keywords.STAFF_PAY"]').click();
    await banned.getByText('五险一金', { exact: true }).waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'policies-phone');

    await page.goto('/policies/RESERVE');
    const history = page.getByTestId('policy-history');
    await history.locator(version(page, '2026.1')).waitFor();
    await history.locator(version(page, '2026.2')).getByTestId('policy-compare').click();
    await history.locator(version(page, '2026.1')).getByTestId('policy-compare').click();
    await page.getByTestId('policy-diff').waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'policies-history-phone');

    await switchLanguage(page, 'English');
    await page.getByText('Rural reserve · history').waitFor();
    expect(await page.getByTestId('policy-diff').innerText()).toContain(
      'Changes from version 2026.1 to version 2026.2',
    );
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    await page.getByTestId('policy-back').click();
    // A number beside a long English label keeps to one line (under the label if need be).
    const members = shown(page, 'TIERS', 'registration.federationMinMemberOrganizations');
    expect(await members.innerText()).toBe('30 organizations');
    expect(await members.evaluate((el) => el.getClientRects().length)).toBe(1);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await kindCard(page, 'PRIORITY').getByTestId('policy-propose-kind').click();
    const drawer = page.getByTestId('propose-drawer');
    await drawer.locator('#policy_body_bonuses_rural').waitFor();
    expect(await drawer.locator('#policy_body_bonuses_rural').inputValue()).toBe('15');
    const box = await drawer.boundingBox();
    expect(Math.round(box?.width ?? Infinity)).toBeLessThanOrEqual(PHONE.width);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'policies-propose-phone-en');
    expect(errors).toEqual([]);
    await close();
  });

  it('shows the purchase policy in yuan with its methods and the negative list by clause; an administrator proposes a lower public-tender threshold (R25, R12, R24)', async () => {
    // admin2 here: the sign-ins of the tests before count against admin's rate limit (10 a minute).
    const { page, errors, close } = await bed.open();
    await logIn(page, 'admin2');
    await page.goto('/policies');
    const tender = shown(page, 'PURCHASE', 'thresholds.publicTenderFen');
    await tender.getByText('4,000,000.00 元').waitFor();
    expect(await kindCard(page, 'PURCHASE').innerText()).toContain('政府购买服务采购政策');
    expect(await kindCard(page, 'PURCHASE').innerText()).toContain('R25');
    expect(await shown(page, 'PURCHASE', 'award.objectionDays').innerText()).toBe('7 天');
    expect(await shown(page, 'PURCHASE', 'methods.3').innerText()).toBe(
      '至少 2 家有效响应，评审小组至少 3 人',
    );
    expect(await shown(page, 'PURCHASE', 'methods.4').innerText()).toContain('须记录适用理由');
    // The negative list: a clause a line, with its article in Chinese; its terms open.
    const goods = shown(page, 'NEGATIVE_LIST', 'clauses.1.terms');
    expect(await goods.innerText()).toBe('货物（《政府购买服务管理办法》第十条第（三）项）：7 个');
    await goods.click();
    await kindCard(page, 'NEGATIVE_LIST').getByText('设备购置', { exact: true }).waitFor();

    await kindCard(page, 'PURCHASE').getByTestId('policy-propose-kind').click();
    const drawer = page.getByTestId('propose-drawer');
    const threshold = drawer.locator('#policy_body_thresholds_publicTenderFen');
    await threshold.waitFor();
    // Fen as yuan (R26); each method's minimum bids beside the numbers, its words kept.
    expect(await threshold.inputValue()).toBe('4000000');
    const consultation = drawer.locator('#policy_body_methods_3_minBidders');
    expect(await consultation.inputValue()).toBe('2');
    await drawer.locator('#policy_reason').fill('省财政厅通知：调整公开招标数额标准');
    await threshold.fill('2000000');
    await consultation.fill('3');
    await drawer.getByTestId('propose-ok').click();
    await drawer.waitFor({ state: 'hidden' });
    const card = page.getByTestId('policy-pending').locator(version(page, '2026.2'));
    await card.waitFor();
    const tenderRow = card.locator(
      '[data-testid="diff-row"][data-field="thresholds.publicTenderFen"]',
    );
    expect(await tenderRow.innerText()).toMatch(
      /公开招标数额标准[\s\S]*4,000,000\.00 元[\s\S]*2,000,000\.00 元/,
    );
    const methodRow = card.locator('[data-testid="diff-row"][data-field="methods.3.minBidders"]');
    expect(await methodRow.innerText()).toMatch(/竞争性磋商：最少有效响应[\s\S]*2 家[\s\S]*3 家/);
    const proposed = (await list('PURCHASE')).items.find((d) => d.version === '2026.2')!;
    const body = proposed.body as {
      thresholds: { publicTenderFen: number; source: string };
      methods: { method: string; minBidders: number; nameZh: string }[];
    };
    expect(body.thresholds).toMatchObject({
      publicTenderFen: 200_000_000,
      source: '国办发〔2019〕55号',
    });
    expect(body.methods[3]).toMatchObject({
      method: 'COMPETITIVE_CONSULTATION',
      minBidders: 3,
      nameZh: '竞争性磋商',
    });
    await screenshot(page, 'policies-purchase-pending');

    await page.setViewportSize(PHONE);
    await page.goto('/policies');
    await shown(page, 'PURCHASE', 'thresholds.publicTenderFen').waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await switchLanguage(page, 'English');
    await kindCard(page, 'PURCHASE').getByText('Government purchase policy').waitFor();
    expect(await shown(page, 'PURCHASE', 'thresholds.publicTenderFen').innerText()).toContain(
      '4,000,000.00',
    );
    expect(await shown(page, 'NEGATIVE_LIST', 'clauses.1.terms').innerText()).toBe(
      'goods (Order 102 art. 10(3)): 7',
    );
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'policies-purchase-phone-en');
    const proposer = await bed.apiAs('admin2');
    const withdrawn = await proposer('POST', `/v1/policies/${proposed.id}/withdraw`, {});
    expect(withdrawn.status).toBe(200);
    expect(errors).toEqual([]);
    await close();
  });
});
