import type { CohortDashboardView, RegistryDashboardView } from '@civic/contracts';
import { shareOf } from '@civic/domain/dashboards';
import ExcelJS from 'exceljs';
import { cohortWorkbook } from './cohort-export';
import { addTableSheet, type SheetColumn } from './dashboard-sheet';
import { DivisionNames } from './division-names';
import { namedRegistry } from './named-views';
import { registryWorkbook } from './registry-export';

const AT = new Date('2026-12-07T09:30:05Z'); // 17:30:05 in Beijing

const figures = (total: number, partyLed: number) => ({
  total,
  byTier: { REGISTERED: 1, STREET_FILED: total - 2, COMMUNITY_GUIDED: 1 },
  byAreaType: { URBAN: total - 1, RURAL: 1 },
  byCategory: {
    LIFE_SERVICE: 0,
    PUBLIC_WELFARE: total,
    MUTUAL_AID: 0,
    CULTURE_SPORTS: 0,
    RURAL_PRODUCTION: 0,
  },
  partyLed: shareOf(partyLed, total),
  rural: shareOf(1, total),
  publicWelfare: shareOf(total, total),
});

/** A registry view as organizations answers it: codes, no names. */
const REGISTRY: RegistryDashboardView = {
  years: [2026],
  year: 2026,
  area: { code: '4501', name: '', level: 'CITY' },
  figures: figures(2_001, 1),
  children: [
    { code: '450103', name: '', level: 'COUNTY', ...figures(2_000, 1) },
    { code: '450127', name: '', level: 'COUNTY', ...figures(1, 0) },
  ],
  tiersByCounty: [
    {
      code: '450103',
      name: '',
      cityName: '',
      total: 2_000,
      byTier: { REGISTERED: 1, STREET_FILED: 1998, COMMUNITY_GUIDED: 1 },
    },
  ],
};

async function read(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer as ArrayBuffer);
  return workbook;
}

const values = (sheet: ExcelJS.Worksheet, row: number) =>
  (sheet.getRow(row).values as unknown[]).slice(1);

describe('dashboard exports (issue #18)', () => {
  const names = new DivisionNames();

  it('names divisions from the divisions list: province, city, county, street, and a county’s city', () => {
    expect(['45', '4501', '450103', '450103001'].map((c) => names.nameOf(c))).toEqual([
      '广西壮族自治区',
      '南宁市',
      '青秀区',
      '新竹街道',
    ]);
    expect(names.cityNameOf('450202')).toBe('柳州市');
    expect(names.nameOf('450199999')).toBe('450199999'); // unknown: its code, never a blank
  });

  it('registry: a first row with the filter and the Beijing time, Chinese headers, counts as numbers, no codes', async () => {
    const view = namedRegistry(REGISTRY, names);
    const workbook = await read(await registryWorkbook(view, AT));
    const sheet = workbook.getWorksheet('分地区统计')!;
    expect(values(sheet, 1)).toEqual([
      '筛选条件：地区：南宁市（市）；年度：截至 2026 年底登记；导出时间：2026-12-07 17:30:05（北京时间）',
    ]);
    expect(values(sheet, 2)).toEqual(
      expect.arrayContaining([
        '地区',
        '组织总数',
        '登记',
        '街道备案',
        '社区指导',
        '农村',
        '公益慈善类',
      ]),
    );
    expect(values(sheet, 3).slice(0, 5)).toEqual(['青秀区', '450103', '县（市、区）', 2000, 1]);
    expect(sheet.getRow(3).getCell(4).numFmt).toBe('#,##0');
    // the share is written as shown, never rounded to 0 %: 1 of 2,000 is 0.1 %, not "0%"
    expect(values(sheet, 3)).toContain('0.1%');
    expect(values(sheet, 5)[0]).toBe('合计：南宁市');
    const everything = JSON.stringify(workbook.worksheets.map((s) => s.getSheetValues()));
    for (const code of ['STREET_FILED', 'PUBLIC_WELFARE', 'URBAN', 'COUNTY']) {
      expect(everything).not.toContain(code);
    }
    const counties = workbook.getWorksheet('各县分类管理')!;
    expect(values(counties, 3).slice(0, 4)).toEqual(['青秀区', '南宁市', '450103', 2000]);
  });

  it('cohorts: each cohort with its outcomes labelled in Chinese, and a formula in a name escaped', async () => {
    const outcomes = {
      applied: 4,
      admitted: 2,
      waitlisted: 1,
      rejected: 1,
      active: 1,
      graduated: 1,
      exited: 0,
      graduation: shareOf(1, 2),
    };
    const view: CohortDashboardView = {
      years: [2026],
      year: null,
      area: { code: '45', name: '广西壮族自治区', level: 'PROVINCE' },
      totals: outcomes,
      children: [{ code: '4501', name: '南宁市', level: 'CITY', ...outcomes }],
      cohorts: [
        {
          baseId: 'b',
          baseName: '=HYPERLINK("http://evil.example","基地")',
          cohortId: 'c',
          cohortName: '2026 年春季孵化',
          year: 2026,
          ...outcomes,
        },
      ],
    };
    const workbook = await read(await cohortWorkbook(view, AT));
    const sheet = workbook.getWorksheet('各批次成效')!;
    expect(values(sheet, 1)[0]).toMatch(/^筛选条件：地区：广西壮族自治区.*全部年度.*（北京时间）$/);
    expect(values(sheet, 2)).toEqual([
      '孵化基地',
      '批次',
      '开始年度',
      '申请',
      '入驻',
      '候补',
      '未入选',
      '在孵',
      '出壳',
      '退出',
      '出壳率',
    ]);
    expect(values(sheet, 3)).toEqual([
      `'=HYPERLINK("http://evil.example","基地")`,
      '2026 年春季孵化',
      2026,
      4,
      2,
      1,
      1,
      1,
      1,
      0,
      '50%',
    ]);
  });

  it('rule R26: money goes in as a number of yuan in a yuan format, so Excel can sum it', async () => {
    const workbook = new ExcelJS.Workbook();
    const columns: SheetColumn<{ fen: number }>[] = [
      { header: '已拨付（元）', width: 14, kind: 'yuan', value: (r) => r.fen },
    ];
    addTableSheet(workbook, '资金', 'x', columns, [{ fen: 1_234_567 }, { fen: 5 }]);
    const sheet = (await read(Buffer.from(await workbook.xlsx.writeBuffer()))).getWorksheet(
      '资金',
    )!;
    expect(sheet.getRow(3).getCell(1).value).toBe(12_345.67);
    expect(sheet.getRow(4).getCell(1).value).toBe(0.05);
    expect(sheet.getRow(3).getCell(1).numFmt).toBe('#,##0.00"元"');
    expect(() => addTableSheet(new ExcelJS.Workbook(), 'x', 'x', columns, [{ fen: 1.5 }])).toThrow(
      /fen expected/,
    );
  });
});
