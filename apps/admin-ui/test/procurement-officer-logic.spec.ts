import { namePathOf } from '../src/common/form-violations';
import { decisionsFor } from '../src/procurement/directory/decisions';
import type { DirectoryEntryView } from '../src/procurement/directory/directory-types';
import {
  toUndertakerDto,
  UNDERTAKER_MAPPING,
  type UndertakerFormValues,
} from '../src/procurement/directory/undertaker-values';
import { emptyScores, sheetPoints, toBidScores } from '../src/procurement/panel/score-values';
import {
  criteriaWeight,
  DEFAULT_CRITERIA,
  PROJECT_MAPPING,
  type ProjectFormValues,
  regionWithin,
  toProjectDto,
} from '../src/procurement/projects/project-values';

// Pure parts of the officers' and panel members' government purchase pages (R24, R25, R18, R26).

const COMPANY: UndertakerFormValues = {
  kind: 'COMPANY',
  name: ' 广西康宁养老服务有限公司 ',
  creditCode: ' 91450103ma5l000118 ',
  residentId: '450103198805120023',
  serviceAreas: ['450100'],
  serviceCategories: [' 基本公共服务 ', ''],
  contactName: ' 李红',
  contactPhone: '13800771234 ',
};

describe('the undertaker an officer enters (R24; Order 102 art. 6–8)', () => {
  it('sends a company by its credit code, upper-cased, and no resident ID', () => {
    expect(toUndertakerDto(COMPANY)).toEqual({
      kind: 'COMPANY',
      name: '广西康宁养老服务有限公司',
      creditCode: '91450103MA5L000118',
      serviceAreas: ['450100'],
      serviceCategories: ['基本公共服务'],
      contactName: '李红',
      contactPhone: '13800771234',
    });
  });

  it('sends an individual by the resident ID number (R30), and no credit code', () => {
    const dto = toUndertakerDto({
      ...COMPANY,
      kind: 'INDIVIDUAL',
      residentId: '45010319880512002x',
    });
    expect(dto).toMatchObject({ kind: 'INDIVIDUAL', residentId: '45010319880512002X' });
    expect(dto).not.toHaveProperty('creditCode');
  });

  it('shows a violation on one area or category on the select that holds them', () => {
    expect(namePathOf('serviceCategories.1', UNDERTAKER_MAPPING)).toEqual(['serviceCategories']);
    expect(namePathOf('serviceAreas.0', UNDERTAKER_MAPPING)).toEqual(['serviceAreas']);
  });

  it('offers the decisions the entry’s status allows (R24)', () => {
    const entry = (status: DirectoryEntryView['status']) => ({ status });
    expect(decisionsFor(entry('PENDING'))).toEqual(['LISTED', 'REFUSED']);
    expect(decisionsFor(entry('LISTED'))).toEqual(['REMOVED']);
    expect(decisionsFor(entry('REFUSED'))).toEqual([]);
    expect(decisionsFor(entry('REMOVED'))).toEqual([]);
  });
});

const PROJECT: ProjectFormValues = {
  fiscalYear: 2026,
  catalogueItemId: '7f1d2b1e-0000-4000-8000-000000000001',
  regionCode: '450103',
  title: ' 青秀区居家养老上门探访服务 ',
  description: ' 每月两次上门探访 ',
  budgetYuan: '300000.05',
  method: 'PUBLIC_TENDER',
  methodJustification: '  依法公开招标 ',
  contractMonths: 12,
  criteria: DEFAULT_CRITERIA.map((c) => ({ ...c })),
};

describe('the purchase project body (R25, R12, R26)', () => {
  it('sends the budget typed in yuan as integer fen and the criteria as announced', () => {
    const dto = toProjectDto(PROJECT);
    expect(dto).toMatchObject({
      title: '青秀区居家养老上门探访服务',
      description: '每月两次上门探访',
      budgetFen: 30_000_005,
      budgetSecured: false,
      reservedForSocialOrganizations: false,
    });
    expect(dto.criteria).toEqual([
      {
        key: 'plan',
        name: 'service plan',
        nameZh: '服务方案',
        weight: 50,
        max: 100,
        kind: 'PANEL',
        tilt: false,
      },
      {
        key: 'team',
        name: 'team and experience',
        nameZh: '团队与经验',
        weight: 30,
        max: 100,
        kind: 'PANEL',
        tilt: false,
      },
      {
        key: 'price',
        name: 'price',
        nameZh: '价格',
        weight: 20,
        max: 100,
        kind: 'PRICE',
        tilt: false,
      },
    ]);
  });

  it('sends a justification only for a method other than the public tender', () => {
    expect(toProjectDto(PROJECT)).not.toHaveProperty('methodJustification');
    expect(toProjectDto({ ...PROJECT, method: 'SINGLE_SOURCE' }).methodJustification).toBe(
      '依法公开招标',
    );
    expect(
      toProjectDto({ ...PROJECT, method: 'SINGLE_SOURCE', methodJustification: ' ' }),
    ).not.toHaveProperty('methodJustification');
  });

  it('totals the weights typed, skipping empty rows, and starts from 100', () => {
    expect(criteriaWeight(DEFAULT_CRITERIA)).toBe(100);
    expect(criteriaWeight([{ weight: 60 }, { weight: null }, undefined, { weight: 15 }])).toBe(75);
  });

  it('puts the budget’s violation on the yuan field, a criterion’s on its row', () => {
    expect(namePathOf('budgetFen', PROJECT_MAPPING)).toEqual(['budgetYuan']);
    expect(namePathOf('criteria.2.weight', PROJECT_MAPPING)).toEqual(['criteria', 2, 'weight']);
  });

  it('knows a region within another: a county in its city, a city in the province', () => {
    expect(regionWithin('450103', '450000')).toBe(true);
    expect(regionWithin('450103', '450100')).toBe(true);
    expect(regionWithin('450103', '450103')).toBe(true);
    expect(regionWithin('450203', '450100')).toBe(false);
    expect(regionWithin('440103', '450000')).toBe(false);
  });
});

describe('a panel member’s score sheet (R25, R18)', () => {
  const criteria = DEFAULT_CRITERIA.filter((c) => c.kind === 'PANEL').map((c) => ({
    key: c.key!,
    name: c.name!,
    nameZh: c.nameZh!,
    weight: c.weight!,
    max: c.max!,
    kind: 'PANEL' as const,
  }));

  it('sends the scores typed and leaves an empty one out, for the API to name', () => {
    expect(toBidScores({ scores: { plan: 90, team: null } })).toEqual({ plan: 90 });
    expect(emptyScores(criteria)).toEqual({ scores: { plan: null, team: null } });
  });

  it('weighs the sheet once every criterion is scored, to two decimals', () => {
    expect(sheetPoints(criteria, { plan: 90 })).toBeUndefined();
    expect(sheetPoints(criteria, { plan: 90, team: 80 })).toBe(69);
    expect(sheetPoints(criteria, { plan: 80, team: 85.5 })).toBe(65.65);
  });
});
