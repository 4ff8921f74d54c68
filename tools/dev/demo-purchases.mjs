// The demo purchase projects (政府购买服务项目, rule R25) that seed-procurement-projects.mjs runs
// through the API, one in each state an officer, an undertaker, a panel member and the public
// meet: a draft, an announcement open for bids, one under evaluation, one awarded within its
// objection window and one under contract. Each buys an item of this year's demo catalogue
// (demo-catalogue.mjs) by competitive consultation (2 bids, a panel of 3 under policy 2026.1),
// within finance's government purchase budget for the year (seed-finance.mjs: 3,000,000.00 yuan;
// these plan 1,940,000.00 of it). Bidders are directory entries by key (demo-undertakers.mjs;
// 'own' is the demo applicant's organization); scores are per PANEL criterion, out of 100.

const yuan = (amount) => amount * 100;

/** Announced criteria (R25): weights add up to 100, the price weighs 10–30 (财政部令第87号). */
const CRITERIA = [
  { key: 'plan', name: 'service plan', nameZh: '服务方案', weight: 50, max: 100 },
  { key: 'team', name: 'team and experience', nameZh: '团队与服务经验', weight: 30, max: 100 },
  { key: 'price', name: 'price', nameZh: '价格', weight: 20, max: 100, kind: 'PRICE' },
];

/** For rural projects an R12 tilt factor, announced before bidding (at most 10 points). */
const RURAL_CRITERIA = [
  { key: 'plan', name: 'service plan', nameZh: '服务方案', weight: 45, max: 100 },
  { key: 'team', name: 'team and experience', nameZh: '团队与服务经验', weight: 25, max: 100 },
  {
    key: 'rural',
    name: 'rural service base',
    nameZh: '农村服务基础',
    weight: 10,
    max: 100,
    tilt: true,
  },
  { key: 'price', name: 'price', nameZh: '价格', weight: 20, max: 100, kind: 'PRICE' },
];

const project = (year, over) => ({
  fiscalYear: year,
  method: 'COMPETITIVE_CONSULTATION',
  contractMonths: 12,
  criteria: CRITERIA,
  ...over,
});

/** Each panel member scores a little differently, the same way for every bid (ranks hold). */
export const MEMBER_OFFSET = { reviewer: 0, 'expert-lin': 2, 'expert-lu': -3, 'expert-wei': -1 };

