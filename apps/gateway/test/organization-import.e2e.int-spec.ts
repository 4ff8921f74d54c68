import { randomInt, randomUUID } from 'node:crypto';
import { usccCheckCharacter } from '@civic/domain/identifiers';
import {
  HENGZHOU_LOCATION,
  http,
  organizationBody,
  startPlatform,
  XINZHU_LOCATION,
} from '@civic/testing';
import ExcelJS from 'exceljs';
import { Client } from 'pg';
import { download } from './exports-world';

jest.setTimeout(400_000);

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A fresh social organization's USCC (civil affairs, 5; a valid check character, R29). */
function uscc(): string {
  const first17 = `52450103MJ${String(randomInt(10_000_000)).padStart(7, '0')}`;
  return first17 + usccCheckCharacter(first17);
}

/** A good row under the template's headers, in the demo street officer's street. */
function goodRow(name: string, overrides: Record<string, unknown> = {}) {
  return {
    名称: name,
    类别: '公益慈善类',
    城乡: '城市',
    区县: XINZHU_LOCATION.countyName,
    '街道（乡镇）': XINZHU_LOCATION.streetName,
    '社区（村）': XINZHU_LOCATION.communityName,
    '社区（村）代码': XINZHU_LOCATION.communityCode,
    成员数: 12,
    '注册资金（元）': 2000,
    服务对象: '老年人、儿童',
    通讯地址: '南宁市青秀区新竹路 8 号',
    邮政编码: '530022',
    联系人: '李红',
    联系电话: '13800771234',
    负责人姓名: '王建国',
    负责人是否党员: '是',
    ...overrides,
  };
}

type Row = Record<string, unknown>;

/** A workbook of rows (each a record by header) under one header row of every key used. */
async function workbookOf(rows: readonly Row[], above: string[] = []): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('组织导入');
  for (const line of above) sheet.addRow([line]);
  const headers = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(headers.map((h) => row[h] ?? null));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

interface ImportReport {
  created: number;
  failed: number;
  headerRow: number;
  rows: {
    row: number;
    status: string;
    organizationId?: string;
    errors: { column: string; field: string; rule: string; message: string }[];
  }[];
}

/**
 * Importing organizations from Excel through the gateway (issue #18), with the registry as a real
 * process on Postgres and Redis: good rows are registered as `POST /v1/organizations` registers
 * them (tier decided, audited), bad rows store nothing and are reported by column, field and rule;
 * a USCC twice in the file or already registered is a duplicate (R29); a street officer imports
 * only into its street; the same Idempotency-Key registers nothing twice; the template and an
 * exported registry are read back; bad files are refused whole.
 */
