import { SAMPLE_ORGANIZATIONS } from './fixtures/organizations';
import { screenshot } from './harness/browser';
import {
  fillRegistration,
  type RegistrationInput,
  submitRegistration,
} from './harness/register-form';
import { startTestbed, type Testbed } from './harness/testbed';
import { fieldError, logIn, switchLanguage } from './harness/ui';

jest.setTimeout(180_000);

const INPUT: RegistrationInput = {
  name: '思贤社区青少年托管服务社',
  category: '生活服务类',
  county: '青秀区',
  street: '新竹街道',
  community: '思贤社区居委会',
  address: '南宁市青秀区思贤路 12 号',
  postcode: '530022',
  contactName: '陆小梅',
  contactPhone: '13907715678',
  fundsYuan: '3000.5',
  memberCount: '15',
  leaders: [
    { name: '陆小梅', role: '负责人', residentId: '450103198805120021' },
    { name: '韦大海', role: '副负责人' },
  ],
  founding: {
    fundingSource: '个人出资',
    foundingPartner: '居（村）委会',
    serviceField: '养老托育',
  },
};

describe('admin UI: registering an organization (R1–R5, R9, R26, R29, R30)', () => {
  let bed: Testbed;
  let officer: Awaited<ReturnType<Testbed['apiAs']>>;
  const ids: string[] = [];

  beforeAll(async () => {
    bed = await startTestbed();
    officer = await bed.apiAs('officer');
    for (const body of SAMPLE_ORGANIZATIONS) {
      const created = await officer('POST', '/v1/organizations', body);
      expect(created.status).toBeLessThan(300);
      ids.push(created.body.id);
    }
  });

  afterAll(() => bed?.stop());

  it('lists organizations with server-side filters', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'officer');
    await page.getByTestId('side-menu').getByText('组织管理').click();
    const table = page.getByTestId('organizations-table');
    await table.getByText(SAMPLE_ORGANIZATIONS[0].name).waitFor();
    await screenshot(page, 'organizations-list');

    await page.getByTestId('organization-search').locator('input').fill('江林村');
    await page.getByTestId('organization-search').locator('input').press('Enter');
    await page.waitForURL(/q=/);
    await table.locator('tr', { hasText: '新竹社区' }).first().waitFor({ state: 'detached' });
    const rows = await table.locator('tr.ant-table-row').allInnerTexts();
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => row.includes('江林村'))).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it('registers through the form, in yuan sent as fen, and shows the tier with its reasons', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'officer');
    await page.getByTestId('side-menu').getByText('登记组织').click();
    await fillRegistration(page, INPUT);
    await submitRegistration(page);

    await page.getByTestId('organization-name').filter({ hasText: INPUT.name }).waitFor();
    const id = page.url().split('/').pop()!;
    const stored = (await officer('GET', `/v1/organizations/${id}`)).body;
    expect(stored.registeredFundsFen).toBe(300_050); // rule R26: 3000.5 yuan
    expect(stored.areaType).toBe('URBAN'); // followed the community
    expect(stored.leaders[0].residentIdMasked).toMatch(/^450103\*+0021$/); // rule R30
    expect(stored).toMatchObject({
      fundingSource: 'INDIVIDUAL',
      foundingPartner: 'RESIDENTS_COMMITTEE',
      serviceField: 'ELDERCARE_CHILDCARE',
      legalForm: 'SOCIAL_GROUP', // rule R2: the form's default
    });
    const facts = await page.getByTestId('organization-descriptions').innerText();
    for (const label of ['个人出资', '居（村）委会', '养老托育', '社会团体（社区社会组织）']) {
      expect(facts).toContain(label); // rule R9
    }

    const decision = page.getByTestId('tier-decision');
    expect(await decision.getByTestId('tier-tag').innerText()).toBe(
      { REGISTERED: '登记', STREET_FILED: '街道备案', COMMUNITY_GUIDED: '社区指导' }[
        stored.tier as string
      ],
    );
    const reasons = await decision.getByTestId('tier-reasons').innerText();
    expect(stored.tierDecision.reasons.length).toBeGreaterThan(0);
    for (const reason of stored.tierDecision.reasons) expect(reasons).toContain(reason.messageZh);
    expect(await decision.innerText()).toContain(stored.tierDecision.policyVersion);
    await page.getByTestId('leaders-table').getByText(stored.leaders[0].residentIdMasked).waitFor();
    expect(await page.getByRole('button', { name: /查看完整号码/ }).count()).toBe(0); // no permission
    await screenshot(page, 'organization-detail');
    expect(errors).toEqual([]);
    await close();
  });

  it("shows the API's own validation message on the field, in Chinese, then in English", async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'officer');
    await page.goto('/organizations/new');
    await fillRegistration(page, { ...INPUT, name: '中山社区书画协会', postcode: '53002' });
    const expected = await postcodeMessages();
    expect(expected.zh).toMatch(/[\u4e00-\u9fff]/);

    await submitRegistration(page);
    expect(await fieldError(page, 'register_postalAddress_postcode', expected.zh)).toBe(
      expected.zh,
    );
    await page.getByTestId('rejection-alert').waitFor();
    await screenshot(page, 'register-validation-error');

    await switchLanguage(page, 'English');
    await page.getByText('Postal address and contact').waitFor();
    await submitRegistration(page);
    expect(await fieldError(page, 'register_postalAddress_postcode', expected.en)).toBe(
      expected.en,
    );
    expect(errors).toEqual([]);
    await close();
  });

  it('shows a resident ID in full to a user who may unmask it (R30)', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'street');
    await page.goto(`/organizations/${ids[0]}`);
    const leaders = page.getByTestId('leaders-table');
    await leaders.getByText('450103********0021').waitFor();
    await leaders.getByRole('button', { name: /查看完整号码/ }).click();
    const full = leaders.getByTestId('resident-id-full');
    await full.waitFor();
    expect(await full.innerText()).toBe('450103198805120021');
    expect(errors).toEqual([]);
    await close();
  });

  /** What the API itself says about a 5-digit postcode, in each language. */
  async function postcodeMessages() {
    const body = SAMPLE_ORGANIZATIONS[1];
    const bad = { ...body, postalAddress: { ...body.postalAddress, postcode: '53002' } };
    const message = async (language: string) => {
      const res = await officer('POST', '/v1/organizations', bad, language);
      expect(res.status).toBe(400);
      const violation = res.body.violations.find(
        (v: { field: string }) => v.field === 'postalAddress.postcode',
      );
      return violation.message as string;
    };
    return { zh: await message('zh-CN'), en: await message('en') };
  }
});
