import 'reflect-metadata';
import { LOTTERY_PURPOSE_LABELS_ZH, LOTTERY_PURPOSES } from '@civic/domain/lottery';
import {
  AreaType,
  FOUNDER_BACKGROUNDS,
  type OrganizationCategory,
  type PriorityGroup,
} from '@civic/domain/organizations';
import { type PriorityOrganization } from '@civic/domain/priority';
import { loadPlaces, provinceForm } from '@civic/testing';
import { createHash } from 'node:crypto';
import { TARGET_DECIDED, TARGET_SUBMITTED } from './province-lottery-env';

/** The province's lottery programmes laid out, and the organizations and projects they draw on (issue #19). */
// ── the layout: deterministic, so a fill that stopped carries on where it was ─────────────────

type Kind = 'target' | 'decided' | 'open';

export interface ProgrammePlan {
  index: number;
  id: string;
  fiscalYear: number;
  purpose: (typeof LOTTERY_PURPOSES)[number];
  name: string;
  kind: Kind;
  /** Its applications are numbers firstS … firstS + decided + submitted - 1 of the province. */
  firstS: number;
  /** Submitted first and decided (all assessed). */
  decided: number;
  /** Submitted after the decisions, left SUBMITTED. */
  submitted: number;
  /** The first applications' window and when the decisions were taken. */
  openAt: Date;
  windowDays: number;
  decideFrom: Date;
  /** The later applications' window (target and open programmes). */
  laterAt: Date;
  laterDays: number;
  budgetFen: number;
}

const at = (year: number, month: number, day: number) =>
  new Date(Date.UTC(year, month - 1, day, 1)); // 09:00 in Beijing

/** rule R26: whole fen, 2,000 to 50,000 yuan; the SQL below computes the same for each row. */
const requestedFen = (s: number) => (20 + ((s * 13) % 481)) * 10_000;
export const REQUESTED_SQL = '(20 + (r.s * 13) % 481)::bigint * 10000';

function programmeAt(p: number, firstS: number, cities: string[]): ProgrammePlan {
  const id = uuidOf(`province-lottery-programme-${p}`);
  const base = { index: p, id, firstS };
  let plan: Omit<ProgrammePlan, 'budgetFen'>;
  if (p === 0) {
    plan = {
      ...base,
      fiscalYear: 2026,
      purpose: 'ELDERLY',
      name: '2026 年南宁市扶老公益服务补助（全区排名基准）',
      kind: 'target',
      decided: TARGET_DECIDED,
      submitted: TARGET_SUBMITTED,
      openAt: at(2026, 3, 1),
      windowDays: 60,
      decideFrom: at(2026, 5, 6),
      laterAt: at(2026, 6, 1),
      laterDays: 180,
    };
  } else {
    const fiscalYear = 2026 - (p % 5);
    const city = cities[Math.floor(p / 5) % cities.length];
    const purpose = LOTTERY_PURPOSES[Math.floor(p / (5 * cities.length)) % LOTTERY_PURPOSES.length];
    const batch = Math.floor(p / (5 * cities.length * LOTTERY_PURPOSES.length)) + 1;
    const size = 800 + ((p * 389) % 1201);
    // December 2026: most of the year's programmes are decided, one in four still takes applications.
    const open = fiscalYear === 2026 && Math.floor(p / 5) % 4 === 1;
    plan = {
      ...base,
      fiscalYear,
      purpose,
      name: `${fiscalYear} 年${city}${LOTTERY_PURPOSE_LABELS_ZH[purpose]}公益服务补助（第 ${batch} 批）`,
      kind: open ? 'open' : 'decided',
      decided: open ? 0 : size,
      submitted: open ? size : 0,
      openAt: at(fiscalYear, 3, 1),
      windowDays: 90,
      decideFrom: at(fiscalYear, 6, 5),
      laterAt: at(fiscalYear, 10, 1),
      laterDays: 61,
    };
  }
  let total = 0;
  for (let s = firstS; s < firstS + plan.decided + plan.submitted; s++) total += requestedFen(s);
  // About 45 % of what is asked can be funded, in whole ten-thousands of yuan.
  return { ...plan, budgetFen: Math.floor((total * 0.45) / 1_000_000) * 1_000_000 };
}

