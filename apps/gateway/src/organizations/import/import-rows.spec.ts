import ExcelJS from 'exceljs';
import { Divisions } from '../../divisions/divisions';
import { columnOfHeader } from './import-column-lookup';
import { IMPORT_COLUMNS, type ImportColumn } from './import-columns';
import { cellText, fenOfYuan, mapRow, monthOf, validateRow } from './import-rows';
import { ImportFileError, readImportSheet } from './import-sheet';
import { buildImportTemplate, TEMPLATE_HEADER_ROW } from './import-template';
import { divisionLookup } from './organization-importer';

const divisions = divisionLookup(Divisions.load());

/** A row as cells under the template's headers. */
function row(values: Record<string, unknown>): Map<ImportColumn, unknown> {
  return new Map(
    Object.entries(values).map(([header, value]) => {
      const column = columnOfHeader(header);
      if (!column) throw new Error(`no column ${header}`);
      return [column, value] as const;
    }),
  );
}

const GOOD = {
  名称: '新竹社区夕阳红志愿服务队',
  类别: '公益慈善类',
  城乡: '城市',
  '社区（村）代码': '450103001005',
  成员数: 12,
  '注册资金（元）': 2000,
  通讯地址: '南宁市青秀区新竹路 8 号',
  邮政编码: 530022,
  联系人: '李红',
  联系电话: '13800771234',
  负责人姓名: '王建国',
  负责人是否党员: '是',
};

const check = (values: Record<string, unknown>) => validateRow(mapRow(row(values), divisions));

describe('importing organizations: a row as a registration (issue #18)', () => {
  it('maps labels to codes, yuan to fen (R26), the location from the community code (R1)', () => {
    const mapped = mapRow(
      row({
        ...GOOD,
        服务对象: '老年人、儿童',
        服务领域: '养老托育',
        活动月份: '2026-9，2026年10月',
      }),
      divisions,
    );
    expect(mapped.errors).toEqual([]);
    expect(mapped.plain).toMatchObject({
      category: 'PUBLIC_WELFARE',
      areaType: 'URBAN',
      registeredFundsFen: 200_000,
      memberCount: 12,
      isFederation: false,
      servedGroups: ['ELDERLY', 'CHILDREN'],
      serviceField: 'ELDERCARE_CHILDCARE',
      activityMonths: ['2026-09', '2026-10'],
      location: {
        countyCode: '450103',
        countyName: '青秀区',
        streetCode: '450103001',
        streetName: '新竹街道',
        communityCode: '450103001005',
        communityName: '新竹社区居委会',
      },
      postalAddress: { postcode: '530022', contactPhone: '13800771234' },
      leaders: [{ name: '王建国', role: '负责人', isPartyMember: true }],
    });
    expect(validateRow(mapped)).toEqual([]);
  });

  it('finds the codes from the names, as an export has them (R1)', () => {
    const { '社区（村）代码': _code, ...named } = GOOD;
    const mapped = mapRow(
      row({ ...named, 区县: '青秀区', '街道（乡镇）': '新竹街道', '社区（村）': '新竹社区居委会' }),
      divisions,
    );
    expect(mapped.plain.location).toMatchObject({ communityCode: '450103001005' });
    const unknown = check({
      ...named,
      区县: '青秀区',
      '街道（乡镇）': '无此街道',
      '社区（村）': '某社区',
    });
    expect(unknown).toContainEqual(
      expect.objectContaining({ column: '街道（乡镇）', rule: 'division' }),
    );
  });

  it('accepts the export’s English headers and labels, and its formula escape', () => {
    const mapped = mapRow(
      new Map([
        [columnOfHeader('Category')!, 'Public welfare and charity'],
        [columnOfHeader('Urban/rural')!, 'rural'],
        [columnOfHeader('Name')!, "'=cmd|' /C calc'!A0"],
        [columnOfHeader('Party-led (R10)')!, 'Yes'],
      ]),
      divisions,
    );
    expect(mapped.errors).toEqual([]);
    expect(mapped.plain).toMatchObject({
      category: 'PUBLIC_WELFARE',
      areaType: 'RURAL',
      name: "=cmd|' /C calc'!A0",
      leaders: [{ isPartyMember: true }],
    });
  });

  it('names the column, the field and the rule of every bad cell', () => {
    const errors = check({
      ...GOOD,
      类别: '不存在的类别',
      '注册资金（元）': '12.345',
      成员数: '十二',
      邮政编码: '5300',
      负责人是否党员: '也许',
      统一社会信用代码: 'ABC',
    });
    const brief = errors.map((e) => [e.column, e.field, e.rule]);
    expect(brief).toEqual(
      expect.arrayContaining([
        ['类别', 'category', 'isIn'],
        ['注册资金（元）', 'registeredFundsFen', 'R26'],
        ['成员数', 'memberCount', 'isInt'],
        ['负责人是否党员', 'leaders.0.isPartyMember', 'isBoolean'],
        ['邮政编码', 'postalAddress.postcode', 'matches'],
        ['统一社会信用代码', 'uscc', expect.any(String)],
      ]),
    );
    // a cell that could not be read is not reported again by the DTO's rules
    expect(errors.filter((e) => e.field === 'category')).toHaveLength(1);
  });

  it('reports what a registration needs and the row left blank', () => {
    const errors = check({ 名称: '只有名称的组织' });
    const fields = errors.map((e) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining(['category', 'areaType', 'memberCount', 'registeredFundsFen']),
    );
    expect(errors.find((e) => e.field.startsWith('leaders'))?.column).toBe('负责人姓名');
    expect(errors.find((e) => e.field.startsWith('location'))?.column).toBeTruthy();
  });

  it('reads yuan, months and cells as Excel stores them', () => {
    expect(fenOfYuan(1234.56)).toBe(123_456);
    expect(fenOfYuan('1,500.00 元')).toBe(150_000);
    expect(fenOfYuan('1.005')).toBe('cents');
    expect(fenOfYuan('abc')).toBe('notNumber');
    expect(monthOf(new Date(Date.UTC(2026, 8, 1)))).toBe('2026-09');
    expect(monthOf('2026/3')).toBe('2026-03');
    expect(cellText({ richText: [{ text: '新竹' }, { text: '社区' }] })).toBe('新竹社区');
    expect(cellText({ formula: '1+1', result: 2 })).toBe('2');
    // an 18-digit number has lost digits in Excel already: refused, not guessed
    expect(check({ ...GOOD, 负责人身份证号: 450103198805120000 })).toContainEqual(
      expect.objectContaining({ column: '负责人身份证号', rule: 'textCell' }),
    );
  });
});

