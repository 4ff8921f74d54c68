import { CATEGORY_LABELS_ZH, OrganizationCategory } from '@civic/domain/organizations';
import { ScreeningReason } from './screening-types';

// rule R1, rule R16: the applicant's category is one the cohort takes.
export function categoryReason(
  category: OrganizationCategory,
  allowed: string[] | null,
): ScreeningReason {
  const label = CATEGORY_LABELS_ZH[category];
  if (allowed === null) {
    return {
      code: 'CATEGORY',
      ok: true,
      message: `category ${category} is a community social organization category (R1); this cohort takes all`,
      messageZh: `类别“${label}”属于社区社会组织类别，本批次不限类别`,
    };
  }
  const ok = allowed.includes(category);
  const labels = allowed.map((c) => CATEGORY_LABELS_ZH[c as OrganizationCategory]).join('、');
  return {
    code: 'CATEGORY',
    ok,
    message: ok
      ? `category ${category} is one this cohort takes`
      : `this cohort does not take category ${category}; it takes ${allowed.join(', ')}`,
    messageZh: ok ? `类别“${label}”符合本批次要求` : `本批次不接收“${label}”，只接收：${labels}`,
  };
}

// rule R16: the applicant is in the base's service area.
export function areaReason(countyCode: string, allowed: string[] | null): ScreeningReason {
  if (allowed === null) {
    return {
      code: 'AREA',
      ok: true,
      message: 'the base takes applicants from any county',
      messageZh: '本基地不限服务区域',
    };
  }
  const ok = allowed.includes(countyCode);
  return {
    code: 'AREA',
    ok,
    message: ok
      ? `county ${countyCode} is in the base's service area`
      : `county ${countyCode} is outside the base's service area (${allowed.join(', ')})`,
    messageZh: ok
      ? `所在县（区）${countyCode} 在本基地服务范围内`
      : `所在县（区）${countyCode} 不在本基地服务范围内（${allowed.join('、')}）`,
  };
}

// rule R16: a founding group has enough founders.
export function foundersReason(founders: number, min: number): ScreeningReason {
  const ok = founders >= min;
  return {
    code: 'FOUNDERS',
    ok,
    message: ok
      ? `${founders} founders, at least the ${min} required`
      : `${founders} ${founders === 1 ? 'founder' : 'founders'}, fewer than the ${min} required`,
    messageZh: ok
      ? `发起人 ${founders} 名，达到至少 ${min} 名的要求`
      : `发起人 ${founders} 名，少于至少 ${min} 名的要求`,
  };
}

// rule R11, rule R16: an organization that graduated already is not incubated again.
export function graduatedReason(graduated: boolean): ScreeningReason {
  return {
    code: 'ALREADY_GRADUATED',
    ok: !graduated,
    message: graduated
      ? 'has already graduated from an incubation base (出壳)'
      : 'has not graduated from an incubation base',
    messageZh: graduated ? '已从孵化基地出壳，不再重复孵化' : '尚未从孵化基地出壳',
  };
}

// rule R16: an organization is in one cohort at a time.
export function activeReason(active: boolean): ScreeningReason {
  return {
    code: 'ALREADY_INCUBATED',
    ok: !active,
    message: active
      ? 'is already incubated in a cohort that has not ended'
      : 'is not incubated in another cohort now',
    messageZh: active ? '正在其他未结束的批次中孵化' : '目前未在其他批次中孵化',
  };
}
