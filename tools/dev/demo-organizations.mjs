// Builds the demo organizations that seed.mjs registers: real places from
// tools/data/guangxi-divisions.json, every category, urban and rural, all three tiers, one
// street federation (联合会) and two organizations sharing a site. Deterministic (seeded PRNG)
// apart from the activity months, which are relative to `now`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  COUNTIES,
  FOUNDER_BACKGROUNDS,
  GIVEN_NAMES,
  MOBILE_PREFIXES,
  NAME_SUFFIXES,
  SURNAMES,
} from './seed-vocabulary.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const FEDERATION_STREET = '450103001'; // 青秀区新竹街道: 30 organizations and their 联合会
const TIER_CYCLE = [
  'COMMUNITY_GUIDED',
  'STREET_FILED',
  'REGISTERED',
  'STREET_FILED',
  'COMMUNITY_GUIDED',
];
const CATEGORY_CYCLE = {
  URBAN: ['PUBLIC_WELFARE', 'LIFE_SERVICE', 'CULTURE_SPORTS', 'MUTUAL_AID'],
  RURAL: ['RURAL_PRODUCTION', 'MUTUAL_AID', 'CULTURE_SPORTS', 'PUBLIC_WELFARE', 'LIFE_SERVICE'],
};

/** The request bodies, each with the tier its facts should earn under the default policy. */
export function buildDemoOrganizations(now) {
  const file = path.join(here, '../data/guangxi-divisions.json');
  const divisions = JSON.parse(readFileSync(file, 'utf8'));
  const random = mulberry32(450103);
  const names = new Set();
  const sites = new Set();
  const counters = { URBAN: 0, RURAL: 0, REGISTERED: 0 };
  const organizations = pickPlaces(divisions, random).map((place, i) => {
    const areaType = place.community.areaType;
    const category =
      CATEGORY_CYCLE[areaType][counters[areaType]++ % CATEGORY_CYCLE[areaType].length];
    const tier = TIER_CYCLE[i % TIER_CYCLE.length];
    const body = organization({ place, category, tier, i, random, now, names, counters });
    const site = activitySite(place, i);
    if (site && !sites.has(site)) body.activitySite = sites.add(site) && site;
    return { body, expectedTier: tier };
  });
  shareOneSite(organizations);
  return { organizations, federation: federationOf(divisions, random, now) };
}

/** 30 places in 新竹街道, 2 villages elsewhere in 青秀区, 1 town community and 4 villages per rural county. */
function pickPlaces(divisions, random) {
  const county = (code) => {
    const c = divisions.counties.find((x) => x.code === code);
    const streets = divisions.streets.filter((s) => s.countyCode === code);
    const inStreet = (s) =>
      divisions.communities.filter((v) => v.streetCode === s.code && v.areaType);
    return { c, streets, inStreet };
  };
  const place = (c, streets, community) => ({
    county: { ...c, ...COUNTIES.find((x) => x.code === c.code) },
    street: streets.find((s) => s.code === community.streetCode),
    community,
  });
  const places = [];
  const qingxiu = county(COUNTIES[0].code);
  const xinzhu = shuffle(
    qingxiu.inStreet(qingxiu.streets.find((s) => s.code === FEDERATION_STREET)),
    random,
  );
  for (let i = 0; i < 30; i++)
    places.push(place(qingxiu.c, qingxiu.streets, xinzhu[i % xinzhu.length]));
  const villages = (k, n) => {
    const towns = shuffle(
      k.streets.filter((s) => /[镇乡]$/.test(s.name)),
      random,
    );
    return towns.slice(0, n).map((t) =>
      pick(
        k.inStreet(t).filter((v) => v.areaType === 'RURAL'),
        random,
      ),
    );
  };
  for (const v of villages(qingxiu, 2)) places.push(place(qingxiu.c, qingxiu.streets, v));
  for (const { code } of COUNTIES.slice(1)) {
    const k = county(code);
    const towns = k.streets.flatMap((s) => k.inStreet(s));
    places.push(
      place(
        k.c,
        k.streets,
        pick(
          towns.filter((v) => v.areaType === 'URBAN'),
          random,
        ),
      ),
    );
    for (const v of villages(k, 4)) places.push(place(k.c, k.streets, v));
  }
  return places;
}

