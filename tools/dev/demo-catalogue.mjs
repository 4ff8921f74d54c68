// The demo catalogue of community services the government purchases (政府购买服务指导性目录,
// rule R24; Order 102 art. 14) that seed-procurement.mjs enters: the autonomous region's items,
// and a few of Nanning's, of its urban district 青秀区 and of the rural county 上林县 (real
// division codes, tools/data/guangxi-divisions.json). Categories in up to three levels, the
// broadest first, as the national guiding catalogue groups them. Reference prices are integer fen
// (R26). "stable" marks fixed, continuing services with stable funding (Order 102 art. 24).
// Every text passes the negative list of Order 102 art. 10 (R25; the terms are policy data,
// apps/procurement/src/migrations/1796582845300-SeedNegativeList.ts): no goods, works,
// financing, government duties or staffing.

export const GUANGXI = '450000'; // 广西壮族自治区
export const NANNING = '450100'; // 南宁市
export const QINGXIU = '450103'; // 南宁市青秀区
export const SHANGLIN = '450125'; // 南宁市上林县

const BASIC = '基本公共服务';
const SOCIAL = '社会管理性服务';

/** The items, without region or fiscal year; `regionCode` below adds them. */
const REGION_ITEMS = [
  // 养老服务
  {
    categories: [BASIC, '养老服务', '居家养老服务'],
    name: '居家养老上门探访服务',
    description:
      '为独居、空巢、留守、失能老年人提供每月不少于两次上门探访，开展健康提醒、居家安全隐患排查和紧急联络登记，建立探访台账，发现异常及时转介。',
    unit: '人次',
    referencePriceFen: 8_000,
    stable: true,
  },
  {
    categories: [BASIC, '养老服务', '社区助餐服务'],
    name: '社区老年助餐服务',
    description:
      '依托社区老年食堂和助餐点，为 60 周岁以上老年人提供堂食、送餐服务，高龄、失能、低保老年人优先保障，建立就餐登记和食品安全自查记录。',
    unit: '人次',
    referencePriceFen: 500,
    stable: true,
  },
  {
    categories: [BASIC, '养老服务', '家庭照护支持'],
    name: '失能老年人家庭照护者培训与喘息服务',
    description:
      '为失能、半失能老年人的家庭照护者开展照护技能培训（翻身、喂食、防跌倒等），并提供每月不少于 8 小时的上门临时照护，让照护者得到休息。',
    unit: '人·期',
    referencePriceFen: 60_000,
  },
  {
    categories: [BASIC, '养老服务', '老年人能力评估'],
    name: '老年人能力综合评估服务',
    description:
      '依据《老年人能力评估规范》（GB/T 42195—2022），对申请养老服务补贴和入住养老机构的老年人开展能力评估，出具评估报告并录入信息平台。',
    unit: '人次',
    referencePriceFen: 20_000,
  },
  // 儿童关爱保护
  {
    categories: [BASIC, '儿童关爱保护', '农村留守儿童关爱保护'],
    name: '农村留守儿童关爱保护服务',
    description:
      '为农村留守儿童提供课后陪伴、亲情连线、安全教育和心理支持，协助村（居）儿童主任建立“一人一档”，定期走访监护人并跟进监护落实情况。',
    unit: '人·年',
    referencePriceFen: 120_000,
    stable: true,
  },
  {
    categories: [BASIC, '儿童关爱保护', '困境儿童关爱'],
    name: '困境儿童关爱服务',
    description:
      '为事实无人抚养儿童、重病重残儿童和困难家庭儿童提供定期探访、个案管理、学业辅导和社会资源链接，防范监护缺失和侵害风险。',
    unit: '人·年',
    referencePriceFen: 150_000,
  },
  {
    categories: [BASIC, '儿童关爱保护', '社区儿童之家'],
    name: '社区儿童之家运营服务',
    description:
      '为城乡社区儿童之家提供日常开放管理、课后托管、亲子阅读和主题活动组织，每周开放不少于 5 天，寒暑假开展集中活动。',
    unit: '个·年',
    referencePriceFen: 3_000_000,
  },
  // 残疾人服务
  {
    categories: [BASIC, '残疾人服务', '社区康复'],
    name: '残疾人社区康复服务',
    description:
      '为持证残疾人提供社区康复训练、辅助器具适配指导、康复知识普及和家属培训，建立康复档案并定期评估训练效果。',
    unit: '人次',
    referencePriceFen: 10_000,
  },
  {
    categories: [BASIC, '残疾人服务', '精神障碍社区康复'],
    name: '精神障碍患者社区康复服务',
    description:
      '为病情稳定的精神障碍患者提供社区康复训练、服药依从指导、社会功能训练和家属支持，协助与精神卫生机构做好转介衔接。',
    unit: '人·年',
    referencePriceFen: 240_000,
  },
  // 社会救助服务
  {
    categories: [BASIC, '社会救助服务', '探访关爱'],
    name: '困难群众探访关爱服务',
    description:
      '为低保、特困、低保边缘家庭提供定期探访、需求评估、政策咨询和服务转介，发现返贫致贫风险及时报告。',
    unit: '户·月',
    referencePriceFen: 5_000,
  },
  {
    categories: [BASIC, '社会救助服务', '特困人员照料'],
    name: '分散供养特困人员照料服务',
    description:
      '为分散供养的特困人员提供日常生活照料、住院陪护和精神慰藉，每周上门不少于两次，建立照料服务记录。',
    unit: '人·月',
    referencePriceFen: 60_000,
    stable: true,
  },
  // 公共文化体育服务
  {
    categories: [BASIC, '公共文化体育服务', '社区文化活动'],
    name: '社区文化活动组织服务',
    description:
      '组织社区文艺演出、读书会、传统节日和“壮族三月三”等民族节庆活动，培育居民文艺队伍，每场活动留存影像和参与记录。',
    unit: '场',
    referencePriceFen: 500_000,
  },
  {
    categories: [BASIC, '公共文化体育服务', '全民阅读'],
    name: '社区和农家书屋阅读推广服务',
    description:
      '依托社区书屋、农家书屋开展亲子共读、读书分享和阅读指导活动，协助书屋日常开放和图书借阅登记。',
    unit: '场',
    referencePriceFen: 200_000,
  },
  {
    categories: [BASIC, '公共文化体育服务', '全民健身'],
    name: '社区全民健身指导服务',
    description: '组织社会体育指导员进社区、进村屯开展科学健身指导、健身技能培训和群众性体育比赛。',
    unit: '场',
    referencePriceFen: 150_000,
  },
  // 社会管理性服务
  {
    categories: [SOCIAL, '社区矫正'],
    name: '社区矫正社会工作服务',
    description:
      '由专业社会工作者为社区矫正对象提供个案帮教、心理辅导、家庭关系调适和社会适应性帮扶，协助组织教育学习和公益活动。',
    unit: '人·年',
    referencePriceFen: 300_000,
    stable: true,
  },
  {
    categories: [SOCIAL, '禁毒服务', '社区戒毒社区康复'],
    name: '社区戒毒社区康复社会工作服务',
    description:
      '为社区戒毒、社区康复人员提供个案管理、复吸预防辅导、家庭支持和就业帮扶转介，开展禁毒宣传教育进社区活动。',
    unit: '人·年',
    referencePriceFen: 300_000,
    stable: true,
  },
  {
    categories: [SOCIAL, '社会心理服务'],
    name: '社区心理疏导服务',
    description:
      '为社区居民提供心理健康宣传、个体和团体心理疏导，对有心理危机迹象的居民及时转介专业机构，做好服务记录和隐私保护。',
    unit: '人次',
    referencePriceFen: 15_000,
  },
  {
    categories: [SOCIAL, '社区治理服务', '志愿服务'],
    name: '社区志愿服务组织服务',
    description:
      '协助社区开展志愿者招募与培训、志愿服务项目设计、服务时长记录和激励回馈，培育社区志愿服务队伍。',
    unit: '项目',
    referencePriceFen: 3_000_000,
  },
  {
    categories: [SOCIAL, '社区治理服务', '协商议事'],
    name: '城乡社区协商议事服务',
    description:
      '协助村（居）民委员会组织议事协商、民情恳谈和听证会，规范会议记录和协商结果公开，跟进落实情况。',
    unit: '项目',
    referencePriceFen: 2_000_000,
  },
  {
    categories: [SOCIAL, '社会组织培育'],
    name: '社区社会组织培育孵化服务',
    description:
      '为社区社会组织提供备案指导、能力建设培训、项目设计督导和财务规范辅导，每年培育不少于 10 个社区社会组织。',
    unit: '项目',
    referencePriceFen: 8_000_000,
  },
  {
    categories: [SOCIAL, '公共法律服务'],
    name: '社区法律咨询与法治宣传服务',
    description:
      '组织律师、基层法律服务工作者进社区、进村屯提供法律咨询、法治讲座和矛盾纠纷化解引导。',
    unit: '场',
    referencePriceFen: 100_000,
  },
  {
    categories: [SOCIAL, '社会融入服务'],
    name: '新市民和流动人口社区融入服务',
    description:
      '为进城务工人员及其家庭提供社区融入活动、子女课后陪伴、就业和社保政策咨询，促进邻里互助。',
    unit: '项目',
    referencePriceFen: 2_500_000,
  },
];

