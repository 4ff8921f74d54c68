import { DEFAULT_INCUBATION_POLICY } from './incubation-policy';
import { screenApplicant } from './screening';
import { CohortEligibility, ScreeningApplicant } from './screening-types';

const organization = (over: Partial<ScreeningApplicant> = {}): ScreeningApplicant => ({
  kind: 'ORGANIZATION',
  category: 'PUBLIC_WELFARE',
  countyCode: '450103',
  ...over,
});
const group = (over: Partial<ScreeningApplicant> = {}): ScreeningApplicant => ({
  kind: 'FOUNDING_GROUP',
  category: 'MUTUAL_AID',
  countyCode: '450103',
  founders: 5,
  ...over,
});
const QINGXIU: CohortEligibility = {
  categories: ['PUBLIC_WELFARE', 'MUTUAL_AID'],
  countyCodes: ['450103', '450105'],
};
const codes = (r: ReturnType<typeof screenApplicant>) => r.reasons.map((x) => [x.code, x.ok]);

describe('rule R16 (with R1, R5, R11): screening applicants to a cohort', () => {
  it('rule R16: an organization in the area and categories passes every check, all listed', () => {
    const result = screenApplicant(organization(), QINGXIU);
    expect(result.eligible).toBe(true);
    expect(result.reasons).toEqual([
      {
        code: 'CATEGORY',
        ok: true,
        message: 'category PUBLIC_WELFARE is one this cohort takes',
        messageZh: '类别“公益慈善类”符合本批次要求',
      },
      {
        code: 'AREA',
        ok: true,
        message: "county 450103 is in the base's service area",
        messageZh: '所在县（区）450103 在本基地服务范围内',
      },
      {
        code: 'ALREADY_GRADUATED',
        ok: true,
        message: 'has not graduated from an incubation base',
        messageZh: '尚未从孵化基地出壳',
      },
      {
        code: 'ALREADY_INCUBATED',
        ok: true,
        message: 'is not incubated in another cohort now',
        messageZh: '目前未在其他批次中孵化',
      },
    ]);
  });

  it('rule R16: a founding group is checked for founders instead of earlier incubation', () => {
    expect(codes(screenApplicant(group(), QINGXIU))).toEqual([
      ['CATEGORY', true],
      ['AREA', true],
      ['FOUNDERS', true],
    ]);
  });

  it('rule R1: a category the cohort does not take fails, naming what it takes', () => {
    const result = screenApplicant(organization({ category: 'CULTURE_SPORTS' }), QINGXIU);
    expect(result.eligible).toBe(false);
    expect(result.reasons[0]).toEqual({
      code: 'CATEGORY',
      ok: false,
      message:
        'this cohort does not take category CULTURE_SPORTS; it takes PUBLIC_WELFARE, MUTUAL_AID',
      messageZh: '本批次不接收“文体娱乐类”，只接收：公益慈善类、居（村）民互助类',
    });
  });

  it('rule R16: a county outside the service area fails, naming the area', () => {
    const result = screenApplicant(organization({ countyCode: '450107' }), QINGXIU);
    expect(result.eligible).toBe(false);
    expect(result.reasons[1]).toEqual({
      code: 'AREA',
      ok: false,
      message: "county 450107 is outside the base's service area (450103, 450105)",
      messageZh: '所在县（区）450107 不在本基地服务范围内（450103、450105）',
    });
  });

  it('rule R16: without restrictions every R1 category and county passes, and says so', () => {
    for (const eligibility of [{}, { categories: [], countyCodes: [] }]) {
      const result = screenApplicant(organization({ category: 'RURAL_PRODUCTION' }), eligibility);
      expect(result.eligible).toBe(true);
      expect(result.reasons.slice(0, 2)).toEqual([
        {
          code: 'CATEGORY',
          ok: true,
          message:
            'category RURAL_PRODUCTION is a community social organization category (R1); this cohort takes all',
          messageZh: '类别“农村生产技术服务类”属于社区社会组织类别，本批次不限类别',
        },
        {
          code: 'AREA',
          ok: true,
          message: 'the base takes applicants from any county',
          messageZh: '本基地不限服务区域',
        },
      ]);
    }
  });

  it.each([
    [2, false, '2 founders, fewer than the 3 required', '发起人 2 名，少于至少 3 名的要求'],
    [1, false, '1 founder, fewer than the 3 required', '发起人 1 名，少于至少 3 名的要求'],
    [0, false, '0 founders, fewer than the 3 required', '发起人 0 名，少于至少 3 名的要求'],
    [3, true, '3 founders, at least the 3 required', '发起人 3 名，达到至少 3 名的要求'],
  ])('rule R16: a founding group of %p founders: ok = %p', (founders, ok, message, messageZh) => {
    const result = screenApplicant(group({ founders }), QINGXIU);
    expect(result.eligible).toBe(ok);
    expect(result.reasons[2]).toEqual({ code: 'FOUNDERS', ok, message, messageZh });
  });

  it('rule R16: the policy sets the fewest founders', () => {
    const policy = { ...DEFAULT_INCUBATION_POLICY, minFounders: 7 };
    expect(screenApplicant(group({ founders: 5 }), QINGXIU, policy).eligible).toBe(false);
    expect(screenApplicant(group({ founders: 7 }), QINGXIU, policy).eligible).toBe(true);
  });

  it('rule R11: an organization that graduated already is not incubated again', () => {
    const result = screenApplicant(organization({ graduated: true }), QINGXIU);
    expect(result.eligible).toBe(false);
    expect(result.reasons[2]).toEqual({
      code: 'ALREADY_GRADUATED',
      ok: false,
      message: 'has already graduated from an incubation base (出壳)',
      messageZh: '已从孵化基地出壳，不再重复孵化',
    });
  });

  it('rule R16: an organization in a cohort that has not ended cannot join another', () => {
    const result = screenApplicant(organization({ inActiveCohort: true }), QINGXIU);
    expect(result.eligible).toBe(false);
    expect(result.reasons[3]).toEqual({
      code: 'ALREADY_INCUBATED',
      ok: false,
      message: 'is already incubated in a cohort that has not ended',
      messageZh: '正在其他未结束的批次中孵化',
    });
  });

  it('rule R16: every failed check is listed at once, not just the first', () => {
    const result = screenApplicant(
      organization({
        category: 'LIFE_SERVICE',
        countyCode: '450107',
        graduated: true,
        inActiveCohort: true,
      }),
      QINGXIU,
    );
    expect(result.eligible).toBe(false);
    expect(codes(result)).toEqual([
      ['CATEGORY', false],
      ['AREA', false],
      ['ALREADY_GRADUATED', false],
      ['ALREADY_INCUBATED', false],
    ]);
    const failingGroup = screenApplicant(group({ countyCode: '450107', founders: 1 }), QINGXIU);
    expect(codes(failingGroup)).toEqual([
      ['CATEGORY', true],
      ['AREA', false],
      ['FOUNDERS', false],
    ]);
  });

  it('rule R16: fields that belong to the other kind of applicant are ignored', () => {
    expect(screenApplicant(organization({ founders: 1 }), QINGXIU).eligible).toBe(true);
    expect(
      screenApplicant(group({ graduated: true, inActiveCohort: true }), QINGXIU).eligible,
    ).toBe(true);
  });

  it.each([
    [
      { kind: 'PERSON' },
      'rule R16: applicant.kind must be ORGANIZATION or FOUNDING_GROUP, got PERSON',
    ],
    [
      { category: 'SPORTS' },
      'rule R1: applicant.category must be one of LIFE_SERVICE, PUBLIC_WELFARE',
    ],
    [{ countyCode: '45010' }, 'rule R1: applicant.countyCode must be 6 digits, got 45010'],
    [{ countyCode: 450103 }, 'rule R1: applicant.countyCode must be 6 digits, got 450103'],
    [{ graduated: 'yes' }, 'rule R16: applicant.graduated must be a boolean, got yes'],
    [{ inActiveCohort: 1 }, 'rule R16: applicant.inActiveCohort must be a boolean, got 1'],
  ])('rule R16: an applicant with %p is refused', (over, message) => {
    expect(() =>
      screenApplicant(organization(over as Partial<ScreeningApplicant>), QINGXIU),
    ).toThrow(message);
  });

  it.each([[undefined], [-1], [2.5], ['5']])(
    'rule R16: a founding group with %p founders is refused',
    (founders) => {
      expect(() =>
        screenApplicant(group({ founders: founders as number | undefined }), QINGXIU),
      ).toThrow('rule R16: applicant.founders must be a whole number for a founding group');
    },
  );

  it('rule R16: malformed eligibility and a missing applicant are refused', () => {
    expect(() => screenApplicant(organization(), { categories: ['SPORTS'] })).toThrow(
      'rule R16: eligibility.categories[0] is not valid, got SPORTS',
    );
    expect(() => screenApplicant(organization(), { countyCodes: ['4501'] })).toThrow(
      'rule R16: eligibility.countyCodes[0] is not valid, got 4501',
    );
    expect(() =>
      screenApplicant(organization(), { countyCodes: '450103' as unknown as string[] }),
    ).toThrow('rule R16: eligibility.countyCodes must be an array');
    expect(() => screenApplicant(undefined as never, QINGXIU)).toThrow(
      'rule R16: applicant.kind must be ORGANIZATION or FOUNDING_GROUP, got undefined',
    );
    expect(screenApplicant(organization(), undefined as never).eligible).toBe(true);
  });
});