describe('importing organizations: the workbook (issue #18)', () => {
  it('reads back its own template: headers, the example row, valid', async () => {
    const sheet = await readImportSheet(await buildImportTemplate());
    expect(sheet.headerRow).toBe(TEMPLATE_HEADER_ROW);
    expect(sheet.rows).toHaveLength(1);
    expect([...sheet.rows[0].cells.keys()]).toEqual(IMPORT_COLUMNS);
    expect(validateRow(mapRow(sheet.rows[0].cells, divisions))).toEqual([]);
  });

  it('offers the labels of each coded column as a drop-down', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buildImportTemplate()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const categoryColumn = IMPORT_COLUMNS.findIndex((c) => c.key === 'category') + 1;
    const validation = sheet.getCell(TEMPLATE_HEADER_ROW + 3, categoryColumn).dataValidation;
    expect(validation).toMatchObject({ type: 'list' });
    const options = workbook.getWorksheet('可选值')!;
    expect(options.state).toBe('hidden');
    expect(options.getColumn(1).values.slice(2)).toEqual([
      '生活服务类',
      '公益慈善类',
      '居（村）民互助类',
      '文体娱乐类',
      '农村生产技术服务类',
    ]);
  });

  const refusal = async (bytes: Buffer) => {
    try {
      await readImportSheet(bytes);
    } catch (error) {
      if (error instanceof ImportFileError) return [error.status, error.code, error.violations];
      throw error;
    }
    throw new Error('not refused');
  };

  const workbookOf = async (rows: unknown[][]) => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('s');
    rows.forEach((r) => sheet.addRow(r));
    return Buffer.from(await workbook.xlsx.writeBuffer());
  };

  it('refuses whole a file that is not a workbook, has no header, lacks columns or rows', async () => {
    expect(await refusal(Buffer.alloc(0))).toEqual([400, 'EMPTY_FILE', expect.any(Array)]);
    expect(await refusal(Buffer.from('名称,类别\n某组织,公益慈善类'))).toEqual([
      400,
      'NOT_XLSX',
      [expect.objectContaining({ field: '(file)', rule: 'xlsx' })],
    ]);
    expect(
      (
        await refusal(
          await workbookOf([
            ['甲', '乙'],
            [1, 2],
          ]),
        )
      )[1],
    ).toBe('MISSING_HEADER');
    const [, code, violations] = await refusal(await workbookOf([['名称', '类别'], ['某组织']]));
    expect(code).toBe('MISSING_COLUMNS');
    expect(violations).toContainEqual(
      expect.objectContaining({
        field: '通讯地址 (postalAddress.address)',
        rule: 'requiredColumn',
      }),
    );
    const headers = IMPORT_COLUMNS.filter((c) => c.required).map((c) => c.header);
    expect((await refusal(await workbookOf([headers])))[1]).toBe('NO_ROWS');
  });

  it('refuses more than 2,000 rows with a 422 naming the rule', async () => {
    const headers = IMPORT_COLUMNS.filter((c) => c.required).map((c) => c.header);
    const rows = Array.from({ length: 2001 }, (_, i) => [`组织 ${i}`]);
    const [status, code, violations] = await refusal(await workbookOf([headers, ...rows]));
    expect([status, code]).toEqual([422, 'TOO_MANY_ROWS']);
    expect(violations).toEqual([expect.objectContaining({ field: '(file)', rule: 'maxRows' })]);
  });
});