function organization({ place, category, tier, i, random, now, names, counters }) {
  const { county, street, community } = place;
  const areaType = community.areaType;
  const suffixes = NAME_SUFFIXES[areaType][category].filter(
    ([, , only]) => !only || only === county.code,
  );
  const base = shortName(community);
  let k = Math.floor(random() * suffixes.length);
  while (names.has(base + suffixes[k % suffixes.length][0])) k++;
  const [suffix, servedGroups] = suffixes[k % suffixes.length];
  const name = base + suffix;
  names.add(name);
  const body = {
    name,
    category,
    areaType,
    location: {
      countyCode: county.code,
      countyName: county.name,
      streetCode: street.code,
      streetName: street.name,
      communityCode: community.code,
      communityName: community.name,
    },
    postalAddress: {
      address: `${county.cityName}${county.name}${street.name}${community.name}`,
      postcode: county.postcode,
      contactName: personName(random),
      contactPhone: mobile(random),
    },
    isFederation: false,
    leaders: leaders(suffix, random, county.code),
    takesGovernmentFunctions:
      tier === 'REGISTERED' && category !== 'CULTURE_SPORTS' && random() < 0.5,
    ...tierFacts(tier, i, random, now),
  };
  if (servedGroups.length > 0) body.servedGroups = servedGroups;
  if (areaType === 'RURAL' && random() < 0.5)
    body.founderBackground = pick(FOUNDER_BACKGROUNDS, random);
  if (tier === 'REGISTERED' && counters.REGISTERED++ % 2 === 0) {
    body.uscc = uscc(name.endsWith('会') ? '51' : '52', county.code, random);
  }
  if (tier !== 'REGISTERED' && i % 4 === 1) body.financialCustodian = custodian(place, random);
  return body;
}

/** Facts that earn `tier` under the default policy (R2: 2,000 yuan; R5: 10 members, 3 of 6 months). */
function tierFacts(tier, i, random, now) {
  const recent = (n) => shuffle([1, 2, 3, 4], random).slice(0, n); // safely inside the 6-month window
  const older = (n) => shuffle([7, 8, 9, 10, 11, 12, 13, 14], random).slice(0, n); // outside it
  const months = (ago) => ago.sort((a, b) => b - a).map((a) => monthsAgo(now, a));
  const between = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  if (tier === 'REGISTERED') {
    return {
      registeredFundsFen: 200000 + 10000 * between(0, 80),
      memberCount: between(15, 80),
      activityMonths: months([...recent(4), ...older(3)]),
    };
  }
  if (tier === 'STREET_FILED') {
    return {
      registeredFundsFen: pick([0, 0, 50000, 100000, 150000], random),
      memberCount: between(10, 60),
      activityMonths: months([...recent(between(3, 4)), ...older(2)]),
    };
  }
  const smallButActive = i % 2 === 0; // either too few members, or too few recent months
  return {
    registeredFundsFen: pick([0, 0, 20000], random),
    memberCount: smallButActive ? between(3, 9) : between(10, 30),
    activityMonths: months(smallButActive ? recent(3) : [...recent(between(0, 2)), ...older(3)]),
  };
}

function federationOf(divisions, random, now) {
  const county = divisions.counties.find((c) => c.code === COUNTIES[0].code);
  const street = divisions.streets.find((s) => s.code === FEDERATION_STREET);
  const seat = divisions.communities.find(
    (v) => v.streetCode === street.code && v.areaType === 'URBAN',
  );
  const name = `${street.name}社区社会组织联合会`;
  const body = {
    name,
    category: 'PUBLIC_WELFARE',
    areaType: 'URBAN',
    location: {
      countyCode: county.code,
      countyName: county.name,
      streetCode: street.code,
      streetName: street.name,
      communityCode: seat.code,
      communityName: seat.name,
    },
    postalAddress: {
      address: `${county.cityName}${county.name}${street.name}社区社会组织服务中心`,
      postcode: COUNTIES[0].postcode,
      contactName: personName(random),
      contactPhone: mobile(random),
    },
    activitySite: `${county.cityName}${county.name}${street.name}社区社会组织服务中心`,
    registeredFundsFen: 500000,
    isFederation: true,
    memberCount: 0,
    memberOrganizationIds: [], // filled with the ids of the organizations created in this street
    leaders: [
      { name: personName(random), role: '会长', isPartyMember: true },
      { name: personName(random), role: '秘书长', isPartyMember: true },
    ],
    activityMonths: [5, 4, 3, 2, 1].map((a) => monthsAgo(now, a)),
    uscc: uscc('51', county.code, random),
    takesGovernmentFunctions: true,
  };
  return { body, expectedTier: 'REGISTERED' };
}

