import {
  type FundingDashboardView,
  type FundingTargetSource,
  ProgrammeDashboardQuery,
  type ProgrammeFundingView,
  type ProgrammeName,
  type FundCodeValue,
  type RpcActor,
  validatePlain,
} from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import {
  childLevelOf,
  DIVISION_CODE_LENGTH,
  type DivisionLevel,
  divisionLevelOf,
} from '@civic/domain/dashboards';
import { SEED_VERSIONS } from '@civic/domain/policy';
import { policyResolver, type PolicyUsed } from '@civic/platform/policy-copies';
import { authorize } from '@civic/platform/rpc';
import { readTally } from '@civic/platform/tallies';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  byPrefix,
  disbursementProgress,
  type FundingGroup,
  fundingShares,
  isUnknownArea,
  moneyFigures,
} from './funding-figures';
import { FUNDING_TALLY } from './funding-tally';

const PROVINCE = '45';
const COUNTY = DIVISION_CODE_LENGTH.COUNTY;
const STREET = DIVISION_CODE_LENGTH.STREET;

/** The region whose policy an area is held against: its county, city or province (R14, R21). */
export const policyRegionOf = (area: string) => area.slice(0, 6).padEnd(6, '0');

/** Whether a version in force is one the platform ships (no approved version has reached us). */
const isSeed = (used: Pick<PolicyUsed, 'kind' | 'regionCode' | 'version'>) =>
  SEED_VERSIONS.some(
    (seed) =>
      seed.kind === used.kind &&
      seed.regionCode === used.regionCode &&
      seed.version === used.version,
  );

/**
 * The shares' targets (R14, R21): the RESERVE and ELDERCARE_FLOOR versions in force today for the
 * area, from finance's copies of the policy store (`organizations.policy-approved.v1`), the seeds
 * until a version is approved; `SEED` says no approved version has reached finance yet.
 */
async function targetsFor(manager: EntityManager, area: string) {
  const region = policyRegionOf(area);
  const [reserve, eldercare] = await Promise.all([
    policyResolver<{ ruralReservePercent: number }>(manager, 'RESERVE'),
    policyResolver<{ floorPercent: number }>(manager, 'ELDERCARE_FLOOR'),
  ]);
  const r = reserve(region);
  const e = eldercare(region);
  return {
    targets: {
      reserve: { percent: r.body.ruralReservePercent, version: r.version },
      eldercare: { percent: e.body.floorPercent, version: e.version },
    },
    from: (isSeed(r) && isSeed(e) ? 'SEED' : 'STORE') as FundingTargetSource,
  };
}

/**
 * The funding dashboard (issue #18; R10, R12, R14, R21, R26–R28): from the funding tally only,
 * never the commitments' or payments' rows. Two bounded reads: the area's rows grouped by county
 * or street with programme and fund (the figures, the children, the counties, the programmes and
 * the shares), and the fiscal years with money. The province's view reads every row, so money of
 * recipients finance does not know comes back apart (areaUnknown) and in the totals. Those who
 * read finance (officers, administrators, finance staff) see it, all of them province-wide.
 */
@Injectable()
export class FundingDashboardQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async funding(input: unknown, actor: RpcActor): Promise<FundingDashboardView> {
    authorize(actor, Permission.FINANCE_READ);
    const query = validatePlain(ProgrammeDashboardQuery, input ?? {}, 'query');
    const area = query.areaCode ?? PROVINCE;
    const level = divisionLevelOf(area);
    const child = childLevelOf(level);
    const fine = level === 'PROVINCE' || level === 'CITY' ? COUNTY : STREET;
    const code = area === PROVINCE ? '' : area;
    const filter = {
      ...(query.fund ? { fund: query.fund } : {}),
      ...(query.programme ? { programme: query.programme } : {}),
    };
    const manager = this.dataSource.manager;
    const [groups, years, policy] = await Promise.all([
      readTally(manager, FUNDING_TALLY, {
        within: { dim: 'street_code', code, groupLength: fine },
        groupBy: ['programme', 'fund'],
        where: { ...filter, ...(query.year ? { fiscal_year: query.year } : {}) },
      }),
      readTally(manager, FUNDING_TALLY, {
        within: { dim: 'street_code', code },
        groupBy: ['fiscal_year'],
        where: filter,
      }),
      targetsFor(manager, area),
    ]);
    const known = groups.filter((g) => !isUnknownArea(g));
    const unknown = groups.filter(isUnknownArea);
    const totals = moneyFigures(groups);
    const areas = (length: number, at: DivisionLevel) =>
      [...byPrefix(known, length)].map(([prefix, rows]) => ({
        code: prefix,
        name: '',
        level: at,
        ...moneyFigures(rows),
      }));
    return {
      years: years.map((y) => y.key.fiscal_year!).sort((a, b) => a - b),
      year: query.year ?? null,
      fund: query.fund ?? null,
      programme: query.programme ?? null,
      area: { code: area, name: '', level },
      totals,
      byProgramme: byProgramme(groups),
      children: child ? areas(DIVISION_CODE_LENGTH[child], child) : [],
      counties: fine === COUNTY ? areas(COUNTY, 'COUNTY') : [],
      areaUnknown: area === PROVINCE ? moneyFigures(unknown) : null,
      shares: fundingShares(groups, 'committed', policy.targets),
      paidShares: fundingShares(groups, 'paid', policy.targets),
      progress: disbursementProgress(totals),
      targetsFrom: policy.from,
    };
  }
}

/** The money per programme and fund, in the tally's order (programme, then fund). */
function byProgramme(groups: readonly FundingGroup[]): ProgrammeFundingView[] {
  const map = new Map<string, FundingGroup[]>();
  for (const group of groups) {
    const id = `${group.key.programme}\u0000${group.key.fund}`;
    map.set(id, [...(map.get(id) ?? []), group]);
  }
  return [...map]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, rows]) => ({
      programme: rows[0].key.programme as ProgrammeName,
      fund: rows[0].key.fund as FundCodeValue,
      ...moneyFigures(rows),
    }));
}