const NANNING_ITEMS = [
  {
    categories: [BASIC, '养老服务', '社区助餐服务'],
    name: '社区长者饭堂运营服务',
    description:
      '在城区社区长者饭堂为老年人提供午餐、晚餐服务，对 80 周岁以上及失能老年人提供送餐上门，每日公示菜谱和价格。',
    unit: '人次',
    referencePriceFen: 600,
    stable: true,
  },
  {
    categories: [BASIC, '托育服务'],
    name: '社区普惠托育服务',
    description:
      '在社区嵌入式托育点为 3 岁以下婴幼儿提供全日托、半日托和临时托服务，开展科学育儿指导进家庭活动。',
    unit: '人·月',
    referencePriceFen: 80_000,
  },
  {
    categories: [BASIC, '公共文化体育服务', '民族文化'],
    name: '社区民族文化活动组织服务',
    description: '组织“壮族三月三”歌圩、山歌对唱和民族体育项目进社区，促进各民族居民交往交流交融。',
    unit: '场',
    referencePriceFen: 500_000,
  },
  {
    categories: [SOCIAL, '社区环境治理', '垃圾分类'],
    name: '社区生活垃圾分类宣传指导服务',
    description:
      '入户宣传生活垃圾分类知识，在投放点开展定时定点督导，组织居民志愿者参与，每月统计分类准确率。',
    unit: '户·月',
    referencePriceFen: 300,
  },
];

