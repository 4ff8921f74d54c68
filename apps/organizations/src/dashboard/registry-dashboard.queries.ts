import {
  DashboardQuery,
  type RegistryDashboardView,
  type RpcActor,
  validatePlain,
} from '@civic/contracts';
import { organizationScope, Permission } from '@civic/domain/access';
import {
  childLevelOf,
  DIVISION_CODE_LENGTH,
  divisionLevelOf,
  narrowArea,
} from '@civic/domain/dashboards';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { readTally } from '@civic/platform/tallies';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { byPrefix, registryFigures } from './registry-figures';
import { REGISTRY_TALLY } from './registry-tally';

const PROVINCE = '45';
const COUNTY = DIVISION_CODE_LENGTH.COUNTY;
const STREET = DIVISION_CODE_LENGTH.STREET;

/**
 * The registry dashboard (issue #18): from the registry tally only, never the organizations'
 * rows. Two bounded reads: the area's rows grouped by county or street (for the figures, the
 * children one level down and the tiers by county), and the years with registrations. Names of
 * divisions are the gateway's to add.
 */
@Injectable()
export class RegistryDashboardQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async dashboard(input: unknown, actor: RpcActor): Promise<RegistryDashboardView> {
    authorize(actor, Permission.ORGANIZATION_STATS);
    const query = validatePlain(DashboardQuery, input ?? {}, 'query');
    const area = areaFor(actor, query.areaCode);
    const level = divisionLevelOf(area);
    const child = childLevelOf(level);
    // Sums per county serve a province or a city (children: cities or counties); per street, a
    // county or a street. The tally holds one row per street and year: a bounded read.
    const fine = level === 'PROVINCE' || level === 'CITY' ? COUNTY : STREET;
    const manager = this.dataSource.manager;
    const [groups, years] = await Promise.all([
      readTally(manager, REGISTRY_TALLY, {
        within: { dim: 'street_code', code: area, groupLength: fine },
        ...(query.year ? { where: { registered_year: { max: query.year } } } : {}),
      }),
      readTally(manager, REGISTRY_TALLY, {
        within: { dim: 'street_code', code: area },
        groupBy: ['registered_year'],
      }),
    ]);
    const children = child
      ? [...byPrefix(groups, DIVISION_CODE_LENGTH[child])].map(([code, rows]) => ({
          code,
          name: '',
          level: child,
          ...registryFigures(rows),
        }))
      : [];
    const tiersByCounty = [...byPrefix(groups, COUNTY)].map(([code, rows]) => {
      const { total, byTier } = registryFigures(rows);
      return { code, name: '', cityName: '', total, byTier };
    });
    return {
      years: years.map((y) => y.key.registered_year!),
      year: query.year ?? null,
      area: { code: area, name: '', level },
      figures: registryFigures(groups),
      children,
      tiersByCounty,
    };
  }
}

/**
 * The area the actor is shown (domain.md "Actors"): province-wide roles what they ask; a street
 * officer its street, also when asking for the province, its city or county; another area is
 * refused. Scopes the tally does not count by (one organization, one base) see no dashboard.
 */
function areaFor(actor: RpcActor, requested: string | undefined): string {
  const scope = organizationScope(actor);
  if (scope.kind !== 'all' && scope.kind !== 'street') {
    throw ServiceError.forbidden(
      'the registry dashboard counts by area: your scope is not an area',
      '登记统计按地区汇总，您的管理范围不是地区',
    );
  }
  const area = narrowArea(
    requested,
    scope.kind === 'street' ? scope.streetCode : undefined,
    PROVINCE,
  );
  if (area === null) {
    throw new ServiceError(
      403,
      'FORBIDDEN',
      `area ${requested} is outside your scope`,
      [{ field: 'areaCode', rule: 'scope', message: `area ${requested} is outside your scope` }],
      `地区 ${requested} 不在您的管理范围内`,
    );
  }
  return area;
}
