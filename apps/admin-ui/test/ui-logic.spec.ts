import { ALL_ROLES, Permission, ROLE_LABELS_ZH, ROLE_PERMISSIONS } from '@civic/domain/access';
import {
  AREA_TYPE_LABELS_ZH,
  CATEGORY_LABELS_ZH,
  FOUNDER_BACKGROUND_LABELS_ZH,
  MANAGEMENT_TIER_LABELS_ZH,
  PRIORITY_GROUP_LABELS_ZH,
} from '@civic/domain/organizations';
import {
  BUDGET_CATEGORY_LABELS_ZH,
  LOTTERY_PURPOSE_LABELS_ZH,
  NOTICE_KIND_LABELS_ZH,
} from '@civic/domain/lottery';
import type { FormInstance } from 'antd';
import en from '../src/i18n/en.json';
import zhCN from '../src/i18n/zh-CN.json';
import { applyViolations, namePathOf } from '../src/common/form-violations';
import {
  lastPage,
  MAX_PAGE_SIZE,
  rowsNotShown,
  sortOrderOf,
  sortValue,
} from '../src/common/paging';
import { menuFor, selectedKey } from '../src/layout/menu';
import {
  badAmountLines,
  toApplicationDto,
  toFormViolations,
  totalFen,
} from '../src/lottery/apply/form-values';
import { toRegisterDto, VIOLATION_MAPPING } from '../src/organizations/register/form-values';

// Pure parts of the admin UI, run in the `browser` Jest project (the others skip apps/admin-ui).

describe('menuFor (domain.md "Actors")', () => {
  it.each(ALL_ROLES)('gives %s the entries its permissions allow', (role) => {
    const keys = menuFor({ permissions: ROLE_PERMISSIONS[role] }).map((e) => e.key);
    const can = (p: Permission) => ROLE_PERMISSIONS[role].includes(p);
    expect(keys).toEqual(
      [
        'home',
        // the dashboards (issue #18): for whoever may open one of them
        (can(Permission.ORGANIZATION_STATS) ||
          can(Permission.INCUBATION_READ) ||
          can(Permission.FINANCE_READ)) &&
          'dashboards',
        can(Permission.ORGANIZATION_READ) && 'organizations',
        can(Permission.ORGANIZATION_REGISTER) && 'register',
        can(Permission.SUBSIDY_APPLY) && 'lotteryApply',
        can(Permission.SUBSIDY_APPLY) && 'lotteryMine',
        can(Permission.INCUBATION_APPLY) && 'incubationApply',
        can(Permission.INCUBATION_APPLY) && 'incubationMine',
        can(Permission.VENTURE_APPLY) && 'ventureApply',
        can(Permission.VENTURE_APPLY) && 'ventureMine',
        can(Permission.PROCUREMENT_APPLY) && 'procurementListing',
        can(Permission.PROCUREMENT_APPLY) && 'procurementAnnouncements',
        can(Permission.PROCUREMENT_APPLY) && 'procurementMyBids',
        can(Permission.PROCUREMENT_APPLY) && 'procurementMyContracts',
        can(Permission.SUBSIDY_PROGRAMME_MANAGE) && 'lotteryProgrammes',
        can(Permission.SUBSIDY_REVIEW) && 'lotteryReview',
        can(Permission.SUBSIDY_PROGRAMME_MANAGE) && 'lotteryNotices',
        can(Permission.INCUBATION_READ) && 'incubationCohorts',
        can(Permission.INCUBATION_READ) && 'incubationBases',
        can(Permission.VENTURE_MANAGE) && 'ventureCalls',
        can(Permission.VENTURE_MANAGE) && 'ventureReviewers',
        can(Permission.VENTURE_REVIEW) && 'ventureReviews',
        can(Permission.PROCUREMENT_CATALOGUE_MANAGE) && 'procurementCatalogue',
        can(Permission.PROCUREMENT_DIRECTORY_MANAGE) && 'procurementDirectory',
        can(Permission.PROCUREMENT_PURCHASE_MANAGE) && 'procurementProjects',
        can(Permission.PROCUREMENT_PURCHASE_MANAGE) && 'procurementContracts',
        can(Permission.PROCUREMENT_PURCHASE_MANAGE) && 'procurementExperts',
        can(Permission.PROCUREMENT_EVALUATE) && 'procurementPanel',
        can(Permission.FINANCE_READ) && 'funds',
        can(Permission.FINANCE_READ) && 'payments',
        can(Permission.FINANCE_READ) && 'failedPayments',
        can(Permission.FINANCE_READ) && 'batches',
        can(Permission.FINANCE_READ) && 'clawbacks',
        can(Permission.POLICY_READ) && 'policies',
        can(Permission.USER_MANAGE) && 'users',
        can(Permission.AUDIT_READ) && 'audit',
      ].filter(Boolean),
    );
  });

  it('leads a user bound to an organization to it, and highlights the closest entry', () => {
    const entries = menuFor({ permissions: ['organization.read'], organizationId: 'o-1' });
    expect(entries.map((e) => e.path)).toEqual(['/', '/organizations/o-1', '/organizations']);
    expect(selectedKey(entries, '/organizations/o-1')).toBe('myOrganization');
    expect(selectedKey(entries, '/organizations/o-2')).toBe('organizations');
    expect(selectedKey(entries, '/')).toBe('home');
  });

  it('highlights the batches entry on a batch of its own', () => {
    const entries = menuFor({ permissions: ['finance.read'] });
    expect(entries.map((e) => e.path)).toEqual([
      '/',
      '/dashboards',
      '/finance/funds',
      '/finance/payments',
      '/finance/failed-payments',
      '/finance/batches',
      '/finance/clawbacks',
    ]);
    expect(selectedKey(entries, '/finance/batches/b-1')).toBe('batches');
  });
});

