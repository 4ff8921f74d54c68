import type { FundingDashboardView, MoneyFiguresView, PolicyShareView } from '@civic/contracts';
import { shareAgainst, shareOf } from '@civic/domain/dashboards';
import ExcelJS from 'exceljs';
import { DivisionNames } from './division-names';
import { fundingWorkbook } from './funding-export';
import { namedFunding, namedTimeliness } from './named-views';
import { timelinessWorkbook } from './timeliness-export';
import { mergedTimeliness } from './timeliness-merge';

const AT = new Date('2026-12-07T09:30:05Z'); // 17:30:05 in Beijing

const money = (committedFen: number, paidFen: number): MoneyFiguresView => ({
  commitments: 1,
  committedFen,
  awaitingBatchFen: 0,
  inBatchFen: 0,
  paidFen,
  failedFen: 0,
  releasedFen: 0,
  clawedBackFen: 0,
  recoveredFen: 0,
});
const share = (rule: string, part: number, whole: number, target?: number): PolicyShareView =>
  target === undefined
    ? { ...shareOf(part, whole), rule, targetPercent: null, met: null, policyVersion: null }
    : { ...shareAgainst(part, whole, target), rule, policyVersion: '2026.1' };
const shares = {
  rural: share('R14', 13_345, 5_000_000, 30),
  publicWelfare: share('R12', 1, 5_000_000),
  governmentFunctions: share('R12', 0, 5_000_000),
  eldercare: share('R21', 600, 1_000, 55),
  partyLed: share('R10', 2_500_000, 5_000_000),
};

/** A funding view as finance answers it: codes, no names. */
const FUNDING: FundingDashboardView = {
  years: [2026],
  year: 2026,
  fund: 'LOTTERY_WELFARE',
  programme: null,
  area: { code: '45', name: '', level: 'PROVINCE' },
  totals: money(5_200_000, 123_456),
  byProgramme: [
    { programme: 'lottery-fund', fund: 'LOTTERY_WELFARE', ...money(5_200_000, 123_456) },
  ],
  children: [{ code: '4501', name: '', level: 'CITY', ...money(5_000_000, 123_456) }],
  counties: [{ code: '450103', name: '', level: 'COUNTY', ...money(5_000_000, 123_456) }],
  areaUnknown: money(200_000, 0),
  shares,
  paidShares: shares,
  progress: {
    ...money(5_200_000, 123_456),
    inBatch: shareOf(0, 5_200_000),
    paid: shareOf(123_456, 5_200_000),
    released: shareOf(0, 5_200_000),
  },
  targetsFrom: 'SEED',
};

async function read(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer as ArrayBuffer);
  return workbook;
}

const values = (sheet: ExcelJS.Worksheet, row: number) =>
  (sheet.getRow(row).values as unknown[]).slice(1);

describe('funding and timeliness exports (issue #18)', () => {
  const names = new DivisionNames();

  it('rule R26: funding money as yuan numbers in a yuan format, programmes and funds in Chinese, the filter and Beijing time first', async () => {
    const workbook = await read(await fundingWorkbook(namedFunding(FUNDING, names), names, AT));
    const programmes = workbook.getWorksheet('分项目资金')!;
    expect(values(programmes, 1)[0]).toBe(
      '筛选条件：地区：广西壮族自治区（省（自治区），按受助组织所在地）；年度：2026 财年；资金：彩票公益金；项目类型：全部项目；目标来源：平台默认政策版本（财务服务不保存政策副本）；导出时间：2026-12-07 17:30:05（北京时间）',
    );
    expect(values(programmes, 3).slice(0, 4)).toEqual(['彩票公益金资助', '彩票公益金', 1, 52_000]);
    expect(programmes.getRow(3).getCell(4).numFmt).toBe('#,##0.00"元"');
    expect(programmes.getRow(3).getCell(7).value).toBe(1_234.56);
    const areas = workbook.getWorksheet('分地区资金')!;
    expect(values(areas, 3).slice(0, 3)).toEqual(['南宁市', '4501', '市']);
    expect(values(areas, 4)[0]).toBe('所在地不详');
    expect(values(areas, 5).slice(0, 5)).toEqual([
      '合计：广西壮族自治区',
      '45',
      '省（自治区）',
      1,
      52_000,
    ]);
    expect(values(workbook.getWorksheet('各县资金')!, 3).slice(0, 3)).toEqual([
      '青秀区',
      '南宁市',
      '450103',
    ]);
    const policy = workbook.getWorksheet('政策占比')!;
    // 13,345 fen of 5,000,000 is 0.3 %, never "0%"; the target and whether it is reached in words.
    expect(values(policy, 3)).toEqual([
      '农村社区社会组织',
      'R14',
      133.45,
      50_000,
      '0.3%',
      '≥ 30%',
      '未达到',
      '0.3%',
    ]);
    expect(values(policy, 4)[6]).toBe('—');
    const everything = JSON.stringify(workbook.worksheets.map((s) => s.getSheetValues()));
    for (const code of ['LOTTERY_WELFARE', 'lottery-fund', 'PROVINCE', 'CITY', 'SEED']) {
      expect(everything).not.toContain(code);
    }
  });

  it('rule R16, rule R28: timeliness as day counts, programmes in Chinese, a dash where nothing was counted', async () => {
    const view = namedTimeliness(
      mergedTimeliness(
        [
          {
            programme: 'venture',
            years: [2026],
            buckets: [{ areaCode: '4501', stage: 'DECISION', days: 3, count: 2 }],
          },
        ],
        { year: 2026, programme: 'venture' },
      ),
      names,
    );
    const workbook = await read(await timelinessWorkbook(view, AT));
    const sheet = workbook.getWorksheet('分项目时效')!;
    expect(values(sheet, 1)[0]).toMatch(
      /^筛选条件：地区：广西壮族自治区.*2026 年提交的申请；项目类型：公益创投.*（北京时间）$/,
    );
    expect(values(sheet, 2)).toEqual([
      '项目类型',
      '申请至决定：件数',
      '申请至决定：中位天数',
      '申请至决定：90%用时（天）',
      '申请至拨付：件数',
      '申请至拨付：中位天数',
      '申请至拨付：90%用时（天）',
    ]);
    expect(values(sheet, 3)).toEqual(['公益创投', 2, 3, 3, 0, '—', '—']);
    expect(values(workbook.getWorksheet('分地区时效')!, 3).slice(0, 4)).toEqual([
      '南宁市',
      '4501',
      '市',
      2,
    ]);
  });
});
