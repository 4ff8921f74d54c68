import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RegisterOrganizationDto } from '@civic/contracts';
import { residentIdCheckCharacter, usccCheckCharacter } from '@civic/domain/identifiers';

/**
 * Registration forms for a province-scale registry (issue #19): organizations spread over every
 * community and village of Guangxi with a known area type (tools/data/guangxi-divisions.json,
 * ~16,000 of them), in every category, all three tiers, with leaders whose resident ID numbers
 * are valid and born in the county. Deterministic: form `i` is always the same organization, so a
 * generator that stopped half-way carries on where it was.
 */
interface Divisions {
  counties: { code: string; name: string; cityName: string }[];
  streets: { code: string; name: string; countyCode: string }[];
  communities: { code: string; name: string; streetCode: string; areaType: string | null }[];
}

export interface Place {
  county: Divisions['counties'][number];
  street: Divisions['streets'][number];
  community: Divisions['communities'][number] & { areaType: 'URBAN' | 'RURAL' };
}

const CATEGORIES = {
  URBAN: ['LIFE_SERVICE', 'PUBLIC_WELFARE', 'CULTURE_SPORTS', 'MUTUAL_AID'],
  RURAL: ['RURAL_PRODUCTION', 'MUTUAL_AID', 'CULTURE_SPORTS', 'PUBLIC_WELFARE', 'LIFE_SERVICE'],
} as const;

/** Name endings by category, with the groups such an organization serves (R7). */
const SUFFIXES: Record<string, [string, string[]][]> = {
  LIFE_SERVICE: [
    ['长者助餐服务队', ['ELDERLY']],
    ['便民服务队', []],
    ['居家养老互助服务队', ['ELDERLY']],
    ['四点半课堂', ['CHILDREN']],
  ],
  PUBLIC_WELFARE: [
    ['志愿服务队', []],
    ['关爱留守儿童志愿队', ['CHILDREN']],
    ['助残服务队', ['DISABLED']],
    ['慈善互助会', ['HARDSHIP_FAMILIES']],
  ],
  CULTURE_SPORTS: [
    ['书画协会', []],
    ['广场舞队', []],
    ['山歌队', []],
    ['篮球协会', []],
  ],
  MUTUAL_AID: [
    ['邻里互助会', ['ELDERLY']],
    ['红白理事会', []],
    ['睦邻互助社', []],
  ],
  RURAL_PRODUCTION: [
    ['种养专业协会', []],
    ['农技服务队', []],
    ['乡村振兴促进会', []],
  ],
};
const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗梁韦蒙覃莫卢廖'];
const GIVEN = ['建国', '秀英', '丽华', '志强', '海燕', '春梅', '国庆', '桂兰', '文军', '小红'];
const MOBILE_PREFIXES = ['138', '139', '150', '158', '177', '186', '189'];

export function loadPlaces(root: string): Place[] {
  const divisions = JSON.parse(
    readFileSync(join(root, 'tools/data/guangxi-divisions.json'), 'utf8'),
  ) as Divisions;
  const counties = new Map(divisions.counties.map((c) => [c.code, c]));
  const streets = new Map(divisions.streets.map((s) => [s.code, s]));
  const places: Place[] = [];
  for (const community of divisions.communities) {
    if (community.areaType !== 'URBAN' && community.areaType !== 'RURAL') continue;
    const street = streets.get(community.streetCode);
    const county = street && counties.get(street.countyCode);
    if (street && county)
      places.push({ county, street, community: { ...community, areaType: community.areaType } });
  }
  return places;
}