export function layout(cities: string[], applications: number): ProgrammePlan[] {
  const plans: ProgrammePlan[] = [];
  for (let p = 0, s = 0; s < applications; p++) {
    const plan = programmeAt(p, s, cities);
    plans.push(plan);
    s += plan.decided + plan.submitted;
  }
  return plans;
}

/** A fixed uuid from a text: its md5 with the version 4 and variant bits set (valid as IsUUID's). */
function uuidOf(text: string): string {
  const hex = createHash('md5').update(text).digest('hex');
  const v4 = `${hex.slice(0, 12)}4${hex.slice(13, 16)}8${hex.slice(17)}`;
  return `${v4.slice(0, 8)}-${v4.slice(8, 12)}-${v4.slice(12, 16)}-${v4.slice(16, 20)}-${v4.slice(20)}`;
}

/** The same in SQL, of a text expression. */
export const uuidSql = (text: string) =>
  `overlay(overlay(md5(${text}) placing '4' from 13) placing '8' from 17)::uuid`;

// ── organizations and what a project may be ───────────────────────────────────────────────────

/** The organization facts R13 scores, as the key the SQL builds from a snapshot's data. */
export const ORG_KEY_SQL = `concat_ws('|', o.data->>'areaType', o.data->>'category',
  o.data->>'takesGovernmentFunctions', coalesce(o.data->>'founderBackground', '-'),
  o.data->>'graduatedFromIncubation')`;
export const orgKey = (o: PriorityOrganization) =>
  [
    o.areaType,
    o.category,
    String(o.takesGovernmentFunctions),
    o.founderBackground ?? '-',
    String(o.graduatedFromIncubation),
  ].join('|');

/** Whom a project serves (R7): one of six lists, by the application's number. */
export const GROUPS: PriorityGroup[][] = [
  ['ELDERLY'],
  ['ELDERLY', 'DISABLED'],
  ['CHILDREN'],
  ['HARDSHIP_FAMILIES', 'ELDERLY', 'WOMEN'],
  ['DISABLED', 'CHILDREN', 'ELDERLY', 'MIGRANT_WORKERS'],
  ['CHILDREN_OF_DETAINED_PARENTS', 'HARDSHIP_FAMILIES'],
];
export const PROJECTS = [
  '居家养老探访服务',
  '长者助餐服务',
  '助残康复服务',
  '困境儿童关爱服务',
  '邻里互助服务',
  '四点半课堂',
];

/** Organization `o` of the province: the registry's form `o` (provinceForm), as a snapshot. */
export function snapshotOf(places: ReturnType<typeof loadPlaces>, o: number, now: Date) {
  const form = provinceForm(places, o, now) as unknown as {
    name: string;
    category: OrganizationCategory;
    areaType: AreaType;
    location: { countyCode: string; streetCode: string; communityCode: string };
    leaders: { name: string; role: string; isPartyMember: boolean }[];
    registeredFundsFen: number;
    memberCount: number;
    uscc?: string;
  };
  const rural = form.areaType === AreaType.RURAL;
  return {
    organizationId: uuidOf(`province-org-${o}`),
    version: 1,
    name: form.name,
    category: form.category,
    areaType: form.areaType,
    countyCode: form.location.countyCode,
    streetCode: form.location.streetCode,
    communityCode: form.location.communityCode,
    // The tier the form's facts earn (R2, R5), as the registry decided it.
    tier:
      form.registeredFundsFen >= 200_000
        ? 'REGISTERED'
        : form.memberCount >= 10
          ? 'STREET_FILED'
          : 'COMMUNITY_GUIDED',
    uscc: form.uscc ?? null,
    leaders: form.leaders.map(({ name, role, isPartyMember }) => ({ name, role, isPartyMember })),
    takesGovernmentFunctions: o % 9 === 0,
    founderBackground: rural && o % 4 === 0 ? FOUNDER_BACKGROUNDS[o % 3] : null,
    graduatedFromIncubation: o % 13 === 0,
    financialCustodian: null,
  };
}
