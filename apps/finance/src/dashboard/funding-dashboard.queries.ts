import {
  type FundingDashboardView,
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
import { SEED_POLICIES } from '@civic/domain/policy';
import { authorize } from '@civic/platform/rpc';
import { readTally } from '@civic/platform/tallies';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
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

/**
 * The shares' targets (R14, R21). Finance keeps no copies of the policy store (no organization or
 * policy events reach it), so it holds them against the platform's first versions, the policy
 * seeds (libs/domain/policy), and says so (`targetsFrom: 'SEED'`).
 */
const TARGETS = {
  reserve: {
    percent: SEED_POLICIES.RESERVE.ruralReservePercent as number,
    version: SEED_POLICIES.RESERVE.version,
  },
  eldercare: {
    percent: SEED_POLICIES.ELDERCARE_FLOOR.floorPercent as number,
    version: SEED_POLICIES.ELDERCARE_FLOOR.version,
  },
};

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
    const [groups, years] = await Promise.all([
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
      shares: fundingShares(groups, 'committed', TARGETS),
      paidShares: fundingShares(groups, 'paid', TARGETS),
      progress: disbursementProgress(totals),
      targetsFrom: 'SEED',
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
