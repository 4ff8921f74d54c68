// The demo undertaker directory (承接主体目录, rule R24; who may undertake: R25, Order 102 art. 6–8)
// and expert pool (rule R18) that seed-procurement-directory.mjs enters. Besides the demo
// applicant's own organization, which applies itself: companies, a category-2 public institution,
// a rural collective economic organization of 上林县 and a qualified individual, entered by the
// demo officer. Most are listed; one company waits for a decision and one was refused, with the
// reason. Credit codes carry their registration authority (R29: 9 market regulation, 1 staffing
// office, N agriculture) and a valid check character; the individual a valid resident ID (R30).

const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A unified social credit code: its first 17 characters and the check character (GB 32100). */
function creditCode(first17) {
  const sum = [...first17].reduce((s, ch, i) => s + USCC_CHARSET.indexOf(ch) * USCC_WEIGHTS[i], 0);
  return first17 + USCC_CHARSET[(31 - (sum % 31)) % 31];
}

/** A resident ID number: its first 17 digits and the check character (GB 11643). */
function residentId(first17) {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

const BASIC = '基本公共服务';
const SOCIAL = '社会管理性服务';
export const NANNING = '450100';
export const QINGXIU = '450103';
export const SHANGLIN = '450125';

/** The demo applicant's organization applies for itself: name and code come from the registry. */
export const OWN_APPLICATION = {
  kind: 'SOCIAL_ORGANIZATION',
  serviceAreas: [QINGXIU],
  serviceCategories: [BASIC, SOCIAL],
  contactName: '黄秀英',
  contactPhone: '13977152846',
};

/** The demo company an expert of the pool used to work for (a declared tie, R18). */
export const KANGNING = '广西康宁养老服务有限公司';

/**
 * Entered by the officer, each with the decision it gets: LISTED, REFUSED (with the reason) or
 * none (PENDING). `key` is how the demo purchases name the bidder.
 */
export const ENTRIES = [
  {
    key: 'kangning',
    decision: 'LISTED',
    body: {
      kind: 'COMPANY',
      name: KANGNING,
      creditCode: creditCode('91450100MA5NC8F2X'),
      serviceAreas: [NANNING],
      serviceCategories: [BASIC],
      contactName: '梁志坚',
      contactPhone: '13707716215',
    },
  },
  {
    key: 'yihe',
    decision: 'LISTED',
    body: {
      kind: 'COMPANY',
      name: '南宁市青秀区颐和居家养老服务有限公司',
      creditCode: creditCode('91450103MA5L2RWP8'),
      serviceAreas: [QINGXIU],
      serviceCategories: [BASIC],
      contactName: '陈美玲',
      contactPhone: '18977130452',
    },
  },
  {
    key: 'centre',
    decision: 'LISTED',
    body: {
      kind: 'PUBLIC_INSTITUTION_CATEGORY_2',
      name: '南宁市社会工作服务指导中心',
      creditCode: creditCode('12450100498530266'),
      serviceAreas: [NANNING],
      serviceCategories: [BASIC, SOCIAL],
      contactName: '蒙建华',
      contactPhone: '13878809173',
    },
  },
  {
    key: 'yunli',
    decision: 'LISTED',
    body: {
      kind: 'RURAL_COLLECTIVE',
      name: '上林县大丰镇云里村股份经济合作社',
      creditCode: creditCode('N2450125MF3K5R7A1'),
      serviceAreas: [SHANGLIN],
      serviceCategories: [BASIC],
      contactName: '韦德光',
      contactPhone: '15977186320',
    },
  },
  {
    key: 'qin',
    decision: 'LISTED',
    body: {
      kind: 'INDIVIDUAL',
      name: '覃丽萍',
      residentId: residentId('45012519870315004'),
      serviceAreas: [SHANGLIN],
      serviceCategories: [BASIC],
      contactName: '覃丽萍',
      contactPhone: '13517718894',
    },
  },
  {
    key: 'lvcheng',
    decision: null,
    body: {
      kind: 'COMPANY',
      name: '广西绿城家政服务有限公司',
      creditCode: creditCode('91450105MA5P4TY31'),
      serviceAreas: ['450105', QINGXIU],
      serviceCategories: [BASIC],
      contactName: '刘海燕',
      contactPhone: '17777183526',
    },
  },
  {
    key: 'anjule',
    decision: 'REFUSED',
    reason:
      '经核查，该企业近三年无社区服务项目业绩，营业执照经营范围不含养老服务和社会工作服务，暂不列入目录',
    body: {
      kind: 'COMPANY',
      name: '南宁市安居乐家政服务有限公司',
      creditCode: creditCode('91450107MA5Q6D9K2'),
      serviceAreas: ['450107'],
      serviceCategories: [BASIC],
      contactName: '李国强',
      contactPhone: '13627716039',
    },
  },
];

/**
 * The expert pool (rule R18): the demo reviewer and three more reviewers the seed creates (the
 * demo password). 韦海峰 worked for 广西康宁养老服务有限公司 until last year: he steps aside wherever
 * it bids (a tie counts for 3 years).
 */
export function demoExperts(year) {
  return [
    { username: 'reviewer', fields: ['eldercare', 'childcare'], relations: [] },
    {
      username: 'expert-lin',
      displayName: '林晓燕',
      fields: ['social-work', 'childcare'],
      relations: [],
    },
    { username: 'expert-lu', displayName: '陆春梅', fields: ['finance', 'audit'], relations: [] },
    {
      username: 'expert-wei',
      displayName: '韦海峰',
      fields: ['eldercare', 'social-work'],
      relations: [
        {
          kind: 'EMPLOYEE',
          organizationName: KANGNING,
          from: '2018-03-01',
          to: `${year - 1}-06-30`,
        },
      ],
    },
  ];
}