/** Two organizations of one community share one site (合署办公, rule R4). */
function shareOneSite(organizations) {
  const [a, b] = organizations;
  const twin =
    organizations.find(
      (o, i) => i > 0 && o.body.location.communityCode === a.body.location.communityCode,
    ) ?? b;
  const { countyName, streetName } = a.body.location;
  const community = shortName({ name: a.body.location.communityName, areaType: a.body.areaType });
  const site = `南宁市${countyName}${streetName}${community}党群服务中心二楼活动室`;
  a.body.activitySite = site;
  twin.body.activitySite = site;
}

function activitySite({ county, street, community }, i) {
  if (i % 3 !== 0) return undefined;
  const kinds =
    community.areaType === 'URBAN'
      ? ['文化活动室', '新时代文明实践站', '老年活动中心']
      : ['文化室', '篮球场', '村级活动中心'];
  return `${county.cityName}${county.name}${street.name}${shortName(community)}${kinds[(i / 3) % 3]}`;
}

const custodian = ({ county, street }, random) => ({
  name: `${street.name}社区社会组织服务中心`,
  accountName: `${street.name}社区社会组织服务中心（代管户）`,
  bankCode: county.bankCode,
  bankName: county.bank,
  accountNumber: `6228${digits(15, random)}`,
});

function leaders(suffix, random, countyCode) {
  const head = /队$|团$/.test(suffix) ? '队长' : /会$|社$/.test(suffix) ? '会长' : '负责人';
  const list = [
    {
      name: personName(random),
      role: head,
      isPartyMember: random() < 0.6,
      residentId: residentId(countyCode, random),
    },
  ];
  if (random() < 0.6)
    list.push({ name: personName(random), role: '联络员', isPartyMember: random() < 0.4 });
  return list;
}

/** A made-up but valid resident ID number (GB 11643-1999), born 1960–1995 in the county (R30). */
function residentId(countyCode, random) {
  const birth = new Date(
    Date.UTC(1960 + Math.floor(random() * 36), 0, 1 + Math.floor(random() * 364)),
  );
  const first17 =
    countyCode + birth.toISOString().slice(0, 10).replaceAll('-', '') + digits(3, random);
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((acc, d, i) => acc + Number(d) * weights[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

/** 新竹社区居委会 → 新竹社区; 葛麻村委会 → 葛麻村. */
function shortName({ name, areaType }) {
  const base = name.replace(
    /(居民委员会|居委员会|居民委会|居委会|居委员|居民会|村民委员会|村委员会|村委委会|村委会|村委|委员会)$/,
    '',
  );
  if (areaType === 'URBAN') return base.endsWith('社区') ? base : `${base}社区`;
  return base.endsWith('村') ? base : `${base}村`;
}

/** Unified social credit code (GB 32100-2015, rule R29) with a GB 11714 organization code inside. */
export function uscc(prefix, countyCode, random) {
  const body8 = `MJ${digits(6, random)}`;
  const weights8 = [3, 7, 9, 10, 5, 8, 4, 2];
  const c = 11 - ([...body8].reduce((sum, ch, i) => sum + parseInt(ch, 36) * weights8[i], 0) % 11);
  const orgCode = body8 + (c === 10 ? 'X' : c === 11 ? '0' : String(c));
  const first17 = prefix + countyCode + orgCode;
  const charset = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const sum = [...first17].reduce((s, ch, i) => s + charset.indexOf(ch) * weights[i], 0);
  return first17 + charset[(31 - (sum % 31)) % 31];
}

/** 'YYYY-MM' of the month `ago` months before `now`, in UTC as the tier rule counts them. */
function monthsAgo(now, ago) {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - ago, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

const personName = (random) => pick(SURNAMES, random) + pick(GIVEN_NAMES, random);
const mobile = (random) => pick(MOBILE_PREFIXES, random) + digits(8, random);
const digits = (n, random) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
const pick = (list, random) => list[Math.floor(random() * list.length)];

function shuffle(list, random) {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** Small seeded PRNG, so every run builds the same organizations. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
