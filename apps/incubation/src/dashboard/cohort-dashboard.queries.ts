import {
  type CohortDashboardView,
  DashboardQuery,
  type RpcActor,
  validatePlain,
} from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import { childLevelOf, DIVISION_CODE_LENGTH, divisionLevelOf } from '@civic/domain/dashboards';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { readTally } from '@civic/platform/tallies';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import { isBaseBound } from '../access';
import { IncubationBase } from '../bases/base.entity';
import { Cohort } from '../cohorts/cohort.entity';
import { type CohortGroup, cohortOutcomes, groupedBy } from './cohort-outcomes';
import { COHORT_CITY_TALLY, COHORT_TALLY } from './cohort-tally';

const PROVINCE = '45';
/** Names in Chinese order (pinyin), the collator made once. */
const CHINESE = new Intl.Collator('zh-CN');

/**
 * Incubation cohort outcomes (issue #18; R16), from the cohort tallies only, never the admissions'
 * rows: the area's sums by child area (the children one level down, and the totals), by cohort and
 * by year, and the names of the cohorts and bases found.
 * Base staff see their own base's cohorts; officers and administrators every base's.
 */
@Injectable()
export class CohortDashboardQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async cohorts(input: unknown, actor: RpcActor): Promise<CohortDashboardView> {
    authorize(actor, Permission.INCUBATION_READ);
    const query = validatePlain(DashboardQuery, input ?? {}, 'query');
    const area = query.areaCode ?? PROVINCE;
    const level = divisionLevelOf(area);
    const child = childLevelOf(level);
    const base = baseOf(actor);
    const groupLength = DIVISION_CODE_LENGTH[child ?? level];
    const year = query.year ? { cohort_year: query.year } : {};
    const [areas, perCohort, years] = await this.read(area, groupLength, base, year);
    const byCohort = groupedBy(perCohort, (g) => g.key.cohort_id!);
    const names = await this.names([...byCohort.keys()]);
    const children = child
      ? areas.map((g) => ({ code: g.prefix!, name: '', level: child, ...cohortOutcomes([g]) }))
      : [];
    const cohorts = [...byCohort].map(([cohortId, rows]) => {
      const { base_id, cohort_year } = rows[0].key;
      return {
        baseId: base_id!,
        baseName: names.bases.get(base_id!) ?? '',
        cohortId,
        cohortName: names.cohorts.get(cohortId) ?? '',
        year: cohort_year!,
        ...cohortOutcomes(rows),
      };
    });
    cohorts.sort(
      (a, b) =>
        b.year - a.year ||
        CHINESE.compare(a.baseName, b.baseName) ||
        CHINESE.compare(a.cohortName, b.cohortName),
    );
    return {
      years: years.map((y) => y.key.cohort_year!).sort((a, b) => a - b),
      year: query.year ?? null,
      area: { code: area, name: '', level },
      totals: cohortOutcomes(areas),
      children,
      cohorts,
    };
  }

  /**
   * Three small aggregates of the area's rows: by child area, by cohort, by year. Officers' view
   * of the province reads the roll-up by city (at most cohorts × cities rows); every other view
   * reads the street tally by a range of street codes, base staff's by their base (indexed).
   */
  private read(
    area: string,
    groupLength: number,
    base: { base_id?: string },
    year: { cohort_year?: number },
  ): Promise<CohortGroup[][]> {
    const manager = this.dataSource.manager;
    const cohort = ['cohort_year', 'base_id', 'cohort_id'] as const;
    if (area === PROVINCE && !base.base_id) {
      const within = { dim: 'city_code' as const, code: area };
      return Promise.all([
        readTally(manager, COHORT_CITY_TALLY, { within: { ...within, groupLength }, where: year }),
        readTally(manager, COHORT_CITY_TALLY, { within, groupBy: cohort, where: year }),
        readTally(manager, COHORT_CITY_TALLY, { within, groupBy: ['cohort_year'] }),
      ]);
    }
    const within = { dim: 'street_code' as const, code: area };
    const where = { ...base, ...year };
    return Promise.all([
      readTally(manager, COHORT_TALLY, { within: { ...within, groupLength }, where }),
      readTally(manager, COHORT_TALLY, { within, groupBy: cohort, where }),
      readTally(manager, COHORT_TALLY, { within, groupBy: ['cohort_year'], where: base }),
    ]);
  }

  /** The names of the cohorts found and of their bases: look-ups by id, as many as cohorts. */
  private async names(cohortIds: string[]) {
    const manager = this.dataSource.manager;
    const cohorts = cohortIds.length
      ? await manager.find(Cohort, {
          where: { id: In(cohortIds) },
          select: { id: true, name: true, baseId: true },
        })
      : [];
    const baseIds = [...new Set(cohorts.map((c) => c.baseId))];
    const bases = baseIds.length
      ? await manager.find(IncubationBase, {
          where: { id: In(baseIds) },
          select: { id: true, name: true },
        })
      : [];
    return {
      cohorts: new Map(cohorts.map((c) => [c.id, c.name])),
      bases: new Map(bases.map((b) => [b.id, b.name])),
    };
  }
}

/** Base staff read their own base only (R16, domain.md "Actors"); without one, nothing. */
function baseOf(actor: RpcActor): { base_id?: string } {
  if (!isBaseBound(actor)) return {};
  if (!actor.baseId) {
    throw ServiceError.forbidden(
      'your account is bound to no incubation base',
      '您的账号未绑定孵化基地',
    );
  }
  return { base_id: actor.baseId };
}
