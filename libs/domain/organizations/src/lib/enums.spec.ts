import { AREA_TYPE_LABELS_ZH, AREA_TYPES, AreaType, isAreaType } from './area-type';
import {
  FOUNDER_BACKGROUND_LABELS_ZH,
  FOUNDER_BACKGROUNDS,
  isFounderBackground,
} from './founder-background';
import {
  FOUNDING_PARTNER_LABELS_ZH,
  FOUNDING_PARTNERS,
  isFoundingPartner,
} from './founding-partner';
import { FUNDING_SOURCE_LABELS_ZH, FUNDING_SOURCES, isFundingSource } from './funding-source';
import { isLegalForm, LEGAL_FORM_LABELS_ZH, LEGAL_FORMS } from './legal-form';
import { isManagementTier, MANAGEMENT_TIER_LABELS_ZH, MANAGEMENT_TIERS } from './management-tier';
import {
  CATEGORY_LABELS_ZH,
  isOrganizationCategory,
  ORGANIZATION_CATEGORIES,
  OrganizationCategory,
} from './organization-category';
import { isPriorityGroup, PRIORITY_GROUP_LABELS_ZH, PRIORITY_GROUPS } from './priority-group';
import { isServiceField, SERVICE_FIELD_LABELS_ZH, SERVICE_FIELDS } from './service-field';

describe('code lists (rules R1, R2, R5, R7, R8, R9)', () => {
  it.each([
    [
      'R1 categories',
      ORGANIZATION_CATEGORIES,
      CATEGORY_LABELS_ZH,
      isOrganizationCategory,
      ['LIFE_SERVICE', 'PUBLIC_WELFARE', 'MUTUAL_AID', 'CULTURE_SPORTS', 'RURAL_PRODUCTION'],
    ],
    ['R1 area types', AREA_TYPES, AREA_TYPE_LABELS_ZH, isAreaType, ['URBAN', 'RURAL']],
    [
      'R5 management tiers',
      MANAGEMENT_TIERS,
      MANAGEMENT_TIER_LABELS_ZH,
      isManagementTier,
      ['REGISTERED', 'STREET_FILED', 'COMMUNITY_GUIDED'],
    ],
    [
      'R7 priority groups',
      PRIORITY_GROUPS,
      PRIORITY_GROUP_LABELS_ZH,
      isPriorityGroup,
      [
        'ELDERLY',
        'WOMEN',
        'CHILDREN',
        'DISABLED',
        'UNEMPLOYED',
        'MIGRANT_WORKERS',
        'CHILDREN_OF_DETAINED_PARENTS',
        'HARDSHIP_FAMILIES',
        'SEVERE_MENTAL_DISORDER',
        'YOUTH_BEHAVIOUR_PROBLEMS',
        'COMMUNITY_CORRECTION',
      ],
    ],
    [
      'R8 founder backgrounds',
      FOUNDER_BACKGROUNDS,
      FOUNDER_BACKGROUND_LABELS_ZH,
      isFounderBackground,
      ['COLLEGE_GRADUATE', 'VETERAN', 'RETURNING_MIGRANT_WORKER'],
    ],
    [
      'R9 funding sources',
      FUNDING_SOURCES,
      FUNDING_SOURCE_LABELS_ZH,
      isFundingSource,
      ['RESIDENTS', 'INDIVIDUAL', 'ENTERPRISE'],
    ],
    [
      'R9 founding partners',
      FOUNDING_PARTNERS,
      FOUNDING_PARTNER_LABELS_ZH,
      isFoundingPartner,
      ['NONE', 'STREET_OR_TOWNSHIP', 'RESIDENTS_COMMITTEE'],
    ],
    [
      'R9 service fields',
      SERVICE_FIELDS,
      SERVICE_FIELD_LABELS_ZH,
      isServiceField,
      [
        'ELDERCARE_CHILDCARE',
        'PUBLIC_WELFARE',
        'SOCIAL_WELFARE',
        'CULTURE_SPORTS',
        'SCIENCE_POPULARIZATION',
        'HEALTH',
        'OTHER',
      ],
    ],
    [
      'R2 legal forms',
      LEGAL_FORMS,
      LEGAL_FORM_LABELS_ZH,
      isLegalForm,
      ['SOCIAL_GROUP', 'FOUNDATION'],
    ],
  ] as const)(
    'rule %s: values, Chinese labels and guard agree',
    (_name, values, labels, guard, expected) => {
      expect(values).toEqual(expected);
      expect(Object.keys(labels).sort()).toEqual([...expected].sort());
      for (const value of values) {
        expect((labels as Record<string, string>)[value]).toMatch(/[\u4e00-\u9fff]/);
        expect(guard(value)).toBe(true);
      }
      expect(new Set(Object.values(labels)).size).toBe(values.length);
      expect(guard('NOT_A_VALUE')).toBe(false);
      expect(guard(values[0].toLowerCase())).toBe(false);
      expect(guard(undefined)).toBe(false);
    },
  );

  it('rule R1: Chinese category labels follow the guidance', () => {
    expect(CATEGORY_LABELS_ZH[OrganizationCategory.MUTUAL_AID]).toBe('居（村）民互助类');
    expect(CATEGORY_LABELS_ZH.RURAL_PRODUCTION).toBe('农村生产技术服务类');
    expect(AREA_TYPE_LABELS_ZH[AreaType.RURAL]).toBe('农村');
    expect(MANAGEMENT_TIER_LABELS_ZH.STREET_FILED).toBe('街道备案');
  });

  it('rule R9: Chinese founding labels follow the guidance', () => {
    expect(FUNDING_SOURCE_LABELS_ZH.RESIDENTS).toBe('居民自发');
    expect(FUNDING_SOURCE_LABELS_ZH.ENTERPRISE).toBe('企业以闲置资源或专业优势出资');
    expect(FOUNDING_PARTNER_LABELS_ZH.STREET_OR_TOWNSHIP).toBe('街道办/乡镇政府');
    expect(FOUNDING_PARTNER_LABELS_ZH.RESIDENTS_COMMITTEE).toBe('居（村）委会');
    expect(
      SERVICE_FIELDS.filter((f) => f !== 'OTHER').map((f) => SERVICE_FIELD_LABELS_ZH[f]),
    ).toEqual(['养老托育', '公益事业', '社会福利', '文化体育', '科普', '卫生健康']);
    expect(LEGAL_FORM_LABELS_ZH.FOUNDATION).toBe('基金会');
  });
});
