import {
  baseBody,
  cohortBody,
  foundingGroupBody,
  http,
  organizationBody,
  startPlatform,
  XINZHU_LOCATION,
} from '@civic/testing';
import ExcelJS from 'exceljs';

jest.setTimeout(180_000);

/** 柳州市城中区城中街道: another city. */
const CHENGZHONG_LOCATION = {
  countyCode: '450202',
  countyName: '城中区',
  streetCode: '450202001',
  streetName: '城中街道',
  communityCode: '450202001001',
  communityName: '龙城社区居委会',
};
/** 青秀区中山街道: a second street of the demo street officer's county. */
const ZHONGSHAN_LOCATION = {
  ...XINZHU_LOCATION,
  streetCode: '450103002',
  streetName: '中山街道',
  communityCode: '450103002001',
  communityName: '中山社区居委会',
};
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The dashboards through the gateway (issue #18), with organizations and incubation as real
 * processes: figures from the services' tallies, divisions named by the gateway, filters checked
 * at the boundary, roles and scopes enforced, and an Excel export read back.
 */
describe('dashboards through the gateway (issue #18; R5, R10, R16)', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  const tokens: Record<string, string> = {};
  const get = (path: string, who: string) =>
    http('GET', `${platform.api}/v1/dashboards${path}`, undefined, { token: tokens[who] });

  beforeAll(async () => {
    platform = await startPlatform({ withIncubation: true });
    for (const user of ['admin', 'officer', 'street', 'applicant']) {
      tokens[user] = await platform.login(user);
    }
    const register = async (body: Record<string, unknown>) => {
      const res = await http('POST', `${platform.api}/v1/organizations`, organizationBody(body), {
        token: tokens.admin,
      });
      expect(res.status).toBe(201);
    };
    await register({ name: '新竹夕阳红', location: XINZHU_LOCATION });
    await register({
      name: '中山互助会',
      location: ZHONGSHAN_LOCATION,
      areaType: 'RURAL',
      memberCount: 5,
      leaders: [{ name: '李强', role: '负责人', isPartyMember: false }],
    });
    await register({
      name: '城中文体队',
      location: CHENGZHONG_LOCATION,
      category: 'CULTURE_SPORTS',
    });
    // An incubation base run by the demo incubator, a cohort, and a founding group's application.
    const base = await http('POST', `${platform.api}/v1/incubation/bases`, baseBody(), {
      token: tokens.officer,
    });
    expect(base.status).toBe(201);
    const users = await http('GET', `${platform.api}/v1/users?pageSize=100`, undefined, {
      token: tokens.admin,
    });
    const incubator = users.body.items.find(
      (u: { username: string }) => u.username === 'incubator',
    );
    const bound = await http(
      'PATCH',
      `${platform.api}/v1/users/${incubator.id}`,
      { baseId: base.body.id },
      { token: tokens.admin },
    );
    expect(bound.status).toBe(200);
    tokens.incubator = await platform.login('incubator');
    const cohort = await http(
      'POST',
      `${platform.api}/v1/incubation/cohorts`,
      cohortBody(base.body.id),
      { token: tokens.incubator },
    );
    expect(cohort.status).toBe(201);
    const applied = await http(
      'POST',
      `${platform.api}/v1/incubation/admissions`,
      foundingGroupBody(cohort.body.id),
      { token: tokens.incubator },
    );
    expect(applied.status).toBe(201);
  });

  afterAll(async () => {
    await platform.stop();
  });

  it('the province: figures from the tally, cities named, counties with their city', async () => {
    const res = await get('/registry', 'officer');
    expect(res.status).toBe(200);
    expect(res.body.area).toEqual({ code: '45', name: '广西壮族自治区', level: 'PROVINCE' });
    expect(res.body.figures).toMatchObject({
      total: 3,
      byTier: { STREET_FILED: 2, COMMUNITY_GUIDED: 1 },
      byAreaType: { URBAN: 2, RURAL: 1 },
      partyLed: { part: 2, whole: 3, percent: 66.7, text: '66.7%' },
    });
    expect(
      res.body.children.map((c: { name: string; total: number }) => [c.name, c.total]),
    ).toEqual([
      ['南宁市', 2],
      ['柳州市', 1],
    ]);
    expect(res.body.tiersByCounty.map((c: { name: string; cityName: string }) => c)).toEqual([
      expect.objectContaining({ code: '450103', name: '青秀区', cityName: '南宁市', total: 2 }),
      expect.objectContaining({ code: '450202', name: '城中区', cityName: '柳州市', total: 1 }),
    ]);
    expect(res.body.years).toHaveLength(1);
  });

  it('drills down to a county by street, named; a street officer sees its own street', async () => {
    const county = await get('/registry?areaCode=450103', 'officer');
    expect(county.status).toBe(200);
    expect(county.body.children.map((c: { name: string }) => c.name)).toEqual([
      '新竹街道',
      '中山街道',
    ]);
    const street = await get('/registry', 'street');
    expect(street.status).toBe(200);
    expect(street.body.area).toEqual({ code: '450103001', name: '新竹街道', level: 'STREET' });
    expect(street.body.figures.total).toBe(1);
  });

  it('refuses bad filters with 400 naming the field and its rule, before any service', async () => {
    const area = await get('/registry?areaCode=46', 'officer');
    expect(area.status).toBe(400);
    expect(area.body.violations).toEqual([
      expect.objectContaining({ field: 'areaCode', rule: 'matches' }),
    ]);
    const year = await get('/cohorts?year=1999', 'officer');
    expect(year.status).toBe(400);
    expect(year.body.violations).toEqual([expect.objectContaining({ field: 'year', rule: 'min' })]);
    expect((await get('/registry.xlsx?areaCode=4501x', 'officer')).status).toBe(400);
  });

  it('refuses an applicant with 403, on the views and their exports', async () => {
    for (const path of ['/registry', '/registry.xlsx', '/cohorts', '/cohorts.xlsx']) {
      expect([path, (await get(path, 'applicant')).status]).toEqual([path, 403]);
    }
  });

  it('cohort outcomes: the base and cohort named, staff see their base', async () => {
    const res = await get('/cohorts?areaCode=4501', 'incubator');
    expect(res.status).toBe(200);
    expect(res.body.area).toEqual({ code: '4501', name: '南宁市', level: 'CITY' });
    expect(res.body.totals).toMatchObject({ applied: 1, admitted: 0 });
    expect(res.body.children).toEqual([
      expect.objectContaining({ code: '450103', name: '青秀区', applied: 1 }),
    ]);
    expect(res.body.cohorts).toEqual([
      expect.objectContaining({
        baseName: baseBody().name,
        cohortName: cohortBody('x').name,
        applied: 1,
      }),
    ]);
  });

  it('exports the registry as Excel: filter and Beijing time first, numbers as numbers, Chinese labels', async () => {
    const res = await fetch(`${platform.api}/v1/dashboards/registry.xlsx?areaCode=4501`, {
      headers: { authorization: `Bearer ${tokens.officer}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain(XLSX);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.getWorksheet('分地区统计')!;
    expect(String(sheet.getCell('A1').value)).toMatch(
      /^筛选条件：地区：南宁市（市）；年度：全部年度；导出时间：\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}（北京时间）$/,
    );
    const headers = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(headers).toEqual(expect.arrayContaining(['组织总数', '街道备案', '社区指导', '农村']));
    expect(sheet.getCell('A3').value).toBe('青秀区');
    expect(sheet.getCell('D3').value).toBe(2); // 组织总数, a number cell
    const text = JSON.stringify(workbook.worksheets.map((s) => s.getSheetValues()));
    expect(text).not.toMatch(/STREET_FILED|COMMUNITY_GUIDED|RURAL|PUBLIC_WELFARE|COUNTY/);
  });

  it('exports cohort outcomes as Excel, read back', async () => {
    const res = await fetch(`${platform.api}/v1/dashboards/cohorts.xlsx`, {
      headers: { authorization: `Bearer ${tokens.officer}` },
    });
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.getWorksheet('各批次成效')!;
    expect((sheet.getRow(2).values as unknown[]).slice(1, 6)).toEqual([
      '孵化基地',
      '批次',
      '开始年度',
      '申请',
      '入驻',
    ]);
    expect(sheet.getCell('B3').value).toBe(cohortBody('x').name);
    expect(sheet.getCell('D3').value).toBe(1);
  });
});