describe('API violations on form fields', () => {
  it('maps dotted fields to antd name paths, with aliases and list fields', () => {
    expect(namePathOf('leaders.0.name')).toEqual(['leaders', 0, 'name']);
    expect(namePathOf('registeredFundsFen', VIOLATION_MAPPING)).toEqual(['registeredFundsYuan']);
    expect(namePathOf('location.streetName', VIOLATION_MAPPING)).toEqual([
      'location',
      'streetCode',
    ]);
    expect(namePathOf('activityMonths.2', VIOLATION_MAPPING)).toEqual(['activityMonths']);
  });

  it('puts each message on its item and returns the ones without an item', () => {
    const set: unknown[] = [];
    const form = {
      getFieldsError: () => [{ name: ['postalAddress', 'postcode'] }, { name: ['name'] }],
      setFields: (fields: unknown[]) => set.push(...fields),
      scrollToField: () => undefined,
    } as unknown as FormInstance;
    const unmatched = applyViolations(form, [
      { field: 'postalAddress.postcode', rule: 'matches', message: '邮政编码必须是 6 位数字' },
      { field: 'leaders', rule: 'arrayMinSize', message: '至少填写一名负责人' },
    ]);
    expect(set).toEqual([
      { name: ['postalAddress', 'postcode'], errors: ['邮政编码必须是 6 位数字'] },
    ]);
    expect(unmatched.map((v) => v.field)).toEqual(['leaders']);
  });
});

describe('the registration body', () => {
  it('sends money as integer fen (R26) and leaves out blank optional texts', () => {
    const dto = toRegisterDto({
      registeredFundsYuan: '2000.5',
      activitySite: '  ',
      uscc: '',
      hasCustodian: false,
      financialCustodian: {
        name: 'x',
        accountName: 'x',
        bankCode: '313',
        bankName: 'x',
        accountNumber: 'x',
      },
      isFederation: false,
      memberOrganizationIds: ['a'],
      leaders: [{ name: '王', role: '负责人' }],
    } as never);
    expect(dto).toMatchObject({ registeredFundsFen: 200_050, activityMonths: [] });
    expect(dto.activitySite).toBeUndefined();
    expect(dto.uscc).toBeUndefined();
    expect(dto.financialCustodian).toBeUndefined();
    expect(dto.memberOrganizationIds).toBeUndefined();
    expect(dto.leaders[0].isPartyMember).toBe(false);
  });
});