export function demoPurchases(year) {
  return [
    {
      key: 'draft',
      target: 'DRAFT',
      item: { regionCode: '450125', name: '农村互助养老服务' },
      body: project(year, {
        regionCode: '450125',
        title: `${year} 年上林县农村互助养老服务`,
        description:
          '依托大丰镇、白圩镇、巷贤镇等 16 个村级互助养老服务点，组织低龄健康老人为高龄、独居、留守老人提供互助照料、集中用餐和文体活动，每个服务点每周开放不少于 5 天。',
        budgetFen: yuan(320_000),
        reservedForSocialOrganizations: true,
        criteria: RURAL_CRITERIA,
      }),
      bids: [],
    },
    {
      key: 'open',
      target: 'ANNOUNCED',
      openDays: 21,
      item: { regionCode: '450000', name: '居家养老上门探访服务' },
      body: project(year, {
        regionCode: '450103',
        title: `${year} 年青秀区居家养老上门探访服务`,
        description:
          '为青秀区 500 名独居、空巢、失能老年人提供每月不少于两次上门探访，全年不少于 6,000 人次，开展健康提醒和居家安全隐患排查，建立一人一档探访台账。',
        budgetFen: yuan(480_000),
      }),
      bids: [
        {
          by: 'kangning',
          priceFen: yuan(455_000),
          proposal:
            '配备 12 名持证护理员分片包干，每月两次上门探访并电话回访，探访记录实时录入信息平台，发现异常 2 小时内转介社区。',
        },
        {
          by: 'yihe',
          priceFen: yuan(468_000),
          proposal:
            '依托 3 个社区养老服务站就近派员，每次探访不少于 40 分钟，开展血压测量、用药提醒和防跌倒排查，每季度满意度回访。',
        },
      ],
    },
    {
      key: 'evaluating',
      target: 'EVALUATING',
      // The demo reviewer's scores are still to come; the other members have scored.
      scoredBy: ['expert-lin', 'expert-lu', 'expert-wei'],
      item: { regionCode: '450000', name: '农村留守儿童关爱保护服务' },
      body: project(year, {
        regionCode: '450125',
        title: `${year} 年上林县农村留守儿童关爱服务`,
        description:
          '为上林县大丰镇、明亮镇、巷贤镇 300 名农村留守儿童提供课后陪伴、亲情连线、安全教育和心理支持，协助村儿童主任建立“一人一档”，每季度走访监护人。',
        budgetFen: yuan(360_000),
        criteria: RURAL_CRITERIA,
      }),
      bids: [
        {
          by: 'yunli',
          priceFen: yuan(338_000),
          proposal:
            '依托 6 个村级儿童之家，由村儿童主任和返乡大学生志愿者开展课后陪伴，联合镇中心校每月开展一次安全教育和亲情视频连线。',
          scores: { plan: 82, team: 78, rural: 95 },
        },
        {
          by: 'qin',
          priceFen: yuan(300_000),
          proposal:
            '本人持中级社会工作师证书，牵头 4 名驻村社工开展个案管理和小组活动，重点跟进 40 名高风险留守儿童，建立监护人走访台账。',
          scores: { plan: 76, team: 72, rural: 88 },
        },
        {
          by: 'centre',
          priceFen: yuan(352_000),
          proposal:
            '派驻 5 名专职社工常驻乡镇，运用“社工 + 志愿者”模式开展学业辅导、心理支持和家庭教育指导，每半年开展一次成效评估。',
          scores: { plan: 88, team: 85, rural: 70 },
        },
        {
          by: 'kangning',
          priceFen: yuan(345_000),
          proposal:
            '调配公司护理和社工人员组建关爱小组，开展每周一次上门陪伴和节假日集中活动，配备安全教育课程包。',
          scores: { plan: 70, team: 74, rural: 60 },
        },
      ],
    },
    {
      key: 'awarded',
      target: 'AWARDED',
      item: { regionCode: '450000', name: '社区矫正社会工作服务' },
      body: project(year, {
        regionCode: '450100',
        title: `${year} 年南宁市社区矫正社会工作服务`,
        description:
          '为南宁市城区 180 名社区矫正对象提供个案帮教、心理辅导、家庭关系调适和就业指导，协助司法所组织教育学习和公益活动。',
        budgetFen: yuan(540_000),
      }),
      bids: [
        {
          by: 'centre',
          priceFen: yuan(528_000),
          proposal:
            '组建 9 人专职社工团队（其中中级社工师 4 人），按“一人一案”开展个案帮教，每月组织一次集中教育，与司法所建立周例会机制。',
          scores: { plan: 90, team: 88 },
        },
        {
          by: 'own',
          priceFen: yuan(495_000),
          proposal:
            '发动社区志愿者与矫正对象结对，开展心理疏导、家庭走访和公益劳动，联系辖区企业提供就业岗位信息。',
          scores: { plan: 78, team: 72 },
        },
        {
          by: 'qin',
          priceFen: yuan(510_000),
          proposal:
            '由本人牵头 3 名持证社工，以个案管理为主，结合认知行为小组开展再犯风险干预，每季度向司法所提交评估报告。',
          scores: { plan: 80, team: 76 },
        },
      ],
      objection: {
        by: 'own',
        text: '本组织对评审结果有异议：我方方案中的志愿者结对覆盖全部 180 名矫正对象，“服务方案”评分未予体现，请予复核。',
      },
    },
    {
      key: 'contracted',
      target: 'CONTRACTED',
      item: { regionCode: '450000', name: '社区文化活动组织服务' },
      body: project(year, {
        regionCode: '450103',
        title: `${year} 年青秀区新竹街道社区文化活动组织服务`,
        description:
          '在新竹街道各社区组织文艺演出、读书会、传统节日和“壮族三月三”等民族节庆活动全年不少于 48 场，培育居民文艺队伍不少于 6 支。',
        budgetFen: yuan(240_000),
      }),
      bids: [
        {
          by: 'own',
          priceFen: yuan(228_000),
          proposal:
            '由本组织骨干和社区文艺志愿者组成 8 个活动小组，每月在各社区轮流开展 4 场活动，“三月三”期间举办山歌会和民族服饰展。',
          scores: { plan: 90, team: 86 },
        },
        {
          by: 'centre',
          priceFen: yuan(236_000),
          proposal:
            '由社工统筹活动策划，联合辖区学校和文化站开展读书会、节庆活动和文艺培训，每场活动留存影像和签到记录。',
          scores: { plan: 76, team: 80 },
        },
      ],
      contract: {
        months: 12,
        instalments: [
          { key: 'SIGNING', trigger: 'SIGNING', percent: 40 },
          { key: 'MONITORING', trigger: 'MONITORING', percent: 30 },
          { key: 'FINAL', trigger: 'FINAL_EVALUATION', percent: 30 },
        ],
        indicators: [
          { name: '服务数量', target: '全年开展社区文化活动不少于 48 场', weight: 40 },
          { name: '服务质量', target: '活动方案、影像和签到记录完整规范', weight: 30 },
          { name: '满意度', target: '居民满意度不低于 90%', weight: 30 },
        ],
        bank: {
          accountNumber: '6222020102003456789',
          bankCode: '313',
          bankName: '广西北部湾银行南宁分行',
        },
      },
      report: {
        kind: 'PROGRESS',
        summary:
          '首月开展社区文化活动 5 场（广场舞培训 2 场、书法沙龙 2 场、邻里电影夜 1 场），参与居民 312 人次。',
        figures: [
          { indicator: '服务数量', achieved: '已开展活动 5 场，全年进度 10%' },
          { indicator: '满意度', achieved: '活动后问卷 86 份，满意及以上 93%' },
        ],
      },
      monitoring: {
        kind: 'MONITORING',
        evaluator: 'THIRD_PARTY',
        evaluatorName: '广西社会工作评估中心',
        scores: [
          { indicator: '服务数量', score: 35 },
          { indicator: '服务质量', score: 26 },
          { indicator: '满意度', score: 27 },
        ],
        totalScore: 88,
        comment: '履约监测：已开展活动 14 场，影像和签到记录完整，抽样回访居民满意度 93%。',
      },
    },
  ];
}
