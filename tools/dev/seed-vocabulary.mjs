// Words for demo organizations (seed.mjs): name suffixes by area and category with the groups
// they serve (rule R7), Guangxi surnames, and the three demo counties around Nanning.
export const COUNTIES = [
  { code: '450103', postcode: '530022', bank: '广西北部湾银行南宁分行', bankCode: '313' }, // 青秀区, urban district
  { code: '450125', postcode: '530500', bank: '中国农业银行上林县支行', bankCode: '103' }, // 上林县, rural county
  { code: '450124', postcode: '530600', bank: '中国农业银行马山县支行', bankCode: '103' }, // 马山县, rural county
];

/** [name suffix, servedGroups, only in this county] by area type and category. */
export const NAME_SUFFIXES = {
  URBAN: {
    LIFE_SERVICE: [
      ['长者助餐服务队', ['ELDERLY']],
      ['便民服务队', []],
      ['居家养老互助服务队', ['ELDERLY']],
      ['家电义务维修队', []],
    ],
    PUBLIC_WELFARE: [
      ['夕阳红志愿服务队', ['ELDERLY']],
      ['巾帼志愿服务队', ['WOMEN']],
      ['关爱困境儿童志愿服务队', ['CHILDREN', 'HARDSHIP_FAMILIES']],
      ['助残志愿服务队', ['DISABLED']],
    ],
    MUTUAL_AID: [
      ['邻里互助会', []],
      ['睦邻互助社', ['ELDERLY']],
      ['楼栋自治互助会', []],
      ['新市民互助会', ['MIGRANT_WORKERS']],
    ],
    CULTURE_SPORTS: [
      ['广场舞队', []],
      ['书画协会', ['ELDERLY']],
      ['太极拳协会', []],
      ['少儿合唱团', ['CHILDREN']],
    ],
  },
  RURAL: {
    RURAL_PRODUCTION: [
      ['农业技术服务协会', []],
      ['桑蚕技术服务协会', []],
      ['黑山羊养殖技术协会', [], '450124'], // 马山黑山羊
      ['林下养鸡技术协会', []],
      ['水稻种植技术协会', []],
    ],
    MUTUAL_AID: [
      ['邻里互助会', []],
      ['红白理事会', []],
      ['留守老人互助会', ['ELDERLY']],
    ],
    CULTURE_SPORTS: [
      ['山歌队', []],
      ['篮球协会', []],
      ['会鼓队', []],
    ],
    PUBLIC_WELFARE: [
      ['关爱留守儿童志愿服务队', ['CHILDREN', 'CHILDREN_OF_DETAINED_PARENTS']],
      ['孝老敬亲志愿服务队', ['ELDERLY']],
    ],
    LIFE_SERVICE: [
      ['互助养老服务队', ['ELDERLY']],
      ['电商便民服务队', ['MIGRANT_WORKERS']],
    ],
  },
};

export const SURNAMES = '黄韦李陆覃莫蓝梁农潘陈刘蒙卢罗谭甘廖周'.split('');
export const GIVEN_NAMES =
  '建国 秀英 海燕 志强 丽萍 春梅 文华 国庆 桂兰 德明 红梅 永福 玉珍 少军 美玲 家宝 宗荣 月娥'.split(
    ' ',
  );
export const MOBILE_PREFIXES = ['138', '139', '135', '150', '158', '177', '180', '186', '199'];
export const FOUNDER_BACKGROUNDS = ['COLLEGE_GRADUATE', 'VETERAN', 'RETURNING_MIGRANT_WORKER'];