describe('i18n resources', () => {
  const keys = (o: object, prefix = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) =>
      typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
    );

  it('have the same keys in Chinese and English', () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort());
  });

  it("use the domain's Chinese labels for roles and enums", () => {
    expect(zhCN.enums.role).toEqual(ROLE_LABELS_ZH);
    expect(zhCN.enums.category).toEqual(CATEGORY_LABELS_ZH);
    expect(zhCN.enums.areaType).toEqual(AREA_TYPE_LABELS_ZH);
    expect(zhCN.enums.tier).toEqual(MANAGEMENT_TIER_LABELS_ZH);
    expect(zhCN.enums.founderBackground).toEqual(FOUNDER_BACKGROUND_LABELS_ZH);
    expect(zhCN.enums.priorityGroup).toEqual(PRIORITY_GROUP_LABELS_ZH);
    expect(zhCN.enums.lotteryPurpose).toEqual(LOTTERY_PURPOSE_LABELS_ZH);
    expect(zhCN.enums.budgetCategory).toEqual(BUDGET_CATEGORY_LABELS_ZH);
    expect(zhCN.enums.noticeKind).toEqual(NOTICE_KIND_LABELS_ZH);
  });

  it('label every permission', () => {
    for (const permission of Object.values(Permission)) {
      const [group, action] = permission.split('.');
      expect(zhCN.permissions).toHaveProperty([group, action]);
    }
  });
});

describe('the lottery application body', () => {
  it('sends amounts typed in yuan as fen (R26), the requested total their sum (R17)', () => {
    const lines = [
      { category: 'SERVICE_DELIVERY' as const, description: ' 上门探访 ', amountYuan: '30000' },
      { category: 'MATERIALS' as const, description: '助老服务包', amountYuan: '15000.5' },
    ];
    expect(totalFen(lines)).toBe(4_500_050);
    expect(badAmountLines([...lines, { amountYuan: '1.234' }])).toEqual([2]);
    const dto = toApplicationDto({
      programmeId: 'p-1',
      projectName: ' 银龄互助 ',
      projectAreaType: 'RURAL',
      beneficiaries: [{ group: 'ELDERLY', count: 120 }],
      budgetLines: lines,
      contactName: '李秀兰',
      contactPhone: '0771-5551234',
      bankAccount: {
        accountName: '服务队',
        accountNumber: '6222020102003456789',
        bankCode: '313',
        bankName: '银行',
      },
    });
    expect(dto).toMatchObject({ projectName: '银龄互助', requestedFen: 4_500_050 });
    expect(dto.budgetLines[0]).toEqual({
      category: 'SERVICE_DELIVERY',
      description: '上门探访',
      amountFen: 3_000_000,
    });
    expect(
      toFormViolations([{ field: 'budgetLines.1.amountFen', rule: 'min', message: 'x' }])[0].field,
    ).toBe('budgetLines.1.amountYuan');
  });
});

describe('lists a page at a time (nothing cut silently)', () => {
  it('counts the rows a page leaves out', () => {
    expect(rowsNotShown(undefined)).toBe(0);
    expect(rowsNotShown({ items: [1, 2], total: 2 })).toBe(0);
    expect(rowsNotShown({ items: new Array(MAX_PAGE_SIZE).fill(0), total: 203 })).toBe(3);
  });

  it('knows the last page, also of an empty list', () => {
    expect(lastPage(0, 20)).toBe(1);
    expect(lastPage(20, 20)).toBe(1);
    expect(lastPage(21, 20)).toBe(2);
  });

  it("turns a table's sorter into the API's sort value, and back", () => {
    const fields = ['title', 'requestedFen', 'status'] as const;
    expect(sortValue({ columnKey: 'title', order: 'ascend' }, fields)).toBe('title');
    expect(sortValue({ columnKey: 'requestedFen', order: 'descend' }, fields)).toBe(
      '-requestedFen',
    );
    expect(sortValue([{ field: 'status', order: 'descend' }], fields)).toBe('-status');
    expect(sortValue({ columnKey: 'title', order: null }, fields)).toBeUndefined();
    expect(sortValue({ columnKey: 'summary', order: 'ascend' }, fields)).toBeUndefined();
    expect(sortOrderOf('-status', 'status')).toBe('descend');
    expect(sortOrderOf('status', 'status')).toBe('ascend');
    expect(sortOrderOf('title', 'status')).toBeNull();
    expect(sortOrderOf(undefined, 'status')).toBeNull();
  });
});