describe('importing organizations from Excel (issue #18)', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: Client;
  let street: string;
  let admin: string;

  const count = async () =>
    Number((await db.query('SELECT count(*) FROM organizations.organization')).rows[0].count);
  const upload = (
    bytes: Buffer | string | object,
    token = street,
    headers: Record<string, string> = {},
  ) =>
    http(
      'POST',
      `${platform.api}/v1/organizations/import`,
      typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes,
      { token, language: 'zh-CN', headers },
    );

  beforeAll(async () => {
    platform = await startPlatform();
    db = new Client({ connectionString: platform.databaseUrl });
    await db.connect();
    street = await platform.login('street');
    admin = await platform.login('admin');
  });

  afterAll(async () => {
    await db?.end();
    await platform?.stop();
  });

  it('registers the good rows, stores nothing of the bad ones, and reports each by column and rule', async () => {
    const taken = uscc();
    const registered = await http(
      'POST',
      `${platform.api}/v1/organizations`,
      organizationBody({ name: '已登记的组织', uscc: taken, registeredFundsFen: 300_000 }),
      { token: admin },
    );
    expect(registered.status).toBe(201);
    const twice = uscc();
    const before = await count();
    const res = await upload(
      await workbookOf([
        goodRow('导入测试·夕阳红服务队', { 统一社会信用代码: twice }), // row 2
        goodRow('导入测试·坏行', { 类别: '不存在', 邮政编码: '5300', '注册资金（元）': 'abc' }), // 3
        goodRow('导入测试·外街道', {
          区县: HENGZHOU_LOCATION.countyName,
          '街道（乡镇）': HENGZHOU_LOCATION.streetName,
          '社区（村）': HENGZHOU_LOCATION.communityName,
          '社区（村）代码': HENGZHOU_LOCATION.communityCode,
        }), // 4
        goodRow('导入测试·文件内重复', { 统一社会信用代码: twice }), // 5
        goodRow('导入测试·已登记', { 统一社会信用代码: taken }), // 6
        goodRow('导入测试·农村互助会', { 城乡: '农村', 类别: '居（村）民互助类' }), // 7
      ]),
    );
    expect(res.status).toBe(200);
    const report = res.body as ImportReport;
    expect([report.created, report.failed, report.headerRow]).toEqual([2, 4, 1]);
    expect(report.rows.map((r) => [r.row, r.status])).toEqual([
      [2, 'CREATED'],
      [3, 'INVALID'],
      [4, 'INVALID'],
      [5, 'DUPLICATE'],
      [6, 'DUPLICATE'],
      [7, 'CREATED'],
    ]);
    const errorsOf = (row: number) =>
      report.rows.find((r) => r.row === row)!.errors.map((e) => [e.column, e.field, e.rule]);
    expect(errorsOf(3)).toEqual(
      expect.arrayContaining([
        ['类别', 'category', 'isIn'],
        ['邮政编码', 'postalAddress.postcode', 'matches'],
        ['注册资金（元）', 'registeredFundsFen', 'isNumber'],
      ]),
    );
    // the registry's own scope check: a street officer registers in its own street only
    expect(errorsOf(4)).toEqual([['街道（乡镇）', 'location.streetCode', 'scope']]);
    expect(errorsOf(5)).toEqual([['统一社会信用代码', 'uscc', 'R29']]);
    expect(errorsOf(6)).toEqual([['统一社会信用代码', 'uscc', 'R29']]);
    // messages in the language asked for
    expect(report.rows[1].errors.find((e) => e.field === 'postalAddress.postcode')!.message).toBe(
      '邮政编码必须是 6 位数字',
    );
    expect(report.rows[3].errors[0].message).toContain('统一社会信用代码与第 2 行重复');
    expect(report.rows[4].errors[0].message).toBe('该统一社会信用代码已被登记');
    expect(await count()).toBe(before + 2);

    // each created row is an organization as a single registration makes it: tier, audit
    const created = await http(
      'GET',
      `${platform.api}/v1/organizations/${report.rows[0].organizationId}`,
      undefined,
      { token: street },
    );
    expect(created.body).toMatchObject({
      name: '导入测试·夕阳红服务队',
      uscc: twice,
      registeredFundsFen: 200_000,
      servedGroups: ['ELDERLY', 'CHILDREN'],
      location: { communityCode: XINZHU_LOCATION.communityCode, streetCode: '450103001' },
    });
    expect(created.body.tierDecision.reasons.length).toBeGreaterThan(0);
    const audited = await db.query(
      `SELECT count(*) FROM organizations.audit_entry
        WHERE entity_id = $1 AND action = 'organization.registered'`,
      [report.rows[0].organizationId],
    );
    expect(Number(audited.rows[0].count)).toBe(1);
  });

  it('registers nothing twice when the import is sent again with the same Idempotency-Key', async () => {
    const key = randomUUID();
    const file = await workbookOf([
      goodRow('幂等导入·甲', { 统一社会信用代码: uscc() }),
      goodRow('幂等导入·乙'),
      goodRow('幂等导入·坏行', { 成员数: '许多' }),
    ]);
    const before = await count();
    const first = await upload(file, street, { 'idempotency-key': key });
    expect(first.status).toBe(200);
    expect(first.body.created).toBe(2);
    const again = await upload(file, street, { 'idempotency-key': key });
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(await count()).toBe(before + 2);

    // an import that failed part-way forgets its own key; each row's key still holds: sent
    // again, the rows registered the first time answer with their organization, none is new
    await db.query(`DELETE FROM gateway.idempotency_key WHERE key = $1`, [key]);
    const retried = await upload(file, street, { 'idempotency-key': key });
    expect(retried.status).toBe(200);
    expect(retried.headers.get('idempotent-replayed')).toBeNull();
    expect(retried.body.rows.map((r: { organizationId?: string }) => r.organizationId)).toEqual(
      first.body.rows.map((r: { organizationId?: string }) => r.organizationId),
    );
    expect(await count()).toBe(before + 2);

    // the same key with another file is refused, and stores nothing
    const other = await upload(await workbookOf([goodRow('幂等导入·丙')]), street, {
      'idempotency-key': key,
    });
    expect([other.status, other.body.code]).toEqual([422, 'IDEMPOTENCY_KEY_REUSED']);
    expect(await count()).toBe(before + 2);
  });

  it('gives a template whose example row imports, with drop-downs of the labels', async () => {
    const template = await download(platform.api, '/v1/organizations/import/template.xlsx', street);
    expect(template.status).toBe(200);
    expect(template.headers.get('content-type')).toContain(XLSX);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.bytes as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    const headers = (sheet.getRow(4).values as unknown[]).slice(1);
    expect(headers.slice(0, 3)).toEqual(['名称', '类别', '城乡']);
    expect(sheet.getCell(5, 2).dataValidation).toMatchObject({ type: 'list' });
    const res = await upload(template.bytes);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ created: 1, failed: 0, headerRow: 4 });
    // an applicant may not register, and gets no template either
    const applicant = await platform.login('applicant');
    const refused = await download(
      platform.api,
      '/v1/organizations/import/template.xlsx',
      applicant,
    );
    expect(refused.status).toBe(403);
  });

  it('reads back an exported registry: its headers and labels (R29 duplicates reported)', async () => {
    const code = uscc();
    const name = '导出回读测试·互助会';
    const registered = await http(
      'POST',
      `${platform.api}/v1/organizations`,
      organizationBody({ name, uscc: code, category: 'MUTUAL_AID', registeredFundsFen: 323_456 }),
      { token: admin },
    );
    expect(registered.status).toBe(201);
    const exported = await download(
      platform.api,
      `/v1/organizations/export.xlsx?q=${encodeURIComponent(name)}`,
      street,
    );
    expect(exported.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported.bytes as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    // the export's columns as they are, and the ones a registration needs beyond them
    const extra = goodRow('');
    const more = ['通讯地址', '邮政编码', '联系人', '联系电话', '负责人姓名'] as const;
    const last = sheet.getRow(4).cellCount;
    more.forEach((header, i) => {
      sheet.getCell(4, last + i + 1).value = header;
      sheet.getCell(5, last + i + 1).value = extra[header] as string;
    });
    const res = await upload(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(res.status).toBe(200);
    expect(res.body.headerRow).toBe(4);
    expect(res.body.rows).toEqual([
      expect.objectContaining({
        row: 5,
        status: 'DUPLICATE',
        errors: [
          expect.objectContaining({ column: '统一社会信用代码', field: 'uscc', rule: 'R29' }),
        ],
      }),
    ]);
  });

  it('refuses a bad file whole, naming the field and rule, and stores nothing', async () => {
    const before = await count();
    const violation = (res: { body: { violations?: { field: string; rule: string }[] } }) =>
      res.body.violations?.map((v) => [v.field, v.rule]);

    const json = await http(
      'POST',
      `${platform.api}/v1/organizations/import`,
      { rows: [] },
      { token: street },
    );
    expect([json.status, violation(json)]).toEqual([415, [['Content-Type', 'xlsx']]]);

    const text = await upload('名称,类别\n某组织,公益慈善类');
    expect([text.status, text.body.code, violation(text)]).toEqual([
      400,
      'NOT_XLSX',
      [['(file)', 'xlsx']],
    ]);

    const empty = await upload(Buffer.alloc(0));
    expect([empty.status, empty.body.code]).toEqual([400, 'EMPTY_FILE']);

    const noHeader = await upload(await workbookOf([{ 甲: 1, 乙: 2 }]));
    expect([noHeader.status, noHeader.body.code]).toEqual([422, 'MISSING_HEADER']);

    const { 通讯地址: _address, ...withoutAddress } = goodRow('缺列的组织');
    const missing = await upload(await workbookOf([withoutAddress]));
    expect([missing.status, missing.body.code, violation(missing)]).toEqual([
      422,
      'MISSING_COLUMNS',
      [['通讯地址 (postalAddress.address)', 'requiredColumn']],
    ]);
    expect(missing.body.message).toContain('缺少必填列');

    const many = await upload(
      await workbookOf(Array.from({ length: 2001 }, (_, i) => goodRow(`超量导入 ${i}`))),
    );
    expect([many.status, many.body.code, violation(many)]).toEqual([
      422,
      'TOO_MANY_ROWS',
      [['(file)', 'maxRows']],
    ]);

    const huge = await upload(Buffer.alloc(5 * 1024 * 1024 + 1, 1));
    expect(huge.status).toBe(413);
    expect(await count()).toBe(before);
  });
});