/** Form `i` of the province (0-based), registered as of `now`. */
export function provinceForm(places: Place[], i: number, now: Date): RegisterOrganizationDto {
  const random = mulberry32(0x45_0000 + i);
  // Consecutive forms walk the places with a stride, so any prefix of the forms spreads over
  // the whole province rather than filling one county first.
  const place = places[(i * 7919) % places.length];
  const { county, street, community } = place;
  const areaType = community.areaType;
  const categories = CATEGORIES[areaType];
  const category = categories[i % categories.length];
  const [suffix, servedGroups] = pick(SUFFIXES[category], random);
  const tier = (['COMMUNITY_GUIDED', 'STREET_FILED', 'REGISTERED'] as const)[
    Math.floor(random() * 3)
  ];
  const base = shortName(community.name, areaType);
  const form = {
    // A number keeps names apart where a community has several organizations of a kind.
    name: `${base}${suffix}${i >= places.length ? `（${Math.floor(i / places.length) + 1}）` : ''}`,
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
      postcode: `5${county.code.slice(2, 4)}${county.code.slice(4)}0`.slice(0, 6),
      contactName: personName(random),
      contactPhone: pick(MOBILE_PREFIXES, random) + digits(8, random),
    },
    isFederation: false,
    leaders: [
      {
        name: personName(random),
        role: /队$|团$/.test(suffix) ? '队长' : '会长',
        isPartyMember: random() < 0.6,
        residentId: residentId(county.code, random),
      },
    ],
    ...tierFacts(tier, random, now),
    ...(servedGroups.length > 0 ? { servedGroups } : {}),
    ...(tier === 'REGISTERED' && i % 2 === 0 ? { uscc: uscc(i, county.code) } : {}),
  };
  return form as unknown as RegisterOrganizationDto;
}

/** Facts that earn `tier` under the default policy (R2: 2,000 yuan; R5: 10 members, 3 of 6 months). */
function tierFacts(tier: string, random: () => number, now: Date) {
  const months = (ago: number[]) => ago.sort((a, b) => b - a).map((a) => monthsAgo(now, a));
  const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  if (tier === 'REGISTERED') {
    return {
      registeredFundsFen: 200000 + 10000 * between(0, 80),
      memberCount: between(15, 80),
      activityMonths: months([1, 2, 3, 4, 9]),
    };
  }
  if (tier === 'STREET_FILED') {
    return {
      registeredFundsFen: pick([0, 50000, 100000], random),
      memberCount: between(10, 60),
      activityMonths: months([1, 2, 4, 10]),
    };
  }
  return { registeredFundsFen: 0, memberCount: between(3, 9), activityMonths: months([2, 3]) };
}

/** A unique, valid unified social credit code (GB 32100-2015, R29): the form's index inside. */
function uscc(i: number, countyCode: string): string {
  const body8 = `MJ${String(i).padStart(6, '0')}`;
  const weights8 = [3, 7, 9, 10, 5, 8, 4, 2];
  const c = 11 - ([...body8].reduce((sum, ch, k) => sum + parseInt(ch, 36) * weights8[k], 0) % 11);
  const first17 = `52${countyCode}${body8}${c === 10 ? 'X' : c === 11 ? '0' : String(c)}`;
  return first17 + usccCheckCharacter(first17);
}

function residentId(countyCode: string, random: () => number): string {
  const birth = new Date(
    Date.UTC(1960 + Math.floor(random() * 36), 0, 1 + Math.floor(random() * 364)),
  );
  const first17 =
    countyCode + birth.toISOString().slice(0, 10).replaceAll('-', '') + digits(3, random);
  return first17 + residentIdCheckCharacter(first17);
}

/** 新竹社区居委会 → 新竹社区; 葛麻村委会 → 葛麻村. */
function shortName(name: string, areaType: 'URBAN' | 'RURAL'): string {
  const base = name.replace(/(居民委员会|居委会|村民委员会|村委会|委员会)$/, '');
  if (areaType === 'URBAN') return base.endsWith('社区') ? base : `${base}社区`;
  return base.endsWith('村') ? base : `${base}村`;
}

function monthsAgo(now: Date, ago: number): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - ago, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

const personName = (random: () => number) => pick(SURNAMES, random) + pick(GIVEN, random);
const digits = (n: number, random: () => number) =>
  Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
const pick = <T>(list: readonly T[], random: () => number): T =>
  list[Math.floor(random() * list.length)];

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
