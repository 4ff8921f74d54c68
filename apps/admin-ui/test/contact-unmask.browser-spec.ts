import { usccCheckCharacter } from '@civic/domain/identifiers';
import {
  bindUser,
  callBody,
  organizationBody,
  proposalBody,
  scratchSql,
  waitFor,
} from '@civic/testing';
import { screenshot } from './harness/browser';
import { startTestbed, type Testbed } from './harness/testbed';
import { logIn } from './harness/ui';

jest.setTimeout(300_000);

const PHONE = { width: 390, height: 844 };
const COMPANY_PHONE = '13900773456';
const PROPOSAL_PHONE = '13900771234';
const PROPOSAL_ACCOUNT = '6222020102003451234';
const COMPANY_CODE = '91450103MA5L00201' + usccCheckCharacter('91450103MA5L00201');

/**
 * 显示完整号码 (R30, R31): where officers see a record's phone or payee account, masked, a button
 * shows the numbers in full to users holding contact.unmask (officers, finance staff), and each
 * showing lands in the service's audit trail. Users without the permission see no button: an
 * administrator on a directory entry; an applicant on its own proposal list has no contact at all.
 */
describe('admin UI: showing a phone or an account number in full, audited (R30, R31)', () => {
  let bed: Testbed;
  let entryId: string;
  let callId: string;

  const unmaskings = async (schema: string) =>
    (
      await scratchSql<{ n: number }>(
        bed.platform.databaseUrl,
        `SELECT count(*)::int AS n FROM ${schema}.audit_entry WHERE action = 'personal-data.unmasked'`,
      )
    )[0].n;

  beforeAll(async () => {
    bed = await startTestbed({ withProcurement: true, withVenture: true });
    const officer = await bed.apiAs('officer');
    const admin = await bed.apiAs('admin');
    // The directory takes categories of the catalogue (R24).
    const item = await officer('POST', '/v1/procurement/catalogue', {
      regionCode: '450000',
      fiscalYear: 2026,
      categories: ['基本公共服务', '养老服务'],
      name: '居家养老上门探访',
      description: '居家养老上门探访',
      unit: '人次',
    });
    expect(item.status).toBe(201);
    const company = await officer('POST', '/v1/procurement/directory', {
      kind: 'COMPANY',
      name: '南宁市颐养居家养老服务有限公司',
      creditCode: COMPANY_CODE,
      serviceAreas: ['450103'],
      serviceCategories: ['基本公共服务'],
      contactName: '李红',
      contactPhone: COMPANY_PHONE,
    });
    expect([company.status, company.body.message]).toEqual([201, undefined]);
    entryId = company.body.id;
    const org = await admin('POST', '/v1/organizations', organizationBody());
    expect(org.status).toBe(201);
    await bindUser(admin, 'applicant', org.body.id);
    const call = await officer('POST', '/v1/venture/calls', callBody({}, 3_600_000));
    expect(call.status).toBe(201);
    callId = call.body.id;
    const applicant = await bed.apiAs('applicant');
    const body = proposalBody(callId, {
      contactPhone: PROPOSAL_PHONE,
      bankAccount: {
        accountName: '新竹社区夕阳红志愿服务队',
        accountNumber: PROPOSAL_ACCOUNT,
        bankName: '广西北部湾银行南宁分行',
        bankCode: '313',
      },
    });
    const drafted = await waitFor(
      "the applicant's organization at venture",
      () => applicant('POST', '/v1/venture/proposals', body),
      (res) => res.status !== 409,
    );
    expect(drafted.status).toBe(201);
    const submitted = await applicant('POST', `/v1/venture/proposals/${drafted.body.id}/submit`);
    expect(submitted.status).toBe(200);
  });

  afterAll(async () => {
    await bed?.stop();
  });

  it("shows an officer a directory entry's phone in full on request, and records it", async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'officer');
    await page.goto(`/procurement/directory/${entryId}`);
    expect(await page.getByTestId('entry-contact').innerText()).toBe('李红 139****3456');
    await screenshot(page, 'directory-entry-masked');
    const before = await unmaskings('procurement');
    await page.getByTestId('entry-contact-unmask').click();
    const full = page.getByTestId('entry-contact-full');
    await full.waitFor();
    expect(await full.innerText()).toBe(`李红 ${COMPANY_PHONE}`);
    expect(await unmaskings('procurement')).toBe(before + 1);
    await screenshot(page, 'directory-entry-unmasked');
    expect(errors).toEqual([]);
    await close();
  });

  it('offers no button to an administrator, who may read the entry but not unmask it', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'admin');
    await page.goto(`/procurement/directory/${entryId}`);
    await page.getByTestId('entry-contact').waitFor();
    expect(await page.getByTestId('entry-contact-unmask').count()).toBe(0);
    expect(await page.getByTestId('entry-contact').innerText()).toBe('李红 139****3456');
    expect(errors).toEqual([]);
    await close();
  });

  it("shows an officer a proposal's phone and account in full from its row, on a phone too", async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'officer');
    await page.setViewportSize(PHONE);
    await page.goto(`/venture/calls/${callId}?tab=proposals`);
    // On a phone each proposal is a card; what its row expands to is behind 详情.
    await page.getByTestId('proposals-table').locator('.ant-collapse-header').first().click();
    const masked = page.getByTestId('proposal-contact');
    await masked.waitFor();
    expect(await masked.innerText()).toContain('139****1234');
    expect(await masked.innerText()).not.toContain(PROPOSAL_ACCOUNT);
    const before = await unmaskings('venture');
    await page.getByTestId('proposal-contact-unmask').click();
    const full = page.getByTestId('proposal-contact-full');
    await full.waitFor();
    expect(await full.innerText()).toContain(PROPOSAL_PHONE);
    expect(await full.innerText()).toContain(PROPOSAL_ACCOUNT);
    expect(await unmaskings('venture')).toBe(before + 1);
    await screenshot(page, 'proposal-contact-unmasked-phone');
    expect(errors).toEqual([]);
    await close();
  });
});