const QINGXIU_ITEMS = [
  {
    categories: [BASIC, '养老服务', '互助养老'],
    name: '社区邻里互助养老服务',
    description:
      '组织低龄健康老人与高龄独居老人结对，开展每周探访、代购代办和陪同就医，以“时间银行”记录互助时长。',
    unit: '项目',
    referencePriceFen: 5_000_000,
  },
  {
    categories: [SOCIAL, '社区治理服务', '居民自治'],
    name: '老旧小区居民自治组织培育服务',
    description:
      '指导无物业管理的老旧小区成立居民自治小组，开展楼栋议事、环境卫生共治和邻里公约制定。',
    unit: '项目',
    referencePriceFen: 3_000_000,
  },
];

const SHANGLIN_ITEMS = [
  {
    categories: [BASIC, '养老服务', '农村互助养老'],
    name: '农村互助养老服务',
    description:
      '依托村级互助养老服务点，组织低龄健康老人为高龄、独居、留守老人提供互助照料、集中用餐和文体活动。',
    unit: '个·年',
    referencePriceFen: 2_000_000,
    stable: true,
  },
  {
    categories: [BASIC, '儿童关爱保护', '课后服务'],
    name: '乡村儿童“四点半课堂”服务',
    description:
      '在村（社区）儿童之家为放学后的留守、困境儿童提供作业辅导、阅读和安全教育，每周开课不少于 4 次。',
    unit: '场',
    referencePriceFen: 80_000,
  },
];

/** The demo catalogue of `fiscalYear`: every item with its region and year, as the API takes it. */
export function demoCatalogue(fiscalYear) {
  const inRegion = (regionCode, items) =>
    items.map((item) => ({ regionCode, fiscalYear, ...item }));
  return [
    ...inRegion(GUANGXI, REGION_ITEMS),
    ...inRegion(NANNING, NANNING_ITEMS),
    ...inRegion(QINGXIU, QINGXIU_ITEMS),
    ...inRegion(SHANGLIN, SHANGLIN_ITEMS),
  ];
}
